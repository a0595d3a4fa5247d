/** The start of the UTC hour of an ISO timestamp, in the same form (the SQL version: `SqlEngine.hourOf`). */
export function hourOfIso(iso: string): string {
  return `${iso.slice(0, 13)}:00:00.000Z`;
}
