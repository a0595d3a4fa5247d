import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addContacts, CAMPAIGN } from '../../../test/helpers/campaigns.js';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import { DIALECTS } from '../../../test/helpers/engines.js';
import { STARTERS } from './starters/starters.js';

describe.each(DIALECTS)('template starters on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_FREE: '100000', GRIVO_PUBLIC_URL: 'https://grivo.example' });
    tenant = await t.tenant();
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: tenant.auth, ...(payload === undefined ? {} : { payload }) });

  it('lists the starters as a page', async () => {
    const all = (await call('GET', '/v1/templates/starters')).json();
    expect(all).toMatchObject({ total: STARTERS.length, page: 1, has_more: false });
    expect(all.data.map((s: { id: string }) => s.id)).toEqual([
      'newsletter',
      'announcement',
      'plain-letter',
      'welcome',
    ]);
    expect(Object.keys(all.data[0]).sort()).toEqual(['description', 'html', 'id', 'name', 'subject', 'text']);
    const second = (await call('GET', '/v1/templates/starters?per_page=1&page=2')).json();
    expect(second).toMatchObject({ total: STARTERS.length, page: 2, has_more: true });
    expect(second.data.map((s: { id: string }) => s.id)).toEqual(['announcement']);
    expect((await call('GET', '/v1/templates/starters?per_page=0')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/v1/templates/starters' })).statusCode).toBe(401);
  });

  it('renders every starter, made into a template and a campaign, for contacts with and without a first name', async () => {
    const [named, nameless] = await addContacts(t, tenant, [
      { email: 'ada@example.com', first_name: 'Ada' },
      { email: 'anon@example.com' },
    ]);
    for (const starter of STARTERS) {
      const created = await call('POST', '/v1/templates', { starter: starter.id });
      expect(created.statusCode, created.body).toBe(201);
      const template = created.json();
      expect(template).toMatchObject({ name: starter.name, subject: starter.subject, html: starter.html });
      expect(template.text).toBe(starter.text);

      // The campaign checks (sender, Liquid, unsubscribe link) accept it as it is.
      const { from_name, from_email } = CAMPAIGN;
      const campaign = await call('POST', '/v1/campaigns', {
        name: starter.name,
        from_name,
        from_email,
        template_id: template.id,
      });
      expect(campaign.statusCode, campaign.body).toBe(201);

      for (const [contact, name] of [
        [named, 'Ada'],
        [nameless, undefined],
      ] as const) {
        const res = await call('POST', '/v1/campaigns/preview', {
          subject: template.subject,
          html: template.html,
          text: template.text,
          contact_id: contact,
        });
        expect(res.statusCode, `${starter.id}: ${res.body}`).toBe(200);
        const body = res.json();
        for (const part of [body.subject, body.html, body.text]) expect(part).not.toMatch(/\{\{|\{%|undefined|null/);
        if (name) expect(body.html).toContain(name);
        else expect(body.html).not.toMatch(/Hi ,|Welcome, !/);
        // The design's own unsubscribe link: Grivo adds no second one.
        expect(body.html.match(/>Unsubscribe</g), starter.id).toHaveLength(1);
        expect(body.html).toMatch(/href="https:\/\/grivo\.example\/unsubscribe\//);
        expect(body.text).toMatch(/Unsubscribe: https:\/\/grivo\.example\/unsubscribe\//);
        expect(body.html).toContain('<html lang="en">');
      }
    }
  });

  it('lets the fields given replace the starter’s, and refuses an unknown starter', async () => {
    const mine = await call('POST', '/v1/templates', {
      starter: 'announcement',
      name: 'Launch',
      subject: 'We launched',
    });
    expect(mine.json()).toMatchObject({ name: 'Launch', subject: 'We launched', html: STARTERS[1]!.html });
    const ownBody = await call('POST', '/v1/templates', { starter: 'welcome', markdown: '# Hi' });
    expect(ownBody.json()).toMatchObject({ name: 'Welcome', html: '<h1>Hi</h1>\n', text: null });

    const unknown = await call('POST', '/v1/templates', { starter: 'nope' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'invalid_request', param: 'starter' });
    expect(unknown.json().error.message).toMatch(/No starter design is called 'nope'/);
    const noName = await call('POST', '/v1/templates', { subject: 'S', html: '<p>x</p>' });
    expect(noName.json().error).toMatchObject({ code: 'invalid_request', param: 'name' });
    const noSubject = await call('POST', '/v1/templates', { name: 'N', html: '<p>x</p>' });
    expect(noSubject.json().error).toMatchObject({ code: 'invalid_request', param: 'subject' });
  });
});
