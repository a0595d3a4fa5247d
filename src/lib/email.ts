/** The longest address SMTP can carry (RFC 5321 path limit minus the angle brackets). */
export const EMAIL_MAX_LENGTH = 254;

const LOCAL_MAX_LENGTH = 64;

// One dot-free run of the local part: anything but whitespace, control and
// format characters, the specials that need quoting, and the `@`. Quoted local
// parts are not accepted, so `"` is simply forbidden and the one `@` is never
// ambiguous. Unicode is allowed (SMTPUTF8 mailboxes exist).
const LOCAL_ATOM = String.raw`[^\s\p{Cc}\p{Cf}<>()[\]\\,;:"@.]+`;

// A domain label: letters of any script (IDN, with combining marks), ASCII
// digits and inner hyphens, 1–63 characters.
const LABEL_CHAR = String.raw`[\p{L}\p{M}0-9]`;
const LABEL = String.raw`${LABEL_CHAR}(?:[\p{L}\p{M}0-9-]{0,61}${LABEL_CHAR})?`;

// The top-level label has at least two characters and is not all digits (so
// an IP-looking `a@1.2.3.4` is refused).
const EMAIL_PATTERN = new RegExp(
  String.raw`^${LOCAL_ATOM}(?:\.${LOCAL_ATOM})*@(?:${LABEL}\.)+(?=[^.]{2,}$)(?![0-9]+$)${LABEL}$`,
  'u',
);

// The same rules for ASCII-only addresses, without the Unicode mode, which
// is about three times slower; this runs once per row of a CSV import.
const ASCII_ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const ASCII_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const ASCII_EMAIL_PATTERN = new RegExp(
  String.raw`^${ASCII_ATOM}(?:\.${ASCII_ATOM})*@(?:${ASCII_LABEL}\.)+(?=[^.]{2,}$)(?![0-9]+$)${ASCII_LABEL}$`,
);

/**
 * Trims `raw` and returns it if it is an address mail providers accept,
 * otherwise undefined. Case is kept; compare with `emailKey`.
 */
export function normalizeEmail(raw: string): string | undefined {
  const email = raw.trim();
  if (email.length === 0 || email.length > EMAIL_MAX_LENGTH) return undefined;
  const at = email.indexOf('@');
  if (at < 1 || at > LOCAL_MAX_LENGTH) return undefined;
  return ASCII_EMAIL_PATTERN.test(email) || EMAIL_PATTERN.test(email) ? email : undefined;
}

/** The key two addresses share when they name the same contact (case-insensitive). */
export function emailKey(email: string): string {
  return email.toLowerCase();
}
