import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a tracking link stands for. `contactId` is `test` in test sends, which are never counted. */
export interface TrackingTarget {
  campaignId: string;
  contactId: string;
}
export type TokenKind = 'open' | 'click' | 'unsubscribe';

export const TEST_CONTACT = 'test';

// 16 bytes of HMAC-SHA256: forging one is a 2^128 guess, and the links stay short.
const MAC_BYTES = 16;
const ID = /^[A-Za-z0-9_]{1,64}$/;

/**
 * Signs and reads the tokens in tracking and unsubscribe links:
 * `campaign.contact[.link].mac`, the MAC covering the kind too, so an open
 * token cannot be replayed as an unsubscribe.
 */
export class TokenSigner {
  constructor(readonly secret: Buffer) {}

  sign(kind: TokenKind, target: TrackingTarget, link?: number): string {
    const body =
      link === undefined
        ? `${target.campaignId}.${target.contactId}`
        : `${target.campaignId}.${target.contactId}.${link}`;
    return `${body}.${this.mac(kind, body)}`;
  }

  /** The target of a genuine token of this kind, or undefined for anything forged, altered or malformed. */
  verify(kind: TokenKind, token: string): (TrackingTarget & { link?: number }) | undefined {
    const parts = token.split('.');
    const expected = kind === 'click' ? 4 : 3;
    if (parts.length !== expected) return undefined;
    const [campaignId, contactId] = parts as [string, string];
    if (!ID.test(campaignId) || !ID.test(contactId)) return undefined;
    const link = kind === 'click' ? Number(parts[2]) : undefined;
    if (link !== undefined && !(Number.isSafeInteger(link) && link >= 0 && String(link) === parts[2])) return undefined;
    const body = parts.slice(0, -1).join('.');
    // Compared as text, not decoded: base64url has several spellings of the
    // same bytes (the last character's spare bits), and only ours is genuine.
    const given = Buffer.from(parts[parts.length - 1]!);
    const wanted = Buffer.from(this.mac(kind, body));
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return undefined;
    return link === undefined ? { campaignId, contactId } : { campaignId, contactId, link };
  }

  private mac(kind: TokenKind, body: string): string {
    return createHmac('sha256', this.secret)
      .update(`${kind}:${body}`)
      .digest()
      .subarray(0, MAC_BYTES)
      .toString('base64url');
  }
}
