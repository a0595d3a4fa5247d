import type { TimelinePoint } from './types';

const HOUR = 3_600_000;
// Bucket sizes, in hours, from finest to coarsest.
const STEPS = [1, 2, 3, 6, 12, 24, 48, 168];

/** One bar group of the chart: the activity of `hours` hours from `start`. */
export interface Bucket {
  start: number;
  sent: number;
  opens: number;
  clicks: number;
}

export const SERIES = [
  { key: 'sent', label: 'Sent', color: '#3b5bdb' },
  { key: 'opens', label: 'Opens', color: '#2b8a3e' },
  { key: 'clicks', label: 'Clicks', color: '#d9480f' },
] as const;
export type SeriesKey = (typeof SERIES)[number]['key'];

/**
 * The timeline (hours with activity only) as consecutive buckets, hours
 * without activity filled with zeros, and hours grouped so that at most
 * `maxBuckets` bars groups are drawn.
 */
export function bucketize(points: TimelinePoint[], maxBuckets: number): { buckets: Bucket[]; hours: number } {
  if (points.length === 0) return { buckets: [], hours: 1 };
  const times = points.map((p) => Date.parse(p.hour));
  const first = Math.min(...times);
  const span = (Math.max(...times) - first) / HOUR + 1;
  const hours = STEPS.find((s) => Math.ceil(span / s) <= maxBuckets) ?? Math.ceil(span / maxBuckets);
  const buckets: Bucket[] = Array.from({ length: Math.ceil(span / hours) }, (_, i) => ({
    start: first + i * hours * HOUR,
    sent: 0,
    opens: 0,
    clicks: 0,
  }));
  points.forEach((p, i) => {
    const bucket = buckets[Math.floor((times[i]! - first) / (hours * HOUR))]!;
    bucket.sent += p.sent;
    bucket.opens += p.opens;
    bucket.clicks += p.clicks;
  });
  return { buckets, hours };
}

const time = (t: number, timeZone: string) =>
  new Date(t).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', timeZone });
const day = (t: number, timeZone: string) =>
  new Date(t).toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone });

/** A bucket's start as an axis label: the hour (with the day when it changes), or the day for coarse buckets. */
export function tickLabel(t: number, hours: number, previous: number | undefined, timeZone: string): string[] {
  if (hours >= 24) return [day(t, timeZone)];
  return previous === undefined || day(previous, timeZone) !== day(t, timeZone)
    ? [time(t, timeZone), day(t, timeZone)]
    : [time(t, timeZone)];
}

/** "24 Nov, 14:00–15:00" for a bucket, in the workspace's time zone. */
export function bucketName(b: Bucket, hours: number, timeZone: string): string {
  const d = (t: number) => day(t, timeZone);
  if (hours >= 24) return hours === 24 ? d(b.start) : `${d(b.start)} – ${d(b.start + (hours - 24) * HOUR)}`;
  return `${d(b.start)}, ${time(b.start, timeZone)}–${time(b.start + hours * HOUR, timeZone)}`;
}
