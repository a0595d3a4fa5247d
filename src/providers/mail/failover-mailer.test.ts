import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, type MailConfig } from '../../config.js';
import {
  closedPort,
  countsByRecipient,
  SMTP_PASS,
  SMTP_USER,
  startDroppingServer,
  startSmtpServer,
  testMessage,
} from '../../../test/helpers/mail.js';
import { createMailer } from './create-mailer.js';
import { COOL_DOWN, FailoverMailer } from './failover-mailer.js';
import type { Mailer } from './mailer.js';
import { parseSmtpServers } from './smtp-servers.js';
import type { Clock } from './throttle.js';

// Real servers on loopback: smtp-server instances, a dropping speaker, closed ports.

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function mailerFor(smtpUrl: string, clock?: Clock, overrides: Partial<MailConfig> = {}): Mailer {
  const mailer = createMailer(
    {
      smtpUrl,
      outboxDir: '/nonexistent',
      poolSize: 2,
      ratePerSecond: 0,
      batchSize: 500,
      maxAttempts: 5,
      retryBaseMs: 60_000,
      dkim: undefined,
      ...overrides,
    },
    clock,
  );
  cleanups.push(() => mailer.close());
  return mailer;
}

async function server(options: Parameters<typeof startSmtpServer>[0] = {}) {
  const s = await startSmtpServer(options);
  cleanups.unshift(() => s.close());
  return s;
}

/** A server that refuses every connection at the greeting, counting them. */
async function refusingServer() {
  const connections = { count: 0 };
  const s = await server({
    onConnect(_session, callback) {
      connections.count++;
      callback(Object.assign(new Error('Too busy, try later'), { responseCode: 421 }));
    },
  });
  return { ...s, connections };
}

const message = (i: number) => testMessage({ to: `r${i}@example.org`, messageId: `<m${i}@example.com>`, key: `m${i}` });

async function sendAll(mailer: Mailer, from: number, count: number) {
  return Promise.all(Array.from({ length: count }, (_, i) => mailer.send(message(from + i))));
}

