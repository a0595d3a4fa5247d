// Checks forms run before sending, so people read a plain sentence at once rather than the server's refusal.

/** Roughly what the server takes as an address: something@host.tld, no spaces. */
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]{2,}$/;

/** Whether `text` looks like an email address the server will take. */
export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text.trim());
}

/** 1 → "1st", 2 → "2nd", 11 → "11th": which entry of a list, as people count. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The first address of a list that is not one, named by its place: undefined when all are. */
export function emailListProblem(addresses: readonly string[], unit: 'line' | 'address' = 'address') {
  const at = addresses.findIndex((a) => !isEmailAddress(a));
  if (at < 0) return undefined;
  const place = unit === 'line' ? `Line ${at + 1}` : `The ${ordinal(at + 1)} address`;
  return `${place}, “${addresses[at]}”, is not a valid email address.`;
}

/**
 * A web address as typed, completed the way a browser's address bar would:
 * `example.com` → `https://example.com/`. Undefined when it cannot be one
 * (spaces, no dot in the host, another scheme).
 */
export function completeUrl(text: string): string | undefined {
  const typed = text.trim();
  if (!typed || /\s/.test(typed)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed.replace(/^\/+/, '')}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost' && !/^\[/.test(url.hostname)) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** A colour as the API takes it (`#2563eb`), from what was typed (`2563EB`, `#abc`); undefined when it is not one. */
export function completeColor(text: string): string | undefined {
  const hex = text.trim().replace(/^#/, '').toLowerCase();
  if (/^[0-9a-f]{6}$/.test(hex)) return `#${hex}`;
  if (/^[0-9a-f]{3}$/.test(hex)) return `#${[...hex].map((c) => c + c).join('')}`;
  return undefined;
}

/** Whether a moment is already past (a schedule cannot be). */
export function isPast(iso: string, now = Date.now()): boolean {
  const at = Date.parse(iso);
  return Number.isFinite(at) && at <= now;
}
