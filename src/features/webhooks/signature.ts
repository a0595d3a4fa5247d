import { createHmac, timingSafeEqual } from 'node:crypto';

/** The `Grivo-Signature` header of a body sent at `unixSeconds`: Stripe's scheme, `t=…,v1=<hex HMAC-SHA256(secret, "t.body")>`. */
export function signatureHeader(secret: string, unixSeconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/** True when `header` signs `body` with `secret` (any of its v1 values); what a receiver checks. */
export function verifySignature(secret: string, header: string, body: string): boolean {
  const parts = header.split(',').map((p) => p.split('=') as [string, string]);
  const t = parts.find(([k]) => k === 't')?.[1];
  if (!t || !/^\d+$/.test(t)) return false;
  const expected = Buffer.from(signatureHeader(secret, Number(t), body).split('v1=')[1]!, 'hex');
  return parts
    .filter(([k]) => k === 'v1')
    .some(([, v]) => {
      const given = Buffer.from(v ?? '', 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}
