/** A datetime-local input's value ("2026-11-24T09:30", the viewer's time) as ISO 8601 UTC; undefined when empty or invalid. */
export function localToIso(value: string): string | undefined {
  if (!value) return undefined;
  // Without an offset, a date-time string is read as local time (ECMAScript Date.parse).
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** A Date as a datetime-local value in the viewer's time zone ("2026-11-24T09:30"). */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
