import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GrivoError } from '../src/errors.js';
import { constructWebhookEvent, signWebhookPayload } from '../src/webhooks.js';

// Signatures computed here with node:crypto, the way the scheme defines them
// (HMAC-SHA256 of "<t>.<body>"), independently of the SDK's Web Crypto code.
const SECRET = 'whsec_test0123456789abcdefghijklmnop';
const BODY =
  '{"id":"evt_1","type":"contact.created","created_at":"2026-12-06T10:00:00.000Z","data":{"email":"é@example.com"}}';
const NOW = 1_796_000_000;
const header = (body = BODY, secret = SECRET, t = NOW) =>
  `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;

async function refusal(promise: Promise<unknown>): Promise<GrivoError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GrivoError);
  expect((error as GrivoError).code).toBe('invalid_signature');
  return error as GrivoError;
}

describe('constructWebhookEvent', () => {
  it('gives the event of a validly signed delivery, from text or bytes', async () => {
    const event = await constructWebhookEvent(BODY, header(), SECRET, { now: NOW + 10 });
    expect(event).toMatchObject({ id: 'evt_1', type: 'contact.created', data: { email: 'é@example.com' } });
    const bytes = new TextEncoder().encode(BODY);
    expect((await constructWebhookEvent(bytes, [header()], SECRET, { now: NOW })).id).toBe('evt_1');
  });

  it('signs the way the scheme says', async () => {
    expect(await signWebhookPayload(BODY, SECRET, NOW)).toBe(header());
  });

  it('accepts any matching v1 among several', async () => {
    const old = header(BODY, 'whsec_old').split(',')[1];
    await expect(constructWebhookEvent(BODY, `${header()},${old}`, SECRET, { now: NOW })).resolves.toBeTruthy();
    await expect(
      constructWebhookEvent(BODY, `t=${NOW},${old},${header().split(',')[1]}`, SECRET, { now: NOW }),
    ).resolves.toBeTruthy();
  });

  it('refuses a changed body, another secret, a missing or malformed header', async () => {
    await refusal(constructWebhookEvent(BODY.replace('é@', 'e@'), header(), SECRET, { now: NOW }));
    await refusal(constructWebhookEvent(BODY, header(), 'whsec_wrong', { now: NOW }));
    expect((await refusal(constructWebhookEvent(BODY, undefined, SECRET))).message).toMatch(/missing/);
    expect((await refusal(constructWebhookEvent(BODY, 'v1=abc', SECRET))).message).toMatch(/malformed/);
    await refusal(constructWebhookEvent(BODY, header().replace('v1=', 'v0='), SECRET, { now: NOW }));
  });

  it('refuses a signature older than the tolerance, unless the check is off', async () => {
    expect(
      (await refusal(constructWebhookEvent(BODY, header(BODY, SECRET, NOW - 301), SECRET, { now: NOW }))).message,
    ).toMatch(/300 seconds/);
    await expect(
      constructWebhookEvent(BODY, header(BODY, SECRET, NOW - 299), SECRET, { now: NOW }),
    ).resolves.toBeTruthy();
    await expect(
      constructWebhookEvent(BODY, header(BODY, SECRET, NOW - 9999), SECRET, { now: NOW, toleranceSeconds: 0 }),
    ).resolves.toBeTruthy();
  });

  it('refuses a signed body that is not JSON', async () => {
    await refusal(constructWebhookEvent('nope', header('nope'), SECRET, { now: NOW }));
  });
});