describe('SMTP_URL with several servers', () => {
  it('reads each server, its rate, and keeps its other parameters', () => {
    expect(
      parseSmtpServers('smtp://a.example:25, smtps://user:p%2Cw@b.example:465?rate=10&tls.rejectUnauthorized=false'),
    ).toEqual([
      { url: 'smtp://a.example:25', label: 'smtp://a.example:25', ratePerSecond: 0 },
      {
        url: 'smtps://user:p%2Cw@b.example:465?tls.rejectUnauthorized=false',
        label: 'smtps://b.example:465',
        ratePerSecond: 10,
      },
    ]);
    expect(parseSmtpServers('smtp://a.example?rate=0.5')).toEqual([
      { url: 'smtp://a.example', label: 'smtp://a.example', ratePerSecond: 0.5 },
    ]);
  });

  it('refuses a bad server with a ConfigError naming which one and why, never its password', () => {
    const cases: Array<[string, RegExp]> = [
      ['smtp://a.example,', /SMTP_URL: the 2nd server is empty/],
      ['smtp://a.example,,smtp://b.example', /SMTP_URL: the 2nd server is empty/],
      [
        'smtp://a.example,http://user:secret@b.example',
        /SMTP_URL: the 2nd server \(http:\/\/…@b\.example\) must be an smtp:\/\//,
      ],
      [
        'smtp://a.example,smtp://b.example,smtp://c.example?rate=fast',
        /SMTP_URL: the 3rd server \(smtp:\/\/c\.example\): rate must be a number of messages per second above 0, got "fast"/,
      ],
      ['smtp://a.example?rate=0', /SMTP_URL: the server \(smtp:\/\/a\.example\): rate must be .* got "0"/],
      ['smtp://a.example?rate=1&rate=2', /SMTP_URL: the server \(smtp:\/\/a\.example\) has more than one rate/],
      [
        'smtp://a.example,smtp://user:secret@b.example:99999',
        /SMTP_URL: the 2nd server \(smtp:\/\/…@b\.example:99999\) is not a valid URL/,
      ],
    ];
    for (const [url, why] of cases) {
      expect(() => parseSmtpServers(url), url).toThrow(ConfigError);
      expect(() => parseSmtpServers(url), url).toThrow(why);
      expect(() => parseSmtpServers(url), url).not.toThrow(/secret/);
      expect(() => mailerFor(url), url).toThrow(ConfigError);
    }
  });

  it('delivers every message exactly once, across the live servers, none through the dead one', async () => {
    const [a, b] = [await server(), await server()];
    const dead = `smtp://127.0.0.1:${await closedPort()}`;
    const mailer = mailerFor(`${dead},${a.url()},${b.url(SMTP_USER, SMTP_PASS)}`);
    expect(mailer).toBeInstanceOf(FailoverMailer);
    expect(mailer.concurrency).toBe(6);

    const outcomes = await sendAll(mailer, 0, 30);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const counts = countsByRecipient([...a.received, ...b.received]);
    expect(counts.size).toBe(30);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    // Both live servers took a share; the dead one cools down.
    expect(a.received.length).toBeGreaterThan(0);
    expect(b.received.length).toBeGreaterThan(0);
    expect(b.received.every((m) => m.user === SMTP_USER)).toBe(true);
    const [deadState] = (mailer as FailoverMailer).state();
    expect(deadState!.coolingForMs).toBeGreaterThan(0);
  });

  it('when a server dies mid-run, the rest go through the other', async () => {
    const [a, b] = [await server(), await server()];
    const mailer = mailerFor(`${a.url()},${b.url()}`);
    expect((await sendAll(mailer, 0, 10)).every((o) => o.ok)).toBe(true);
    const fromA = a.received.length;
    expect(fromA).toBeGreaterThan(0);
    await a.close();

    const outcomes = await sendAll(mailer, 10, 20);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(a.received).toHaveLength(fromA);
    // It was tried, refused, and left to cool down.
    expect((mailer as FailoverMailer).state()[0]!.coolingForMs).toBeGreaterThan(0);
    const counts = countsByRecipient([...a.received, ...b.received]);
    expect(counts.size).toBe(30);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('skips a server that refuses the greeting or the login', async () => {
    const refusing = await refusingServer();
    const strict = await server();
    const good = await server();
    const mailer = mailerFor(`${refusing.url()},${strict.url(SMTP_USER, 'wrong')},${good.url()}`);
    expect(await mailer.send(message(1))).toEqual({ ok: true });
    expect(good.received.map((m) => m.to)).toEqual([['r1@example.org']]);
    expect(strict.received).toHaveLength(0);
    expect(refusing.connections.count).toBeGreaterThan(0);
  });

  it('never tries another server once the message data was handed over: it may have been delivered', async () => {
    const dropping = await startDroppingServer();
    cleanups.unshift(() => dropping.close());
    const good = await server();
    const mailer = mailerFor(`${dropping.url},${good.url()}`);
    const outcome = await mailer.send(message(1));
    expect(outcome).toMatchObject({ ok: false, permanent: false, about: 'server' });
    expect(good.received).toHaveLength(0);
  });

  it('a recipient refused by the server is its verdict, not a reason to try another', async () => {
    const rejecting = await server({
      onRcptTo: (_address, _session, callback) =>
        callback(Object.assign(new Error('No such user here'), { responseCode: 550 })),
    });
    const good = await server();
    const outcome = await mailerFor(`${rejecting.url()},${good.url()}`).send(message(1));
    expect(outcome).toMatchObject({ ok: false, permanent: true, about: 'recipient', responseCode: 550 });
    expect(good.received).toHaveLength(0);
  });

  it('when every server refuses, it is a server outage naming each', async () => {
    const [p1, p2] = [await closedPort(), await closedPort()];
    const outcome = await mailerFor(`smtp://127.0.0.1:${p1},smtp://127.0.0.1:${p2}`).send(message(1));
    expect(outcome).toMatchObject({ ok: false, permanent: false, about: 'server' });
    const error = outcome.ok ? '' : outcome.error;
    expect(error).toContain(`smtp://127.0.0.1:${p1}: `);
    expect(error).toContain(`smtp://127.0.0.1:${p2}: `);
    expect(error).toMatch(/ECONNREFUSED/);
  });

  it('leaves a refusing server alone for its cool-down, then tries it again, doubling the next', async () => {
    let now = 0;
    const clock: Clock = { now: () => now, sleep: async () => {} };
    const refusing = await refusingServer();
    const good = await server();
    const mailer = mailerFor(`${refusing.url()},${good.url()}`, clock) as FailoverMailer;

    expect(await mailer.send(message(1))).toEqual({ ok: true });
    const tries = refusing.connections.count;
    expect(tries).toBeGreaterThan(0);
    expect(mailer.state()[0]!.coolingForMs).toBe(COOL_DOWN.firstMs);

    now += COOL_DOWN.firstMs - 1;
    expect((await sendAll(mailer, 2, 5)).every((o) => o.ok)).toBe(true);
    expect(refusing.connections.count).toBe(tries);

    now += 1;
    expect(await mailer.send(message(10))).toEqual({ ok: true });
    expect(refusing.connections.count).toBeGreaterThan(tries);
    expect(mailer.state()[0]!.coolingForMs).toBe(2 * COOL_DOWN.firstMs);
    expect(good.received).toHaveLength(7);
  });

  it("keeps each server to its own rate: every turn on the throttle's schedule", async () => {
    // A clock that stands still and records each wait: the waits are the schedule.
    const waits: number[] = [];
    const clock: Clock = { now: () => 0, sleep: async (ms) => void waits.push(ms) };
    const [a, b] = [await server(), await server()];
    const mailer = mailerFor(`${a.url()}?rate=10,${b.url()}?rate=4`, clock, { poolSize: 3 });

    expect((await sendAll(mailer, 0, 24)).every((o) => o.ok)).toBe(true);
    const [na, nb] = [a.received.length, b.received.length];
    expect(na + nb).toBe(24);
    expect(na).toBeGreaterThan(0);
    expect(nb).toBeGreaterThan(0);
    // Turn k of a server at r/s waits k × 1000/r ms: the first goes at once (no wait at all).
    const schedule = (n: number, interval: number) => Array.from({ length: n - 1 }, (_, k) => (k + 1) * interval);
    const byValue = (x: number, y: number) => x - y;
    expect(waits.sort(byValue)).toEqual([...schedule(na, 100), ...schedule(nb, 250)].sort(byValue));
  });

  it('a turn taken ahead by acquire is the one its send uses: no turn taken twice', async () => {
    const waits: number[] = [];
    const clock: Clock = { now: () => 0, sleep: async (ms) => void waits.push(ms) };
    const [a, b] = [await server(), await server()];
    const mailer = mailerFor(`${a.url()}?rate=10,${b.url()}?rate=4`, clock);
    let next = 0;
    const lane = async () => {
      while (next < 20) {
        const i = next++;
        await mailer.acquire();
        expect(await mailer.send(message(i))).toEqual({ ok: true });
      }
    };
    await Promise.all(Array.from({ length: mailer.concurrency }, lane));
    const [na, nb] = [a.received.length, b.received.length];
    expect(na + nb).toBe(20);
    expect(na).toBeGreaterThan(0);
    expect(nb).toBeGreaterThan(0);
    const schedule = (n: number, interval: number) => Array.from({ length: n - 1 }, (_, k) => (k + 1) * interval);
    const byValue = (x: number, y: number) => x - y;
    expect(waits.sort(byValue)).toEqual([...schedule(na, 100), ...schedule(nb, 250)].sort(byValue));
  });

  it('one server with a rate is throttled to it, its rate parameter not passed on', async () => {
    const waits: number[] = [];
    const clock: Clock = { now: () => 0, sleep: async (ms) => void waits.push(ms) };
    const s = await server();
    const mailer = mailerFor(`${s.url()}?rate=5`, clock);
    expect(mailer).not.toBeInstanceOf(FailoverMailer);
    for (let i = 0; i < 4; i++) expect(await mailer.send(message(i))).toEqual({ ok: true });
    expect(waits).toEqual([200, 400, 600]);
    expect(s.received).toHaveLength(4);
  });
});
