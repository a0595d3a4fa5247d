/** "24 Nov 2026, 14:05" in the viewer's time zone, or in `timeZone` ("… CET") when given; "—" for none. */
export function formatDate(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    // Given for times the workspace's zone applies to (schedules), which then says which zone it is.
    ...(timeZone ? { timeZone, timeZoneName: 'short' } : {}),
  });
}

export function formatNumber(n: number): string {
  return n.toLocaleString();
}

const pluralRules = new Intl.PluralRules('en');

/** The noun for a count by English plural rules: `noun(1, 'page')` is "page", `noun(0, 'page')` "pages". */
export function noun(n: number, one: string, many = `${one}s`): string {
  return pluralRules.select(n) === 'one' ? one : many;
}

/** A count with its noun: "3 contacts", "1 contact", "1,200 passages"; `many` for irregular plurals. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${noun(n, one, many)}`;
}

export function percent(part: number, whole: number): string {
  if (whole === 0) return '0%';
  return `${Math.round((part / whole) * 1000) / 10}%`;
}

/** "1.2 MB", "340 KB", "12 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return plural(bytes, 'byte');
}

/** The UTC date (YYYY-MM-DD) `daysAgo` days before today. */
export function utcDay(daysAgo = 0): string {
  return new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
}
