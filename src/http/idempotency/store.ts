/** How a claim on an `Idempotency-Key` turned out. */
export type ClaimResult =
  | { kind: 'claimed' }
  | { kind: 'in_progress' }
  | { kind: 'mismatch' }
  | { kind: 'replay'; status: number; type: string; body: string };

export interface ClaimInput {
  workspaceId: string;
  key: string;
  requestHash: string;
  ttlMs: number;
  /** A claim still 'running' after this long belongs to a process that died; it may be taken over. */
  abandonAfterMs: number;
}

/** Where the hooks keep keys and the responses they replay; the composition root supplies it. */
export interface IdempotencyStore {
  /** Claims a key atomically, or says why it cannot be. */
  claim(input: ClaimInput): Promise<ClaimResult>;
  /** Stores the response a retry with the same key will get. */
  complete(input: { workspaceId: string; key: string; status: number; type: string; body: string }): Promise<void>;
  /** Gives a running claim up, so a retry runs again. */
  release(input: { workspaceId: string; key: string }): Promise<void>;
}
