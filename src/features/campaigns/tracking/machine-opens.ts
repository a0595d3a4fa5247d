/**
 * Whether an open (a fetch of the tracking pixel) was made by a machine rather
 * than by a person looking at the message. Machine opens are counted apart
 * (`machine_opens`) and left out of `opens`, `unique_opens` and the open rate.
 *
 * An open is a machine open when either:
 *
 * 1. Its User-Agent is a known image proxy or prefetcher, which fetch the
 *    images of a message on the reader's behalf, so the hit says nothing
 *    reliable about whether (or when) a person looked:
 *    - Apple Mail Privacy Protection: a bare `Mozilla/5.0`, nothing else
 *      (its proxies fetch every image of every message as it arrives);
 *    - Gmail's image proxy: `GoogleImageProxy` (`… (via ggpht.com GoogleImageProxy)`);
 *    - Yahoo Mail's image proxy: `YahooMailProxy`.
 * 2. It comes within `PREFETCH_WINDOW_MS` (10 s) of the message's `sent_at`:
 *    no one reads that fast; it is a fetch at delivery (a proxy or a scanner).
 *
 * Everything else — a real browser or mail client later on — is a human open.
 * A human open after a machine one still counts as the recipient's (unique) open.
 */
export const PREFETCH_WINDOW_MS = 10_000;

/** The User-Agent tests, each with the service it recognises. */
export const MACHINE_USER_AGENTS: ReadonlyArray<{ name: string; test: (ua: string) => boolean }> = [
  { name: 'Apple Mail Privacy Protection', test: (ua) => ua === 'Mozilla/5.0' },
  { name: 'Gmail image proxy', test: (ua) => ua.includes('GoogleImageProxy') },
  { name: 'Yahoo Mail proxy', test: (ua) => ua.includes('YahooMailProxy') },
];

export interface OpenHit {
  /** The request's User-Agent header, if any. */
  userAgent: string | undefined;
  /** When the open happened, ISO 8601. */
  at: string;
  /** When the message was sent to this recipient, ISO 8601; null when unknown. */
  sentAt: string | null;
}

export function isMachineOpen(hit: OpenHit): boolean {
  const ua = hit.userAgent?.trim() ?? '';
  if (MACHINE_USER_AGENTS.some((m) => m.test(ua))) return true;
  if (hit.sentAt === null) return false;
  const sinceSent = Date.parse(hit.at) - Date.parse(hit.sentAt);
  // A clock a little behind the sender's still makes it a prefetch.
  return sinceSent < PREFETCH_WINDOW_MS;
}
