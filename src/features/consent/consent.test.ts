import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import { DIALECTS } from '../../../test/helpers/engines.js';
import { readOutbox } from '../../../test/helpers/mail.js';
import { confirmSubscription, deleteUnconfirmedContacts, resendConfirmation } from './confirm.js';
import { requestConsent } from './double-opt-in.js';
import { listConsentEvents } from './store.js';

const SHOP = 'https://shop.example.com';
const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(DIALECTS)('double opt-in and consent on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, who = tenant) =>
    t.app.inject({ method, url, headers: who.auth, ...(payload === undefined ? {} : { payload }) });
  const newContact = async (email: string, status = 'non_subscribed', who = tenant) => {
    const res = await call('POST', '/v1/contacts', { email, status, first_name: 'Ada' }, who);
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const statusOf = async (id: string) => (await call('GET', `/v1/contacts/${id}`)).json().status;
  const ask = (contactId: string, who = tenant) =>
    requestConsent(t.services, {
      workspaceId: who.workspaceId,
      contactId,
      source: 'form',
      formId: 'frm_test',
      ip: '203.0.113.9',
    });
  const mailTo = async (email: string, count = 1) => {
    for (let i = 0; i < 400; i++) {
      const found = (await readOutbox(t.database.dataDir)).filter((m) =>
        (m.to as { text: string }).text.includes(email),
      );
      if (found.length >= count) return found;
      await sleep(25);
    }
    throw new Error(`no confirmation email to ${email}`);
  };
  const tokenIn = (html: string) => /\/confirm\/([A-Za-z0-9_.-]+)/.exec(html)![1]!;
  const page = (method: 'GET' | 'POST', token: string) =>
    t.app.inject({ method, url: `/confirm/${token}`, remoteAddress: '198.51.100.7' });

  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_FREE: '100000' });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant();
    other = await t.tenant();
  });
  afterAll(() => t.close());

  it('has double opt-in on by default, and validates its settings naming the field', async () => {
    expect((await call('GET', '/v1/settings')).json()).toMatchObject({
      double_opt_in: true,
      confirmation_subject: null,
      confirmation_html: null,
      confirmation_expiry_days: 7,
      postal_address: null,
    });
    const bad: [object, string, RegExp][] = [
      [{ double_opt_in: 'yes' }, 'double_opt_in', /true or false/],
      [{ confirmation_expiry_days: 0 }, 'confirmation_expiry_days', /1 to 90/],
      [{ confirmation_expiry_days: 2.5 }, 'confirmation_expiry_days', /whole number/],
      [{ confirmation_html: '<p>Welcome</p>' }, 'confirmation_html', /confirm_url/],
      [{ confirmation_html: '<a href="{{ confirm_url | nosuch }}">x</a>' }, 'confirmation_html', /nosuch/],
      [{ confirmation_subject: 'Hi {% if %}' }, 'confirmation_subject', /./],
      [{ postal_address: 'x'.repeat(501) }, 'postal_address', /500/],
    ];
    for (const [body, param, message] of bad) {
      const res = await call('PATCH', '/v1/settings', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error).toMatchObject({ param, message: expect.stringMatching(message) });
    }
    const ok = await call('PATCH', '/v1/settings', {
      confirmation_subject: 'Confirm for {{ workspace_name }}',
      confirmation_html: '<p>Hi {{ first_name }}, <a href="{{ confirm_url }}">confirm</a></p>',
      postal_address: '1 Market Street, Springfield',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ double_opt_in: true, postal_address: '1 Market Street, Springfield' });
  });

  it('asks by email, shows a button on GET and confirms only on POST; forged links change nothing', async () => {
    const id = await newContact('dora@example.com');
    expect(await ask(id)).toBe('pending');
    expect(await statusOf(id)).toBe('pending');
    const [mail] = await mailTo('dora@example.com');
    expect(mail!.subject).toMatch(/^Confirm for /);
    expect(mail!.html).toContain('Hi Ada');
    const token = tokenIn(mail!.html as string);

    // A link scanner's GET subscribes nobody.
    const shown = await page('GET', token);
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('<form method="post">');
    expect(shown.body).toContain('dora@example.com');
    expect(await statusOf(id)).toBe('pending');

    const confirmed = await page('POST', token);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('You are subscribed');
    expect(await statusOf(id)).toBe('subscribed');
    const events = await listConsentEvents(t.services.database.db, tenant.workspaceId, id);
    expect(events.map((e) => e.type)).toEqual(['confirmed', 'requested']);
    expect(events[0]).toMatchObject({ source: 'form', form_id: 'frm_test', ip: '198.51.100.7' });
    expect(events[1]).toMatchObject({ ip: '203.0.113.9' });

    // A second click says so; a subscribed contact is not asked again.
    const again = await page('GET', token);
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('You are subscribed');
    expect(await ask(id)).toBe('subscribed');

    for (const forged of [`${token.slice(0, -2)}xx`, 'cns_nothing.abc', 'garbage']) {
      expect((await page('GET', forged)).statusCode).toBe(404);
      expect((await page('POST', forged)).statusCode).toBe(404);
    }
    const notPending = await call('POST', `/v1/contacts/${id}/resend-confirmation`);
    expect(notPending.statusCode).toBe(400);
    expect(notPending.json().error.message).toMatch(/subscribed/);
  });

  it('resends to a pending contact at most every few minutes, in its own workspace only', async () => {
    const id = await newContact('resend@example.com');
    expect(await ask(id)).toBe('pending');
    // The same form sent again soon after mails nothing more.
    expect(await ask(id)).toBe('pending');
    await mailTo('resend@example.com');
    const soon = await call('POST', `/v1/contacts/${id}/resend-confirmation`);
    expect(soon.statusCode).toBe(429);
    expect((await call('POST', `/v1/contacts/${id}/resend-confirmation`, undefined, other)).statusCode).toBe(404);
    const events = await listConsentEvents(t.services.database.db, tenant.workspaceId, id);
    expect(events.filter((e) => e.type === 'requested')).toHaveLength(1);
    expect(
      (await readOutbox(t.database.dataDir)).filter((m) => (m.to as { text: string }).text.includes('resend@')),
    ).toHaveLength(1);
    // Minutes later a resend is taken, and mails a second link.
    const later = new Date(Date.now() + 6 * 60 * 1000).toISOString();
    expect(await resendConfirmation(t.services, tenant.workspaceId, id, later)).toMatchObject({ status: 'pending' });
    await mailTo('resend@example.com', 2);

    // A contact created pending (say by an import) can be sent its first link.
    const imported = await newContact('imported@example.com', 'pending');
    const first = await call('POST', `/v1/contacts/${imported}/resend-confirmation`);
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({ contact_id: imported, status: 'pending', requested_at: expect.any(String) });
    await mailTo('imported@example.com');
  });

  it('expires links and deletes contacts who never confirmed, keeping those never asked', async () => {
    const id = await newContact('late@example.com');
    const never = await newContact('never-asked@example.com', 'pending');
    expect(await ask(id)).toBe('pending');
    const [mail] = await mailTo('late@example.com');
    const token = tokenIn(mail!.html as string);
    const later = new Date(Date.now() + 8 * DAY_MS).toISOString();
    expect(await confirmSubscription(t.services, token, '192.0.2.1', later)).toEqual({ state: 'expired' });
    expect(await statusOf(id)).toBe('pending');

    expect(await deleteUnconfirmedContacts(t.services, new Date(Date.now() + 6 * DAY_MS).toISOString())).toBe(0);
    expect(await deleteUnconfirmedContacts(t.services, later)).toBeGreaterThanOrEqual(1);
    expect((await call('GET', `/v1/contacts/${id}`)).statusCode).toBe(404);
    expect(await statusOf(never)).toBe('pending');
    expect((await page('GET', token)).statusCode).toBe(404);
  });

  it('never mails nor subscribes a suppressed address', async () => {
    expect((await call('POST', '/v1/suppressions', { email: 'blocked@example.com' })).statusCode).toBe(201);
    const id = await newContact('blocked@example.com');
    expect(await ask(id)).toBe('pending');
    expect(await statusOf(id)).toBe('non_subscribed');
    expect(await listConsentEvents(t.services.database.db, tenant.workspaceId, id)).toEqual([]);
  });

  it('subscribes at once with double opt-in off, recording the consent given', async () => {
    const quick = await t.tenant();
    expect((await call('PATCH', '/v1/settings', { double_opt_in: false }, quick)).json().double_opt_in).toBe(false);
    const id = await newContact('quick@example.com', 'non_subscribed', quick);
    expect(await ask(id, quick)).toBe('subscribed');
    expect((await call('GET', `/v1/contacts/${id}`, undefined, quick)).json().status).toBe('subscribed');
    const [event] = await listConsentEvents(t.services.database.db, quick.workspaceId, id);
    expect(event).toMatchObject({ type: 'given', source: 'form' });
    await expect(ask(id, tenant)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('makes a lead non_subscribed without consent, and asks to confirm with it', async () => {
    const created = await call('POST', '/v1/chatbots', {
      name: 'Help',
      allowed_domains: ['shop.example.com'],
      lead_capture: { enabled: true, consent: { enabled: true, text: 'Email me the newsletter.' } },
    });
    expect(created.statusCode).toBe(201);
    const bot = created.json();
    expect(bot.lead_capture.consent).toEqual({ enabled: true, text: 'Email me the newsletter.' });
    const badText = await call('PATCH', `/v1/chatbots/${bot.id}`, {
      lead_capture: { enabled: true, consent: { enabled: true, text: ' ' } },
    });
    expect(badText.json().error.param).toBe('lead_capture.consent.text');
    const settings = await t.app.inject({
      method: 'GET',
      url: `/public/chatbots/${bot.id}`,
      headers: { origin: SHOP },
    });
    expect(settings.json().lead_capture.consent).toEqual({ enabled: true, text: 'Email me the newsletter.' });

    const lead = (payload: object) =>
      t.app.inject({ method: 'POST', url: `/public/chatbots/${bot.id}/leads`, headers: { origin: SHOP }, payload });
    const without = await lead({ email: 'visitor@example.com', name: 'Vic' });
    expect(without.statusCode).toBe(201);
    expect(await statusOf(without.json().contact_id)).toBe('non_subscribed');

    const withConsent = await lead({ email: 'keen@example.com', consent: true });
    expect(withConsent.statusCode).toBe(201);
    const keen = withConsent.json().contact_id;
    expect(await statusOf(keen)).toBe('pending');
    await mailTo('keen@example.com');
    const [requested] = await listConsentEvents(t.services.database.db, tenant.workspaceId, keen);
    expect(requested).toMatchObject({ type: 'requested', source: 'lead' });

    // An existing contact keeps its status when leaving details without consent.
    const known = await newContact('known@example.com', 'subscribed');
    expect((await lead({ email: 'known@example.com' })).statusCode).toBe(201);
    expect(await statusOf(known)).toBe('subscribed');
    expect((await lead({ email: 'x@example.com', consent: 'yes' })).json().error.param).toBe('consent');
  });
});
