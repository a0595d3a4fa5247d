// A datetime-local input has no time zone: its value is a wall-clock time,
// read here as the workspace's time (not the viewer's), so a schedule means
// the same hour to every member wherever they are.

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** How far `timeZone`'s clocks are ahead of UTC at `at`, in ms (Paris in summer: 7,200,000). */
function offsetMs(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(at));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return wall - (at - (((at % 1000) + 1000) % 1000));
}

/** A datetime-local value ("2026-11-24T09:30"), a time in `timeZone`, as ISO 8601 UTC; undefined when empty or invalid. */
export function localToIso(value: string, timeZone: string): string | undefined {
  const m = WALL.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0));
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  if (Number.isNaN(wall)) return undefined;
  // The offset at the guess, then at the corrected time: right on both sides of a clock change.
  const guess = wall - offsetMs(wall, timeZone);
  return new Date(wall - offsetMs(guess, timeZone)).toISOString();
}

/** A Date as a datetime-local value in `timeZone` ("2026-11-24T09:30"). */
export function toLocalInput(date: Date, timeZone: string): string {
  return new Date(date.getTime() + offsetMs(date.getTime(), timeZone)).toISOString().slice(0, 16);
}
