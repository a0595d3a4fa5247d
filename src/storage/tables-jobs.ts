// The SQL job queue (jobs/sql-queue.ts).

export interface JobsTable {
  id: string;
  name: string;
  payload: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  dedupe_key: string | null;
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  /** The run asked for while this one runs (a keyed enqueue): its payload, null when none. */
  next_payload: string | null;
  /** When that run is due. */
  next_run_at: string | null;
  created_at: string;
  updated_at: string;
}
