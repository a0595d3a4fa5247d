import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { createMailer } from '../../providers/mail/create-mailer.js';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import { DIALECTS, ENGINES_AND_QUEUES } from '../../../test/helpers/engines.js';
import { readOutbox, startSmtpServer, type TestSmtpServer } from '../../../test/helpers/mail.js';
import { addSuppression } from '../suppressions/store.js';
import { IN_DOUBT_ERROR, sendEmailHandler, type SendEmailDeps } from './send.handler.js';
import { claimEmail, findEmail, listStrandedEmailIds, recordEmailEvent } from './store.js';
import { enqueueStrandedEmails } from './sweep.js';
import { jobHandlers } from '../../worker.js';

// No worker runs here: each test runs the send job's handler itself, so what
// it sends, and when, is the test's to decide.
describe.each(DIALECTS)('transactional emails on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_FREE: '100000', GRIVO_BOUNCE_DOMAIN: 'bounces.example.com' });
    tenant = await t.tenant();
    other = await t.tenant();
    // Refuses mail to temp@ for now and to gone@ for good; takes the rest.
    smtp = await startSmtpServer({
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith('temp@'))
          return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
        if (address.address.startsWith('gone@'))
          return callback(Object.assign(new Error('No such user'), { responseCode: 550 }));
        callback();
      },
    });
  });
  afterAll(async () => {
    await smtp.close();
    await t.close();
  });

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, who = tenant, headers = {}) =>
    t.app.inject({ method, url, headers: { ...who.auth, ...headers }, ...(payload === undefined ? {} : { payload }) });
  const send = (payload: object, who = tenant, headers = {}) => call('POST', '/v1/emails', payload, who, headers);
  const run = (emailId: string, deps: Partial<SendEmailDeps> = {}) =>
    sendEmailHandler({ ...t.services, ...deps }).handle({ emailId }, { jobId: 'test', attempt: 1 });
  const outboxFor = async (id: string) =>
    (await readOutbox(t.services.config.dataDir)).filter((m) => m.messageId === `<${id}@acme.example>`);
  const eventsOf = (type: string, emailId: string) =>
    t.services.database.db
      .selectFrom('events')
      .select('data')
      .where('type', '=', type)
      .execute()
      .then((rows) => rows.filter((r) => (JSON.parse(r.data) as { email_id: string }).email_id === emailId));

  it('renders Liquid over data, queues, and sends once through the outbox', async () => {
    const res = await send({
      to: 'jane@example.com',
      from_email: 'orders@acme.example',
      from_name: 'Acme',
      subject: 'Order {{ order.id }} shipped',
      html: '<p>Hi {{ name }}, <a href="{{ url }}">track it</a> ({{ email }})</p>',
      data: { order: { id: 'A-1' }, name: '<Jane>', url: 'javascript:alert(1)' },
      tags: ['orders', 'orders'],
    });
    expect(res.statusCode).toBe(202);
    const email = res.json();
    expect(email).toMatchObject({
      to: 'jane@example.com',
      from_email: 'orders@acme.example',
      from_name: 'Acme',
      subject: 'Order A-1 shipped',
      status: 'queued',
      tags: ['orders'],
      template_id: null,
      error: null,
      sent_at: null,
      events: [{ type: 'queued', detail: null }],
    });
    expect(email.id).toMatch(/^em_/);

    await run(email.id);
    await run(email.id); // a second run of the job sends nothing more
    const [message, ...more] = await outboxFor(email.id);
    expect(more).toEqual([]);
    expect(message!.subject).toBe('Order A-1 shipped');
    // Data is escaped in HTML, unsafe hrefs are dropped, and nothing is tracked.
    expect(message!.html).toContain('Hi &lt;Jane&gt;');
    expect(message!.html).not.toContain('javascript:');
    expect(message!.html).toContain('(jane@example.com)');
    expect(message!.html).not.toMatch(/\/t\/open\/|unsubscribe/i);
    expect(message!.text).toContain('Hi <Jane>');

    const read = (await call('GET', `/v1/emails/${email.id}`)).json();
    expect(read.status).toBe('sent');
    expect(read.sent_at).toMatch(/Z$/);
    expect(read.events.map((e: { type: string }) => e.type)).toEqual(['queued', 'sent']);
    expect(await eventsOf('email.sent', email.id)).toHaveLength(1);
  });

  it('sends through SMTP with its Message-ID and the VERP return path', async () => {
    const email = (
      await send({
        to: 'smtp@example.com',
        from_email: 'orders@acme.example',
        subject: 'Hi',
        text: 'Plain {{ email }}',
      })
    ).json();
    const mailer = createMailer({ ...t.services.config.mail, smtpUrl: smtp.url() });
    try {
      await run(email.id, { mailer });
    } finally {
      await mailer.close();
    }
    const received = smtp.received.filter((m) => m.to.includes('smtp@example.com'));
    expect(received).toHaveLength(1);
    expect(received[0]!.from).toMatch(/^bounces\+.+@bounces\.example\.com$/);
    const parsed = await simpleParser(received[0]!.raw);
    expect(parsed.messageId).toBe(`<${email.id}@acme.example>`);
    expect(parsed.text?.trim()).toBe('Plain smtp@example.com');
    expect((await call('GET', `/v1/emails/${email.id}`)).json().status).toBe('sent');
  });

  it('retries a temporary refusal, then gives up; fails a permanent one', async () => {
    const mailer = createMailer({ ...t.services.config.mail, smtpUrl: smtp.url() });
    const config = { ...t.services.config, mail: { ...t.services.config.mail, maxAttempts: 2 } };
    try {
      const temp = (
        await send({ to: 'temp@example.com', from_email: 'orders@acme.example', subject: 'Hi', text: 'x' })
      ).json();
      await run(temp.id, { mailer, config });
      const waiting = (await call('GET', `/v1/emails/${temp.id}`)).json();
      expect(waiting).toMatchObject({ status: 'queued' });
      expect(waiting.error).toMatch(/451|Try again/);
      await run(temp.id, { mailer, config });
      const failed = (await call('GET', `/v1/emails/${temp.id}`)).json();
      expect(failed.status).toBe('failed');
      expect(failed.error).toMatch(/gave up after 2 attempts/);
      expect(await eventsOf('email.failed', temp.id)).toHaveLength(1);

      const gone = (
        await send({ to: 'gone@example.com', from_email: 'orders@acme.example', subject: 'Hi', text: 'x' })
      ).json();
      await run(gone.id, { mailer, config });
      const refused = (await call('GET', `/v1/emails/${gone.id}`)).json();
      expect(refused.status).toBe('failed');
      expect(refused.error).toMatch(/550|No such user/);
    } finally {
      await mailer.close();
    }
  });

  it('does not send again an email its worker died while sending', async () => {
    const email = (
      await send({ to: 'doubt@example.com', from_email: 'orders@acme.example', subject: 'Hi', text: 'x' })
    ).json();
    // The first run claimed it and died before recording what the server said.
    expect(await claimEmail(t.services.database.db, email.id, new Date().toISOString())).toBeDefined();
    await run(email.id);
    expect(await outboxFor(email.id)).toEqual([]);
    const read = (await call('GET', `/v1/emails/${email.id}`)).json();
    expect(read).toMatchObject({ status: 'failed', error: IN_DOUBT_ERROR });
  });

  it('uses the default sender, and says how to set one when there is none', async () => {
    const none = await send({ to: 'a@example.com', subject: 'Hi', text: 'x' }, other);
    expect(none.statusCode).toBe(400);
    expect(none.json().error).toMatchObject({ code: 'invalid_request', param: 'from_email' });
    expect(none.json().error.message).toMatch(/PATCH \/v1\/settings/);

    const bad = await call('PATCH', '/v1/settings', { default_from_email: 'not an address' }, other);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ param: 'default_from_email' });
    expect(bad.json().error.message).toMatch(/default_from_email/);
    expect((await call('PATCH', '/v1/settings', { default_from_name: 5 }, other)).json().error.param).toBe(
      'default_from_name',
    );

    const set = await call(
      'PATCH',
      '/v1/settings',
      { default_from_email: 'hello@other.example', default_from_name: 'Other' },
      other,
    );
    expect(set.json()).toMatchObject({ default_from_name: 'Other', default_from_email: 'hello@other.example' });
    expect((await call('PATCH', '/v1/settings', { default_from_name: null }, other)).json()).toMatchObject({
      default_from_name: null,
      default_from_email: 'hello@other.example',
    });
    expect((await call('GET', '/v1/settings', undefined, other)).json().default_from_email).toBe('hello@other.example');
    // The other workspace's settings are its own.
    expect((await call('GET', '/v1/settings')).json()).toMatchObject({
      default_from_name: null,
      default_from_email: null,
    });

    const sent = await send({ to: 'a@example.com', subject: 'Hi', text: 'x' }, other);
    expect(sent.statusCode).toBe(202);
    expect(sent.json()).toMatchObject({ from_email: 'hello@other.example', from_name: null });
  });

  it('refuses bad input, naming the field', async () => {
    const base = { to: 'a@example.com', from_email: 'orders@acme.example', subject: 'Hi', text: 'x' };
    const cases: Array<[object, string, RegExp]> = [
      [{ ...base, to: ['a@example.com', 'b@example.com'] }, 'to', /one address/],
      [{ ...base, to: 'nope' }, 'to', /to 'nope' is not a valid email address/],
      [{ ...base, from_email: 'x@' }, 'from_email', /from_email/],
      [{ ...base, subject: undefined }, 'subject', /subject/],
      [{ ...base, text: undefined }, 'html', /html or text/],
      [{ ...base, data: [1] }, 'data', /data must be a JSON object/],
      [{ ...base, html: '<p>{{ x | nope }}</p>' }, 'html', /unknown filter 'nope'/],
      [{ ...base, template_id: 'tpl_missing' }, 'template_id', /No template/],
      [{ ...base, html: '{% for i in (1..100000000) %}xxxxxxxxxx{% endfor %}' }, 'html', /GRIVO_TEMPLATE_/],
    ];
    for (const [payload, param, message] of cases) {
      const res = await send(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBeGreaterThanOrEqual(400);
      expect(res.json().error.param, JSON.stringify(payload)).toBe(param);
      expect(res.json().error.message).toMatch(message);
    }
  });

  it('sends from a template, the fields given overriding it', async () => {
    const template = (
      await call('POST', '/v1/templates', {
        name: 'Reset',
        subject: 'Reset for {{ email }}',
        markdown: 'Hi **{{ name | default: "there" }}**, [reset]({{ url }})',
      })
    ).json();
    const email = (
      await send({
        to: 'r@example.com',
        from_email: 'orders@acme.example',
        template_id: template.id,
        data: { url: 'https://acme.example/r/1' },
      })
    ).json();
    expect(email).toMatchObject({ subject: 'Reset for r@example.com', template_id: template.id, status: 'queued' });
    await run(email.id);
    const [message] = await outboxFor(email.id);
    expect(message!.html).toContain('Hi <strong>there</strong>, <a href="https://acme.example/r/1">reset</a>');

    const overridden = await send({
      to: 'r@example.com',
      from_email: 'orders@acme.example',
      template_id: template.id,
      subject: 'Custom',
    });
    expect(overridden.json().subject).toBe('Custom');
    // Another workspace's template is not found.
    const foreign = await send({ to: 'r@example.com', template_id: template.id, subject: 'x' }, other);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.param).toBe('template_id');
  });

  it('suppresses an address on the list at acceptance or at send time', async () => {
    const { db } = t.services.database;
    await addSuppression(db, {
      workspaceId: tenant.workspaceId,
      email: 'Blocked@example.com',
      reason: 'manual',
      source: 'api',
    });
    const at = await send({ to: 'blocked@example.com', from_email: 'orders@acme.example', subject: 'Hi', text: 'x' });
    expect(at.statusCode).toBe(202);
    expect(at.json()).toMatchObject({ status: 'suppressed', events: [{ type: 'suppressed' }] });
    expect(at.json().error).toMatch(/suppression list/);
    await run(at.json().id);
    expect(await outboxFor(at.json().id)).toEqual([]);

    const later = (
      await send({ to: 'later@example.com', from_email: 'orders@acme.example', subject: 'Hi', text: 'x' })
    ).json();
    expect(later.status).toBe('queued');
    await addSuppression(db, {
      workspaceId: tenant.workspaceId,
      email: 'later@example.com',
      reason: 'complaint',
      source: 'ses',
    });
    await run(later.id);
    expect(await outboxFor(later.id)).toEqual([]);
    expect((await call('GET', `/v1/emails/${later.id}`)).json().status).toBe('suppressed');
  });

  it('answers a repeated Idempotency-Key with the same email, sent once', async () => {
    const payload = { to: 'idem@example.com', from_email: 'orders@acme.example', subject: 'Once', text: 'x' };
    const first = await send(payload, tenant, { 'idempotency-key': 'order-77' });
    const again = await send(payload, tenant, { 'idempotency-key': 'order-77' });
    expect(again.statusCode).toBe(202);
    expect(again.json().id).toBe(first.json().id);
    const list = (await call('GET', '/v1/emails?to=IDEM@example.com')).json();
    expect(list.total).toBe(1);
    await run(first.json().id);
    expect(await outboxFor(first.json().id)).toHaveLength(1);
  });

  it('lists newest first with filters, and hides other workspaces', async () => {
    const list = (await call('GET', '/v1/emails?per_page=2')).json();
    expect(list).toMatchObject({ page: 1, per_page: 2, has_more: true });
    expect(list.data[0].id > list.data[1].id).toBe(true);
    const suppressed = (await call('GET', '/v1/emails?status=suppressed')).json();
    expect(suppressed.data.length).toBeGreaterThan(0);
    expect(suppressed.data.every((e: { status: string }) => e.status === 'suppressed')).toBe(true);
    expect((await call('GET', '/v1/emails?status=lost')).json().error.param).toBe('status');

    const mine = list.data[0].id;
    expect((await call('GET', `/v1/emails/${mine}`, undefined, other)).statusCode).toBe(404);
    expect(
      (await call('GET', '/v1/emails', undefined, other)).json().data.map((e: { id: string }) => e.id),
    ).not.toContain(mine);
  });

  it('finds accepted emails whose job was lost, and sends them', async () => {
    const email = (
      await send({ to: 'lost@example.com', from_email: 'orders@acme.example', subject: 'Hi', text: 'x' })
    ).json();
    // Its job is lost: the queue no longer holds it.
    await t.services.database.db.deleteFrom('jobs').execute();
    const future = new Date(Date.now() + 1000).toISOString();
    expect(await listStrandedEmailIds(t.services.database.db, new Date(0).toISOString())).toEqual([]);
    expect(await listStrandedEmailIds(t.services.database.db, future)).toContain(email.id);
    expect(await enqueueStrandedEmails(t.services, future)).toBeGreaterThan(0);
    const jobs = await t.services.database.db.selectFrom('jobs').select('payload').execute();
    expect(jobs.map((j) => j.payload).join()).toContain(email.id);
    await run(email.id);
    expect(await listStrandedEmailIds(t.services.database.db, future)).not.toContain(email.id);
  });

  it('records what the bounce pipeline reports', async () => {
    const email = (
      await send({ to: 'b@example.com', from_email: 'orders@acme.example', subject: 'Hi', text: 'x' })
    ).json();
    await run(email.id);
    const { db } = t.services.database;
    const at = new Date().toISOString();
    expect(await recordEmailEvent(db, other.workspaceId, email.id, { type: 'delivered', at })).toBe(false);
    expect(await recordEmailEvent(db, tenant.workspaceId, email.id, { type: 'delivered', at })).toBe(true);
    expect((await findEmail(db, undefined, email.id))!.status).toBe('delivered');
    await recordEmailEvent(db, tenant.workspaceId, email.id, { type: 'bounced', at, detail: '550 mailbox full' });
    // A delivery reported late does not undo the bounce.
    await recordEmailEvent(db, tenant.workspaceId, email.id, { type: 'delivered', at });
    const read = (await call('GET', `/v1/emails/${email.id}`)).json();
    expect(read).toMatchObject({ status: 'bounced', error: '550 mailbox full' });
    expect(read.events.map((e: { type: string }) => e.type)).toEqual([
      'queued',
      'sent',
      'delivered',
      'bounced',
      'delivered',
    ]);
  });
});

