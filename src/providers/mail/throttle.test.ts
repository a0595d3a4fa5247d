import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { startSmtpServer, testMessage } from '../../../test/helpers/mail.js';
import { createMailer } from './create-mailer.js';
import { OutboxMailer } from './outbox-mailer.js';
import { createThrottle, throttleMailer } from './throttle.js';

describe('createThrottle', () => {
  it('spaces concurrent callers evenly: 30 turns at 20/s span about 1.45 s', async () => {
    const throttle = createThrottle(20);
    const started = performance.now();
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 30 }, () => throttle.take().then(() => times.push(performance.now() - started))),
    );
    // 29 gaps of 50 ms; a little slack below for timer rounding. No upper bound: slow machines are slow.
    expect(times.at(-1)!).toBeGreaterThanOrEqual(1400);
    // Smooth, not a burst: turn n never comes before n × 50 ms (timers may fire up to 1 ms early).
    times.sort((a, b) => a - b);
    times.forEach((t, n) => expect(t).toBeGreaterThanOrEqual(n * 50 - 2));
  });

  it('the first turn is immediate, and idle time is not saved up for a burst', async () => {
    const throttle = createThrottle(10);
    await throttle.take();
    await new Promise((r) => setTimeout(r, 250));
    const started = performance.now();
    await Promise.all([throttle.take(), throttle.take(), throttle.take()]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('an abort while waiting rejects at once with the reason', async () => {
    // One turn an hour: the wait can only end by the abort (or the test timing out).
    const throttle = createThrottle(1 / 3600);
    await throttle.take();
    const controller = new AbortController();
    const waiting = throttle.take(controller.signal);
    setTimeout(() => controller.abort(new Error('stop')), 20);
    await expect(waiting).rejects.toThrow('stop');
  });

  it('an already aborted signal rejects at once', async () => {
    const throttle = createThrottle(1 / 3600);
    await expect(throttle.take(AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
  });

  it('refuses a rate that is not above zero', () => {
    expect(() => createThrottle(0)).toThrow(RangeError);
  });
});

describe('a throttled mailer', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (closers.length) await closers.pop()!();
  });

  it('at 20 messages a second, 30 messages over SMTP take about 1.5 s', async () => {
    const s = await startSmtpServer();
    closers.push(() => s.close());
    const mailer = createMailer({ ...baseConfig(), smtpUrl: s.url(), poolSize: 5, ratePerSecond: 20 });
    closers.push(() => mailer.close());
    expect(mailer).toMatchObject({ kind: 'smtp', concurrency: 5 });

    const started = performance.now();
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        mailer.send(testMessage({ key: `k${i}`, messageId: `<k${i}@example.com>` })),
      ),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1400);
    expect(s.received).toHaveLength(30);
  });

  it('a send waiting for its turn returns promptly when aborted', async () => {
    const s = await startSmtpServer();
    closers.push(() => s.close());
    const mailer = createMailer({ ...baseConfig(), smtpUrl: s.url(), ratePerSecond: 1 });
    closers.push(() => mailer.close());
    expect(await mailer.send(testMessage())).toEqual({ ok: true });
    const controller = new AbortController();
    const waiting = mailer.send(testMessage(), controller.signal);
    controller.abort(new Error('shutting down'));
    await expect(waiting).rejects.toThrow('shutting down');
    expect(s.received).toHaveLength(1);
  });
});

describe('acquire', () => {
  let root: string;
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });
  async function outbox() {
    root = await mkdtemp(path.join(os.tmpdir(), 'grivo-throttle-'));
    return new OutboxMailer({ outboxDir: root, dkim: undefined });
  }

  it('takes the turn ahead, so the send after it goes at once; a send on its own waits', async () => {
    // One turn an hour: anything that waits for a second turn does not finish during the test.
    const mailer = throttleMailer(await outbox(), 1 / 3600);
    await mailer.acquire();
    expect(await mailer.send(testMessage())).toEqual({ ok: true });

    const controller = new AbortController();
    const unacquired = mailer.send(testMessage({ key: 'other' }), controller.signal);
    expect(await Promise.race([unacquired, sleep(50, 'still waiting')])).toBe('still waiting');
    controller.abort(new Error('done'));
    await expect(unacquired).rejects.toThrow('done');
  });

  it('acquire + send in lanes keeps the rate: 30 messages at 20/s take about 1.5 s', async () => {
    const mailer = throttleMailer(await outbox(), 20);
    let next = 0;
    const started = performance.now();
    const lane = async () => {
      while (next < 30) {
        const i = next++;
        await mailer.acquire();
        expect(await mailer.send(testMessage({ key: `k${i}` }))).toEqual({ ok: true });
      }
    };
    await Promise.all(Array.from({ length: mailer.concurrency }, lane));
    expect(performance.now() - started).toBeGreaterThanOrEqual(1400);
  });

  it('rejects with the reason when aborted, throttled or not', async () => {
    const plain = await outbox();
    await expect(plain.acquire(AbortSignal.abort(new Error('paused')))).rejects.toThrow('paused');
    await plain.acquire();
    const throttled = throttleMailer(plain, 1 / 3600);
    await throttled.acquire();
    const controller = new AbortController();
    const waiting = throttled.acquire(controller.signal);
    controller.abort(new Error('paused'));
    await expect(waiting).rejects.toThrow('paused');
  });
});

function baseConfig() {
  return {
    smtpUrl: undefined,
    outboxDir: '/nonexistent',
    poolSize: 2,
    ratePerSecond: 0,
    batchSize: 500,
    maxAttempts: 5,
    retryBaseMs: 60_000,
    dkim: undefined,
  };
}
