import { createHash, randomFillSync } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

// Every request takes an id, so random bytes are drawn from the CSPRNG in
// blocks rather than with one call per id.
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

function randomByte(): number {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  return pool[poolOffset++]!;
}

/** Uniformly random base62 string from the CSPRNG (rejection sampling, no modulo bias). */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    const byte = randomByte();
    if (byte < 248) out += ALPHABET[byte % 62];
  }
  return out;
}

export type IdPrefix =
  | 'ws'
  | 'prs'
  | 'key'
  | 'bot'
  | 'ct'
  | 'cmp'
  | 'imp'
  | 'conv'
  | 'msg'
  | 'page'
  | 'src'
  | 'job'
  | 'req'
  | 'usr'
  | 'evt'
  | 'we'
  | 'wd'
  | 'em'
  | 'tpl'
  | 'iw'
  | 'cns'
  | 'frm'
  | 'blk'
  | 'seg'
  | 'aud'
  | 'inv'
  | 'idx';

let lastMs = -1;
let lastRandom: number[] = [];

/**
 * A prefixed public id such as `bot_0dY3kQ2b7Fh3Xa9L`: 8 base62 characters of
 * the creation time in ms, then 8 random ones (≈ 48 bits). Ids sort by
 * creation time — within one process even inside the same millisecond — so
 * `ORDER BY created_at, id` is creation order. (The alphabet is in ASCII
 * order; id columns compare bytewise on both engines.)
 */
export function newId(prefix: IdPrefix): string {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    lastRandom = Array.from(randomBase62(8), (c) => ALPHABET.indexOf(c));
  } else {
    increment(lastRandom); // same millisecond (or the clock stepped back): stay ordered
  }
  return `${prefix}_${toBase62(lastMs, 8)}${lastRandom.map((d) => ALPHABET[d]).join('')}`;
}

function increment(digits: number[]): void {
  for (let i = digits.length - 1; i >= 0; i--) {
    if (++digits[i]! < 62) return;
    digits[i] = 0;
  }
}

function toBase62(value: number, width: number): string {
  let out = '';
  for (let v = value; out.length < width; v = Math.floor(v / 62)) out = ALPHABET[v % 62] + out;
  return out;
}

export function sha256Hex(input: string): string {
  return createHash('sha256').update(input).digest('hex');
}

/** The smallest id of `prefix` made at or after `ms`: a bound for range scans by creation time over an id index. */
export function firstIdAt(prefix: IdPrefix, ms: number): string {
  return `${prefix}_${toBase62(Math.max(0, ms), 8)}`;
}
