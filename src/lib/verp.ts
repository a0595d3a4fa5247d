import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config.js';
import { loadSecret } from './secret.js';

// VERP return paths: `bounces+<token>@<bounce domain>`. The token names the
// message a bounce is about and is signed, so a bounce sent to a guessed or
// altered address does nothing. It is lowercase base32: mail servers may fold
// the local part's case, and base32 reads the same either way. A local part
// may hold 64 characters (RFC 5321): `bounces+` and 56 of base32, which is 35
// bytes — a kind byte, two 12-byte ids and a 10-byte MAC. Three ids do not
// fit, so a campaign message names its campaign and contact (the campaign
// says whose workspace it is) and a transactional email its workspace and id.

/** What a return path names: a campaign's message to a contact, or a transactional email of a workspace. */
export type VerpTarget =
  | { kind: 'campaign'; campaignId: string; contactId: string; messageKey: string }
  | { kind: 'email'; workspaceId: string; emailId: string; messageKey: string };

const LOCAL_PREFIX = 'bounces+';
const MAC_BYTES = 10;
const ID_BYTES = 12;
const CAMPAIGN = 1;
const EMAIL = 2;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const ID_BODY = /^[0-9A-Za-z]{16}$/;

/** The signing key and bounce domain VERP addresses are made with. */
export interface VerpKey {
  secret: Uint8Array;
  /** GRIVO_BOUNCE_DOMAIN; undefined: no VERP. */
  domain: string | undefined;
}

/** The return path of one message, or undefined when there is no bounce domain or the key is not a message's (a test send). */
export function verpAddress(key: VerpKey, target: { workspaceId: string; messageKey: string }): string | undefined {
  if (!key.domain) return undefined;
  const ids = idsOf(target);
  if (!ids) return undefined;
  const body = Buffer.alloc(1 + 2 * ID_BYTES);
  body[0] = ids.code;
  packId(ids.first).copy(body, 1);
  packId(ids.second).copy(body, 1 + ID_BYTES);
  return `${LOCAL_PREFIX}${base32(Buffer.concat([body, mac(key.secret, body)]))}@${key.domain.toLowerCase()}`;
}

/** The message a return path names, or undefined for one forged, altered, malformed or at another domain. */
export function readVerpAddress(key: VerpKey, address: string): VerpTarget | undefined {
  if (!key.domain) return undefined;
  const at = address.lastIndexOf('@');
  if (at < 0 || address.slice(at + 1).toLowerCase() !== key.domain.toLowerCase()) return undefined;
  const local = address.slice(0, at).toLowerCase();
  if (!local.startsWith(LOCAL_PREFIX)) return undefined;
  const bytes = unbase32(local.slice(LOCAL_PREFIX.length));
  if (!bytes || bytes.length !== 1 + 2 * ID_BYTES + MAC_BYTES) return undefined;
  const body = bytes.subarray(0, 1 + 2 * ID_BYTES);
  if (!timingSafeEqual(bytes.subarray(body.length), mac(key.secret, body))) return undefined;
  const first = unpackId(body.subarray(1, 1 + ID_BYTES));
  const second = unpackId(body.subarray(1 + ID_BYTES));
  if (!first || !second) return undefined;
  if (body[0] === CAMPAIGN) {
    const [campaignId, contactId] = [`cmp_${first}`, `ct_${second}`];
    return { kind: 'campaign', campaignId, contactId, messageKey: `${campaignId}.${contactId}` };
  }
  if (body[0] === EMAIL) {
    const [workspaceId, emailId] = [`ws_${first}`, `em_${second}`];
    return { kind: 'email', workspaceId, emailId, messageKey: emailId };
  }
  return undefined;
}

const secrets = new WeakMap<object, Buffer>();

/**
 * The return path of a message: `bounces+<token>@<GRIVO_BOUNCE_DOMAIN>`, or
 * undefined when no bounce domain is configured (the message keeps its usual
 * envelope sender) or the key names no single message (a campaign's test send).
 * `messageKey` is `cmp_X.ct_Y` for a campaign message, `em_X` for a transactional email.
 */
export function returnPathFor(
  config: Pick<Config, 'bounces' | 'secret' | 'dataDir'>,
  target: { workspaceId: string; messageKey: string },
): string | undefined {
  if (!config.bounces.domain) return undefined;
  return verpAddress(verpKeyOf(config), target);
}

/** The message a return path names; undefined for a forged or malformed one, or when no bounce domain is configured. */
export function parseReturnPath(
  config: Pick<Config, 'bounces' | 'secret' | 'dataDir'>,
  address: string,
): VerpTarget | undefined {
  if (!config.bounces.domain) return undefined;
  return readVerpAddress(verpKeyOf(config), address);
}

/** The VERP key of a configuration: its secret is the one tracking links are signed with (GRIVO_SECRET or the data dir's). */
export function verpKeyOf(config: Pick<Config, 'bounces' | 'secret' | 'dataDir'>): VerpKey {
  let secret = secrets.get(config);
  if (!secret) {
    secret = loadSecret(config.secret, config.dataDir);
    secrets.set(config, secret);
  }
  return { secret, domain: config.bounces.domain };
}

function idsOf(target: { workspaceId: string; messageKey: string }) {
  const campaign = /^cmp_([0-9A-Za-z]{16})\.ct_([0-9A-Za-z]{16})$/.exec(target.messageKey);
  if (campaign) return { code: CAMPAIGN, first: campaign[1]!, second: campaign[2]! };
  const email = /^em_([0-9A-Za-z]{16})$/.exec(target.messageKey);
  const workspace = /^ws_([0-9A-Za-z]{16})$/.exec(target.workspaceId);
  if (email && workspace) return { code: EMAIL, first: workspace[1]!, second: email[1]! };
  return undefined;
}

// A 16-character base62 id body is below 62^16 < 2^96: twelve bytes.
function packId(body: string): Buffer {
  let n = 0n;
  for (const c of body) n = n * 62n + BigInt(BASE62.indexOf(c));
  return Buffer.from(n.toString(16).padStart(ID_BYTES * 2, '0'), 'hex');
}

function unpackId(bytes: Buffer): string | undefined {
  let n = BigInt(`0x${bytes.toString('hex')}`);
  let out = '';
  for (let i = 0; i < 16; i++, n /= 62n) out = BASE62[Number(n % 62n)] + out;
  return n === 0n && ID_BODY.test(out) ? out : undefined;
}

function mac(secret: Uint8Array, body: Buffer): Buffer {
  return createHmac('sha256', secret).update('verp:').update(body).digest().subarray(0, MAC_BYTES);
}

function base32(bytes: Buffer): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

// Only the one spelling base32() writes: spare trailing bits must be zero.
function unbase32(text: string): Buffer | undefined {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const c of text) {
    const digit = BASE32.indexOf(c);
    if (digit < 0) return undefined;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  if (bits >= 5 || value !== 0) return undefined;
  return Buffer.from(out);
}
