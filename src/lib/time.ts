/** Current time as stored: ISO 8601 UTC with milliseconds. */
export function nowIso(): string {
  return new Date().toISOString();
}

export function isoIn(ms: number, from = Date.now()): string {
  return new Date(from + ms).toISOString();
}

/** The API's timestamp format: ISO 8601 UTC to the second, as in `2026-03-15T10:30:00Z`. */
export function apiTime(stored: string): string;
export function apiTime(stored: string | null): string | null;
export function apiTime(stored: string | null): string | null {
  return stored === null ? null : `${stored.slice(0, 19)}Z`;
}