// The send path end to end through each queue: accepted by the API, sent by
// the worker's job to a real SMTP server, retried through the queue after a
// temporary refusal.
describe.each(ENGINES_AND_QUEUES)('transactional emails sent by the worker on $name', ({ dialect, env }) => {
  let t: TestApp;
  let tenant: Tenant;
  let smtp: TestSmtpServer;
  const refusals = new Map<string, number>();
  beforeAll(async () => {
    // Refuses an address for now as many times as `refusals` says, then takes it.
    smtp = await startSmtpServer({
      onRcptTo(address, _session, callback) {
        const left = refusals.get(address.address) ?? 0;
        if (left > 0) {
          refusals.set(address.address, left - 1);
          return callback(Object.assign(new Error('Greylisted, try again'), { responseCode: 451 }));
        }
        callback();
      },
    });
    t = await createTestApp(dialect, {
      ...env,
      SMTP_URL: smtp.url(),
      GRIVO_RATE_LIMIT_FREE: '100000',
      GRIVO_SEND_RETRY_BASE_MS: '100',
    });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant();
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: tenant.auth, ...(payload === undefined ? {} : { payload }) });
  const settled = async (id: string) => {
    for (const deadline = Date.now() + 15_000; ; await sleep(50)) {
      const email = (await call('GET', `/v1/emails/${id}`)).json();
      if (email.status !== 'queued' && email.status !== 'sending') return email;
      if (Date.now() > deadline) throw new Error(`email ${id} still ${email.status}`);
    }
  };
  const receivedBy = (to: string) => smtp.received.filter((m) => m.to.includes(to));

  it('accepts, queues and sends once through SMTP, then says sent', async () => {
    const res = await call('POST', '/v1/emails', {
      to: 'queued@example.com',
      from_email: 'orders@acme.example',
      subject: 'Order {{ order }} shipped',
      text: 'Hi {{ email }}',
      data: { order: 'B-2' },
    });
    expect(res.statusCode).toBe(202);
    expect(res.json().status).toBe('queued');
    const email = await settled(res.json().id);
    expect(email).toMatchObject({ status: 'sent', error: null });
    expect(email.events.map((e: { type: string }) => e.type)).toEqual(['queued', 'sent']);
    const received = receivedBy('queued@example.com');
    expect(received).toHaveLength(1);
    const parsed = await simpleParser(received[0]!.raw);
    expect(parsed.messageId).toBe(`<${email.id}@acme.example>`);
    expect(parsed.subject).toBe('Order B-2 shipped');
    expect(parsed.text?.trim()).toBe('Hi queued@example.com');
  });

  it('retries a temporary refusal through the queue, then sends', async () => {
    refusals.set('grey@example.com', 2);
    const res = await call('POST', '/v1/emails', {
      to: 'grey@example.com',
      from_email: 'orders@acme.example',
      subject: 'Hi',
      text: 'x',
    });
    const email = await settled(res.json().id);
    expect(email).toMatchObject({ status: 'sent', error: null });
    expect(refusals.get('grey@example.com')).toBe(0);
    expect(receivedBy('grey@example.com')).toHaveLength(1);
  });
});
