import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import { DIALECTS } from '../../../test/helpers/engines.js';
import { listConsentEvents } from '../consent/store.js';

const FORM = {
  name: 'Newsletter',
  fields: [
    { key: 'email', label: 'Your email' },
    { key: 'first_name', label: 'First name', required: true },
    { key: 'attributes.company' },
  ],
  tags: ['newsletter'],
  consent_text: 'I agree to receive the monthly newsletter.',
};
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };

describe.each(DIALECTS)('forms on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let ip = 0;
  // Each test posts from an address of its own: the public limit is small here.
  const nextIp = () => `10.0.0.${++ip}`;

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, who = tenant) =>
    t.app.inject({ method, url, headers: who.auth, ...(payload === undefined ? {} : { payload }) });
  const submit = (
    id: string,
    payload: string | object,
    headers: Record<string, string> = {},
    remoteAddress = nextIp(),
  ) =>
    t.app.inject({
      method: 'POST',
      url: `/public/forms/${id}/submit`,
      remoteAddress,
      headers: typeof payload === 'string' ? { ...FORM_TYPE, ...headers } : headers,
      payload,
    });
  const contactOf = async (email: string, who = tenant) =>
    (await call('GET', `/v1/contacts?search=${encodeURIComponent(email)}`, undefined, who)).json().data[0];

  beforeAll(async () => {
    t = await createTestApp(dialect, {
      GRIVO_RATE_LIMIT_FREE: '100000',
      GRIVO_PUBLIC_RATE_LIMIT: '4',
      GRIVO_PUBLIC_URL: 'https://grivo.test',
    });
    tenant = await t.tenant();
    other = await t.tenant();
  });
  afterAll(() => t.close());

  it('creates, lists, reads, changes and deletes forms, per workspace', async () => {
    const created = await call('POST', '/v1/forms', FORM);
    expect(created.statusCode).toBe(201);
    const form = created.json();
    expect(form).toMatchObject({
      id: expect.stringMatching(/^frm_/),
      fields: [
        { key: 'email', label: 'Your email', required: true },
        { key: 'first_name', label: 'First name', required: true },
        { key: 'attributes.company', label: 'Company', required: false },
      ],
      tags: ['newsletter'],
      redirect_url: null,
      allowed_domains: [],
      success_message: null,
      hosted_url: `https://grivo.test/f/${form.id}`,
    });
    expect(form.snippet).toContain(`<form method="post" action="https://grivo.test/public/forms/${form.id}/submit">`);
    expect(form.snippet).toContain('name="website"');
    expect(form.snippet).not.toContain('<script');

    const minimal = (await call('POST', '/v1/forms', { name: 'Tiny', consent_text: 'OK' })).json();
    expect(minimal.fields).toEqual([{ key: 'email', label: 'Email', required: true }]);

    expect((await call('GET', '/v1/forms')).json()).toMatchObject({
      total: 2,
      page: 1,
      data: [{ id: minimal.id }, { id: form.id }],
    });
    expect((await call('GET', `/v1/forms/${form.id}`)).json().name).toBe('Newsletter');
    const patched = await call('PATCH', `/v1/forms/${form.id}`, {
      redirect_url: 'https://example.org/thanks',
      allowed_domains: ['Example.org'],
    });
    expect(patched.json()).toMatchObject({
      redirect_url: 'https://example.org/thanks',
      allowed_domains: ['example.org'],
      name: 'Newsletter',
    });

    expect((await call('GET', '/v1/forms', undefined, other)).json().total).toBe(0);
    for (const method of ['GET', 'PATCH', 'DELETE'] as const)
      expect(
        (await call(method, `/v1/forms/${form.id}`, method === 'PATCH' ? { name: 'x' } : undefined, other)).statusCode,
      ).toBe(404);
    expect((await call('DELETE', `/v1/forms/${minimal.id}`)).json()).toEqual({ id: minimal.id, deleted: true });
    expect((await call('GET', `/v1/forms/${minimal.id}`)).statusCode).toBe(404);
  });

  it('refuses bad forms, naming the field', async () => {
    const cases: [object, string][] = [
      [{ ...FORM, fields: [{ key: 'email' }, { key: 'favourite_colour' }] }, 'fields.1.key'],
      [{ ...FORM, fields: [{ key: 'first_name' }] }, 'fields'],
      [{ ...FORM, fields: [{ key: 'email', required: false }] }, 'fields.0.required'],
      [{ ...FORM, fields: [{ key: 'email' }, { key: 'email' }] }, 'fields.1.key'],
      [{ ...FORM, consent_text: ' ' }, 'consent_text'],
      [{ ...FORM, redirect_url: 'javascript:alert(1)' }, 'redirect_url'],
      [{ ...FORM, allowed_domains: ['https://example.org/path'] }, 'allowed_domains.0'],
      [{ ...FORM, colour: 'red' }, 'colour'],
    ];
    for (const [body, param] of cases) {
      const res = await call('POST', '/v1/forms', body);
      expect(res.statusCode, param).toBe(400);
      expect(res.json().error.param, JSON.stringify(body)).toBe(param);
    }
    expect((await call('POST', '/v1/forms', cases[0]![0])).json().error.message).toContain('attributes.<name>');
  });

  it('serves the hosted page and takes a browser form post: contact added, pending, tagged, then the thank-you page', async () => {
    const form = (await call('POST', '/v1/forms', { ...FORM, success_message: 'Check your inbox!' })).json();
    const page = await t.app.inject({ method: 'GET', url: `/f/${form.id}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("form-action 'self'");
    expect(page.body).toContain(`action="/public/forms/${form.id}/submit"`);
    expect(page.body).toContain('<label for=');
    expect(page.body).toContain('I agree to receive the monthly newsletter.');

    const res = await submit(form.id, 'email=Ann%40Example.com&first_name=Ann&attributes.company=Acme&website=');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/f/${form.id}/thanks`);
    const thanks = await t.app.inject({ method: 'GET', url: res.headers.location as string });
    expect(thanks.body).toContain('Check your inbox!');
    const contact = await contactOf('ann@example.com');
    expect(contact).toMatchObject({
      first_name: 'Ann',
      attributes: { company: 'Acme' },
      tags: ['newsletter'],
      source: 'form',
      status: 'pending',
    });
    const events = await listConsentEvents(t.services.database.db, tenant.workspaceId, contact.id);
    expect(events).toMatchObject([{ type: 'requested', source: 'form', form_id: form.id }]);

    // A mistake re-renders the page with the message and what was typed.
    const bad = await submit(form.id, 'email=not-an-address&first_name=Bo');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('text/html');
    expect(bad.body).toContain('Your email must be a valid email address');
    expect(bad.body).toContain('value="not-an-address"');
    expect(bad.body).toContain('aria-invalid="true"');
    const missing = await submit(form.id, 'email=bo%40example.com');
    expect(missing.body).toContain('First name is required.');
  });

  it('takes JSON, answers {ok: true}, and errors in the envelope', async () => {
    const form = (await call('POST', '/v1/forms', { ...FORM, redirect_url: 'https://example.org/welcome' })).json();
    const res = await submit(form.id, { email: 'json@example.com', first_name: 'Jo' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect((await contactOf('json@example.com')).status).toBe('pending');
    const browser = await submit(form.id, 'email=json2%40example.com&first_name=Jo');
    expect(browser.headers.location).toBe('https://example.org/welcome');
    expect((await t.app.inject({ method: 'GET', url: `/f/${form.id}` })).headers['content-security-policy']).toContain(
      "form-action 'self' https://example.org",
    );

    const bad = await submit(form.id, { email: 'x@example.com', first_name: 3 });
    expect(bad.json().error).toMatchObject({ code: 'invalid_request', param: 'first_name' });
    const unknown = await submit(form.id, { email: 'x@example.com', first_name: 'X', plan: 'pro' });
    expect(unknown.json().error).toMatchObject({ code: 'unknown_parameter', param: 'plan' });
    expect((await submit('frm_nope', { email: 'x@example.com' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/f/frm_nope' })).statusCode).toBe(404);
  });

  it('answers a filled honeypot as a success and stores nothing', async () => {
    const form = (await call('POST', '/v1/forms', FORM)).json();
    const res = await submit(form.id, 'email=bot%40example.com&first_name=Bot&website=http%3A%2F%2Fspam.example');
    expect(res.statusCode).toBe(303);
    expect((await submit(form.id, { email: 'bot@example.com', website: 'x' })).json()).toEqual({ ok: true });
    expect(await contactOf('bot@example.com')).toBeUndefined();
  });

  it('limits submissions per address', async () => {
    const form = (await call('POST', '/v1/forms', FORM)).json();
    const address = nextIp();
    const answers = [];
    for (let i = 0; i < 5; i++)
      answers.push(await submit(form.id, { email: `rate${i}@example.com`, first_name: 'R' }, {}, address));
    expect(answers.slice(0, 4).map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    expect(answers[4]!.statusCode).toBe(429);
    expect(answers[4]!.headers['retry-after']).toBeDefined();
    const page = await submit(form.id, 'email=rate%40example.com&first_name=R', {}, address);
    expect(page.statusCode).toBe(429);
    expect(page.body).toContain('Too many sign-ups');
    expect(await contactOf('rate4@example.com')).toBeUndefined();
  });

  it('takes posts only from its allowed domains (and its own hosted page) when it has any', async () => {
    const form = (await call('POST', '/v1/forms', { ...FORM, allowed_domains: ['shop.example.org'] })).json();
    const body = { email: 'site@example.com', first_name: 'S' };
    const wrong = await submit(form.id, body, { origin: 'https://evil.example' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error).toMatchObject({
      code: 'origin_not_allowed',
      message: expect.stringContaining('https://evil.example'),
    });
    expect((await submit(form.id, body)).statusCode).toBe(403);
    const page = await submit(form.id, 'email=site%40example.com&first_name=S', {
      referer: 'https://evil.example/page',
    });
    expect(page.statusCode).toBe(403);
    expect(page.body).toContain('does not take sign-ups from https://evil.example');
    expect(await contactOf('site@example.com')).toBeUndefined();

    const ok = await submit(form.id, body, { origin: 'https://shop.example.org' });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['access-control-allow-origin']).toBe('https://shop.example.org');
    const invalid = await submit(form.id, { email: 'nope' }, { origin: 'https://shop.example.org' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.headers['access-control-allow-origin']).toBe('https://shop.example.org');
    expect(wrong.headers['access-control-allow-origin']).toBeUndefined();
    const hosted = await submit(form.id, 'email=site2%40example.com&first_name=S', {
      referer: `https://grivo.test/f/${form.id}`,
    });
    expect(hosted.statusCode).toBe(303);
  });

  it('answers an existing or suppressed address exactly like a new one; a suppressed one is not subscribed nor mailed', async () => {
    const form = (await call('POST', '/v1/forms', FORM)).json();
    await call('POST', '/v1/contacts', { email: 'known@example.com', first_name: 'Kim', tags: ['vip'] });
    await call('POST', '/v1/contacts', { email: 'blocked@example.com', status: 'unsubscribed' });
    await call('POST', '/v1/suppressions', { email: 'blocked@example.com', reason: 'complaint' });
    await call('POST', '/v1/suppressions', { email: 'never@example.com', reason: 'manual' });

    const shape = (r: { statusCode: number; headers: Record<string, unknown>; body: string }) => ({
      status: r.statusCode,
      location: r.headers.location,
      type: r.headers['content-type'],
      body: r.body,
    });
    const answers = [];
    for (const email of ['fresh@example.com', 'known@example.com', 'blocked@example.com', 'never@example.com']) {
      answers.push(shape(await submit(form.id, { email, first_name: 'X' })));
      answers.push(shape(await submit(form.id, `email=${encodeURIComponent(email)}&first_name=X`)));
    }
    for (const [i, answer] of answers.entries()) expect(answer).toEqual(answers[i % 2]);

    const known = await contactOf('known@example.com');
    expect(known).toMatchObject({ status: 'subscribed', first_name: 'Kim', tags: ['vip', 'newsletter'] });
    const blocked = await contactOf('blocked@example.com');
    expect(blocked).toMatchObject({ status: 'unsubscribed', tags: [] });
    expect(await listConsentEvents(t.services.database.db, tenant.workspaceId, blocked.id)).toEqual([]);
    expect(await contactOf('never@example.com')).toBeUndefined();
    expect(await contactOf('fresh@example.com', other)).toBeUndefined();
  });
});
