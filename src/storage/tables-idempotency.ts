// Idempotency keys of API requests (features/idempotency).

export interface IdempotencyKeysTable {
  workspace_id: string;
  key: string;
  request_hash: string;
  status: 'running' | 'done';
  response_status: number | null;
  response_type: string | null;
  response_body: string | null;
  created_at: string;
  expires_at: string;
}
