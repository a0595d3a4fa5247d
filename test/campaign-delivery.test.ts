import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendCampaignHandler } from '../src/features/campaigns/send/send.handler.js';
import { jobHandlers } from '../src/worker.js';
import { createTestApp, type TestApp, type Tenant } from './helpers/app.js';
import { addContacts, campaignAction, createCampaign, statsOf, waitForCampaign } from './helpers/campaigns.js';
import { ENGINES_AND_QUEUES } from './helpers/engines.js';
import { closedPort, countsByRecipient, startSmtpServer, type TestSmtpServer } from './helpers/mail.js';

// A campaign sent through a real SMTP server on loopback that refuses some
// recipients, for a while or for good, and closes the connection on others.

describe.each(ENGINES_AND_QUEUES)('campaign delivery on $name', ({ dialect, env }) => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  const refusals = new Map<string, number>();
  const drops = new Set<string>();

  beforeAll(async () => {
    smtp = await startSmtpServer({
      onRcptTo(address, _session, callback) {
        const email = address.address;
        if (email.startsWith('bounce'))
          return callback(Object.assign(new Error('5.1.1 No such user'), { responseCode: 550 }));
        if (email.startsWith('never'))
          return callback(Object.assign(new Error('4.2.1 Try later'), { responseCode: 451 }));
        const left = refusals.get(email) ?? 0;
        if (left > 0) {
          refusals.set(email, left - 1);
          return callback(Object.assign(new Error('4.7.1 Greylisted, try again'), { responseCode: 451 }));
        }
        callback();
      },
      onData(stream, session, callback) {
        const to = session.envelope.rcptTo.map((r) => r.address);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const dropped = to.find((email) => drops.has(email));
          if (dropped) {
            drops.delete(dropped);
            // The server gives up mid-message and closes the connection (421);
            // a bare drop without a reply is covered by the mailer's own tests.
            return callback(Object.assign(new Error('Connection lost'), { responseCode: 421 }));
          }
          smtp.received.push({ from: '', to, user: undefined, secure: false, raw: Buffer.concat(chunks) });
          callback();
        });
      },
    });
    t = await createTestApp(dialect, {
      ...env,
      SMTP_URL: smtp.url(),
      GRIVO_RATE_LIMIT_FREE: '100000',
      GRIVO_SEND_RETRY_BASE_MS: '100',
      GRIVO_SEND_MAX_ATTEMPTS: '3',
      GRIVO_SMTP_POOL_SIZE: '3',
    });
    t.services.queue.work(jobHandlers(t.services));
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const contactOf = async (tenant: Tenant, email: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/v1/contacts?search=${encodeURIComponent(email)}`,
        headers: tenant.auth,
      })
    ).json().data[0];

  it('retries temporary refusals and dropped connections, bounces permanent ones, gives up after the last attempt', async () => {
    const tenant = await t.tenant();
    const emails = ['ok1@d.test', 'grey@d.test', 'drop@d.test', 'bounce@d.test', 'never@d.test', 'ok2@d.test'];
    await addContacts(
      t,
      tenant,
      emails.map((email) => ({ email })),
    );
    refusals.set('grey@d.test', 2);
    drops.add('drop@d.test');
    const campaign = await createCampaign(t, tenant);
    await campaignAction(t, tenant, campaign.id, 'send');
    const done = await waitForCampaign(t, tenant, campaign.id, ['sent', 'failed'], 30_000);
    expect(done.status).toBe('sent');

    const counts = countsByRecipient(smtp.received);
    for (const email of ['ok1@d.test', 'grey@d.test', 'drop@d.test', 'ok2@d.test'])
      expect(counts.get(email), email).toBe(1);
    expect(counts.has('bounce@d.test')).toBe(false);
    expect(counts.has('never@d.test')).toBe(false);
    expect(await statsOf(t, tenant, campaign.id)).toMatchObject({ recipients: 6, sent: 4, bounced: 1, failed: 1 });
    expect((await contactOf(tenant, 'bounce@d.test')).status).toBe('bounced');
    expect((await contactOf(tenant, 'never@d.test')).status).toBe('subscribed');
  });

  it('pauses with the reason when the mail server stays unreachable, charging no recipient, and resumes once it is back', async () => {
    const port = await closedPort();
    const down = await createTestApp(dialect, {
      ...env,
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      GRIVO_RATE_LIMIT_FREE: '100000',
      GRIVO_SEND_RETRY_BASE_MS: '50',
      GRIVO_SEND_MAX_ATTEMPTS: '3',
    });
    let late: TestSmtpServer | undefined;
    // No campaign sweep: a resume that lands while the paused run's job is
    // still finishing gets a run after it from the queue itself.
    try {
      down.services.queue.work(jobHandlers(down.services));
      const tenant = await down.tenant();
      const emails = Array.from({ length: 20 }, (_, i) => `outage${i}@d.test`);
      await addContacts(
        down,
        tenant,
        emails.map((email) => ({ email })),
      );
      const campaign = await createCampaign(down, tenant);
      await campaignAction(down, tenant, campaign.id, 'send');
      const paused = await waitForCampaign(down, tenant, campaign.id, ['paused', 'sent', 'failed']);
      expect(paused.status).toBe('paused');
      expect(paused.error).toMatch(/mail server failed 3 times in a row .*ECONNREFUSED|ESOCKET/);
      expect(await statsOf(down, tenant, campaign.id)).toMatchObject({
        recipients: 20,
        sent: 0,
        failed: 0,
        bounced: 0,
      });

      late = await startSmtpServer({}, port);
      const resumed = await campaignAction(down, tenant, campaign.id, 'resume');
      expect(resumed.json()).toMatchObject({ status: 'sending', error: null });
      await waitForCampaign(down, tenant, campaign.id, ['sent']);
      const counts = countsByRecipient(late.received);
      expect(emails.every((email) => counts.get(email) === 1)).toBe(true);
      expect(await statsOf(down, tenant, campaign.id)).toMatchObject({ sent: 20, failed: 0 });
    } finally {
      await down.close();
      await late?.close();
    }
  });

  it('never sends twice when two runs of the send job overlap', async () => {
    // As when a worker's lease lapsed while it was still alive and another took the job.
    const tenant = await t.tenant();
    const emails = Array.from({ length: 60 }, (_, i) => `twin${i}@d.test`);
    await addContacts(
      t,
      tenant,
      emails.map((email) => ({ email })),
    );
    const campaign = await createCampaign(t, tenant);
    const job = sendCampaignHandler(t.services);
    await t.services.database.db
      .updateTable('campaigns')
      .set({ status: 'sending' })
      .where('id', '=', campaign.id)
      .execute();
    const runs = [1, 2, 3].map((n) => job.handle({ campaignId: campaign.id }, { jobId: `overlap-${n}`, attempt: 1 }));
    await Promise.all(runs);
    // The superseded runs stopped; the newest finished the campaign.
    expect((await statsOf(t, tenant, campaign.id)).status).toBe('sent');
    const counts = countsByRecipient(smtp.received.filter((m) => m.to[0]!.startsWith('twin')));
    expect(counts.size).toBe(60);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect((await statsOf(t, tenant, campaign.id)).sent).toBe(60);
  });

  it('sends a scheduled campaign when its time comes', async () => {
    const tenant = await t.tenant();
    await addContacts(t, tenant, [{ email: 'later@d.test' }]);
    const campaign = await createCampaign(t, tenant);
    const at = new Date(Date.now() + 1500).toISOString();
    expect((await campaignAction(t, tenant, campaign.id, 'send', { send_at: at })).json().status).toBe('scheduled');
    const done = await waitForCampaign(t, tenant, campaign.id, ['sent'], 15_000);
    expect(Date.parse(done.started_at) - Date.parse(at)).toBeGreaterThan(-1000);
    expect(countsByRecipient(smtp.received).get('later@d.test')).toBe(1);
  });

  it('pauses and cancels within a second, resumes where it stopped, and skips who unsubscribed meanwhile', {
    timeout: 60_000,
  }, async () => {
    const slow = await createTestApp(dialect, {
      ...env,
      SMTP_URL: smtp.url(),
      GRIVO_RATE_LIMIT_FREE: '100000',
      GRIVO_SEND_RATE: '40',
      GRIVO_SMTP_POOL_SIZE: '2',
    });
    try {
      slow.services.queue.work(jobHandlers(slow.services));
      const tenant = await slow.tenant();
      const emails = Array.from({ length: 120 }, (_, i) => `p${String(i).padStart(3, '0')}@pause.test`);
      const ids = await addContacts(
        slow,
        tenant,
        emails.map((email) => ({ email })),
      );
      const campaign = await createCampaign(slow, tenant);
      await campaignAction(slow, tenant, campaign.id, 'send');
      const received = () => smtp.received.filter((m) => m.to[0]!.endsWith('@pause.test')).length;
      while (received() < 10) await sleep(10);

      expect((await campaignAction(slow, tenant, campaign.id, 'pause')).json().status).toBe('paused');
      await sleep(1000);
      const atPause = received();
      await sleep(1000);
      expect(received()).toBe(atPause);
      expect(atPause).toBeLessThan(120);

      // Whoever unsubscribes while it is paused is not written to.
      const last = ids[ids.length - 1]!;
      await slow.app.inject({
        method: 'PATCH',
        url: `/v1/contacts/${last}`,
        headers: tenant.auth,
        payload: { status: 'unsubscribed' },
      });
      expect((await campaignAction(slow, tenant, campaign.id, 'resume')).json().status).toBe('sending');
      while (received() < atPause + 10) await sleep(10);

      expect((await campaignAction(slow, tenant, campaign.id, 'cancel')).json().status).toBe('cancelled');
      await sleep(1000);
      const atCancel = received();
      await sleep(1000);
      expect(received()).toBe(atCancel);
      expect((await campaignAction(slow, tenant, campaign.id, 'resume')).statusCode).toBe(409);

      // Nobody twice; cancelled before the end, so not everyone.
      const counts = countsByRecipient(smtp.received.filter((m) => m.to[0]!.endsWith('@pause.test')));
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
      expect(counts.size).toBe(atCancel);
      expect(atCancel).toBeLessThan(119);
      const stats = await statsOf(slow, tenant, campaign.id);
      expect(stats).toMatchObject({ recipients: 120, sent: atCancel, status: 'cancelled' });

      // Resumed to the end, whoever unsubscribed while it was paused is skipped.
      const other = await createCampaign(slow, tenant);
      await campaignAction(slow, tenant, other.id, 'send');
      while ((await statsOf(slow, tenant, other.id)).recipients < 119) await sleep(10);
      await campaignAction(slow, tenant, other.id, 'pause');
      const late = ids[ids.length - 2]!;
      await slow.app.inject({
        method: 'PATCH',
        url: `/v1/contacts/${late}`,
        headers: tenant.auth,
        payload: { status: 'unsubscribed' },
      });
      await campaignAction(slow, tenant, other.id, 'resume');
      await waitForCampaign(slow, tenant, other.id, ['sent'], 30_000);
      expect(await statsOf(slow, tenant, other.id)).toMatchObject({ recipients: 119, sent: 118, skipped: 1 });
      const toOther = smtp.received.filter((m) => m.raw.includes(`X-Grivo-Campaign: ${other.id}`));
      expect(toOther.map((m) => m.to[0])).not.toContain(emails[emails.length - 2]);
      expect(toOther).toHaveLength(118);
    } finally {
      await slow.close();
    }
  });
});
