// Segments (features/segments).

/** A saved audience: contacts matching all (or any) of its conditions, evaluated when used. */
export interface SegmentsTable {
  id: string;
  workspace_id: string;
  name: string;
  /** 'all' | 'any' */
  match: string;
  /** JSON array of `{field, op, value}`, as validated by the API. */
  conditions: string;
  created_at: string;
  updated_at: string;
}
