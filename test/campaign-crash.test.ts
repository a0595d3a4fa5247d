import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { randomBase62 } from '../src/lib/ids.js';
import { createTenant, deleteRedisPrefix, type Tenant } from './helpers/app.js';
import { CAMPAIGN } from './helpers/campaigns.js';
import { contactRow } from './helpers/contact-rows.js';
import { createTestDatabase, ENGINES_AND_QUEUES, TEST_REDIS_URL, type TestDatabase } from './helpers/engines.js';
import { countsByRecipient, startSmtpServer, type TestSmtpServer } from './helpers/mail.js';
import { startGrivo, type GrivoProcess } from './helpers/processes.js';

// A server sending a campaign to a real SMTP server is killed with SIGKILL
// twice mid-send and started again: every recipient must get the message,
// and only a message the server had accepted in the instant before a kill
// may arrive twice: at most one per sending lane, two per connection (the
// second lane sends while the first one's result is being written).

// Enough that each kill lands mid-send (every send renders in the template sandbox's threads).
const RECIPIENTS = 1200;
const POOL = 4;
const KILLS = 2;
const IN_DOUBT_PER_KILL = POOL * 2;

describe.each(ENGINES_AND_QUEUES)('a campaign killed mid-send on $name', ({ dialect, redis, env: queue }) => {
  let database: TestDatabase | undefined;
  let server: GrivoProcess | undefined;
  let smtp: TestSmtpServer | undefined;
  const prefix = `test-${randomBase62(10)}`;
  afterEach(async () => {
    server?.child.kill('SIGKILL');
    if (redis) await deleteRedisPrefix(TEST_REDIS_URL!, prefix);
    await smtp?.close();
    await database?.drop();
  });

  it('resumes after each restart and sends every recipient exactly once but for the in-flight window', {
    timeout: 120_000,
  }, async () => {
    database = await createTestDatabase(dialect);
    smtp = await startSmtpServer();
    const env = {
      ...database.env,
      ...queue,
      GRIVO_REDIS_PREFIX: prefix,
      SMTP_URL: smtp.url(),
      GRIVO_SMTP_POOL_SIZE: String(POOL),
      // Slow enough that the kills land mid-send.
      GRIVO_SEND_RATE: '800',
      GRIVO_SEND_BATCH: '50',
      GRIVO_RATE_LIMIT_PRO: '1000000',
      GRIVO_JOB_LEASE_SECONDS: '1',
    };
    const tenant = await createTenant({ database }, 'pro');
    server = await startGrivo(env);
    const api = async (who: Tenant, path: string, body?: unknown): Promise<any> => {
      const res = await fetch(`${server!.url}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { ...who.auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return res.json();
    };
    const emails = Array.from({ length: RECIPIENTS }, (_, i) => `r${i}@crash.test`);
    await database.db
      .insertInto('contacts')
      .values(
        emails.map((email, i) =>
          contactRow(tenant.workspaceId, `ct_crash${String(i).padStart(8, '0')}`, email, { first_name: `R${i}` }),
        ),
      )
      .execute();

    const campaign = await api(tenant, '/v1/campaigns', CAMPAIGN);
    expect((await api(tenant, `/v1/campaigns/${campaign.id}/send`, {})).status).toBe('sending');

    const received = () => smtp!.received.length;
    for (let kill = 1; kill <= KILLS; kill++) {
      while (received() < (RECIPIENTS / (KILLS + 1)) * kill) await sleep(2);
      server.child.kill('SIGKILL');
      await new Promise((resolve) => server!.child.once('exit', resolve));
      expect(received()).toBeLessThan(RECIPIENTS);
      server = await startGrivo(env);
    }

    for (const deadline = Date.now() + 60_000; ; await sleep(50)) {
      const state = await api(tenant, `/v1/campaigns/${campaign.id}`);
      if (state.status === 'sent') break;
      if (Date.now() > deadline) throw new Error(`campaign still ${state.status} after the restarts`);
    }

    const counts = countsByRecipient(smtp.received);
    expect(emails.filter((email) => !counts.has(email))).toEqual([]);
    const twice = [...counts].filter(([, n]) => n > 1);
    expect(twice.every(([, n]) => n === 2)).toBe(true);
    expect(twice.length).toBeLessThanOrEqual(IN_DOUBT_PER_KILL * KILLS);
    expect(counts.size).toBe(RECIPIENTS);

    const stats = await api(tenant, `/v1/campaigns/${campaign.id}/stats`);
    expect(stats).toMatchObject({
      status: 'sent',
      recipients: RECIPIENTS,
      sent: RECIPIENTS,
      failed: 0,
      bounced: 0,
      skipped: 0,
    });
    expect(stats.timeline.reduce((n: number, h: { sent: number }) => n + h.sent, 0)).toBe(RECIPIENTS);
  });
});
