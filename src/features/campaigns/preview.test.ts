import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import {
  addContacts,
  CAMPAIGN,
  campaignAction,
  createCampaign,
  waitForCampaign,
} from '../../../test/helpers/campaigns.js';
import { DIALECTS } from '../../../test/helpers/engines.js';

describe.each(DIALECTS)('campaign preview and audience count on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_FREE: '100000', GRIVO_PUBLIC_URL: 'https://grivo.example' });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant();
  });
  afterAll(() => t.close());

  const post = (url: string, payload?: object, who = tenant) =>
    t.app.inject({ method: 'POST', url, headers: who.auth, ...(payload === undefined ? {} : { payload }) });
  const preview = (body: object, who = tenant) => post('/v1/campaigns/preview', body, who);
  const { subject, html } = CAMPAIGN;

  it('renders for a sample contact, with the footer and pixel but links left as they are', async () => {
    const res = await preview({ subject, html: '<p>Hi {{ first_name }}</p><a href="https://acme.test/a">A</a>' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['html', 'subject', 'text']);
    expect(body.subject).toBe('Hi Sam');
    expect(body.html).toContain('<p>Hi Sam</p><a href="https://acme.test/a">A</a>');
    expect(body.html).toMatch(
      /<a href="https:\/\/grivo\.example\/unsubscribe\/preview\.test\.[\w-]+"[^>]*>Unsubscribe<\/a>/,
    );
    expect(body.html).toMatch(/<img src="https:\/\/grivo\.example\/t\/open\/preview\.test\.[\w-]+"/);
    expect(body.text).toContain('Hi Sam');
    expect(body.text).toMatch(/Unsubscribe: https:\/\/grivo\.example\/unsubscribe\/preview\.test\./);

    // Its links are signed as a test message's: they work and change nothing.
    const unsubscribe = /href="https:\/\/grivo\.example(\/unsubscribe\/[^"]+)"/.exec(body.html)![1]!;
    const page = await t.app.inject({ method: 'POST', url: unsubscribe });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('test message');
  });

  it('renders for a chosen contact, escaping their data in the HTML only, and keeps a given text part', async () => {
    const [id] = await addContacts(t, tenant, [
      { email: 'eve@example.com', first_name: '<b>Eve</b>', attributes: { city: 'Paris' } },
    ]);
    const res = await preview({
      subject,
      html,
      text: 'Plain {{ first_name }} in {{ attributes.city }}',
      contact_id: id,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.subject).toBe('Hi <b>Eve</b>');
    expect(body.html).toContain('Hello &lt;b&gt;Eve&lt;/b&gt; from Paris');
    expect(body.html).toContain('href="https://acme.test/b?x=1&amp;y=2"');
    // The template links to unsubscribe_url itself: no second footer.
    expect(body.html.match(/Unsubscribe/g)).toHaveLength(1);
    expect(body.text).toMatch(/^Plain <b>Eve<\/b> in Paris\n\nUnsubscribe: https:\/\/grivo\.example\/unsubscribe\//);
  });

  it('answers 400 invalid_template like create does, and 404 for a contact of another workspace', async () => {
    const bad = await preview({ subject, html: '<p>Hi</p>\n<p>{{ first_name | uppercse }}</p>' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'invalid_template', param: 'html', status: 400 });
    expect(bad.json().error.message).toMatch(/line 2.*uppercse/);
    expect((await preview({ subject: 'Hi {{ first_name', html })).json().error).toMatchObject({
      code: 'invalid_template',
      param: 'subject',
    });
    expect((await preview({ subject, html: '' })).statusCode).toBe(400);

    const stranger = await t.tenant();
    const [theirs] = await addContacts(t, stranger, [{ email: 'theirs@example.com', first_name: 'Secret' }]);
    const res = await preview({ subject, html, contact_id: theirs });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'not_found', param: 'contact_id' });
    expect(res.body).not.toContain('Secret');
    expect((await preview({ subject, html, contact_id: 'ct_nope' })).statusCode).toBe(404);
  });

  it('renders attributes as top-level variables, never over a built-in, as the chosen contact', async () => {
    const [id] = await addContacts(t, tenant, [
      {
        email: 'zoe@example.com',
        first_name: 'Zoe',
        attributes: { company: 'Northwind', email: 'fake@example.com', first_name: 'Mallory', 'fav drink': 'tea' },
      },
    ]);
    const template = {
      subject: '{{ first_name }} at {{ company }}',
      html: '<p>{{ company }}|{{ attributes.company }}|{{ email }}|{{ attributes["fav drink"] }}|{{ constructor }}|{{ __proto__ }}</p>',
      text: '{{ company | default: "your company" }} {{ first_name }} {{ email }}',
    };
    const res = await preview({ ...template, contact_id: id });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.subject).toBe('Zoe at Northwind');
    expect(body.html).toContain('<p>Northwind|Northwind|zoe@example.com|tea||</p>');
    expect(body.text).toMatch(/^Northwind Zoe zoe@example\.com\n/);

    // The sample contact has no attributes: the default shows.
    const sample = (await preview(template)).json();
    expect(sample.subject).toBe('Sam at ');
    expect(sample.text).toMatch(/^your company Sam sample@example\.com\n/);
  });

  it('counts the subscribed contacts a send would go to, as the send then does', async () => {
    const who = await t.tenant();
    await addContacts(t, who, [
      { email: 'a@example.com', tags: ['x', 'y'] },
      { email: 'b@example.com', tags: ['x'] },
      { email: 'c@example.com', tags: ['y'] },
      { email: 'd@example.com' },
      { email: 'e@example.com', tags: ['x', 'y'], status: 'unsubscribed' },
      { email: 'f@example.com', tags: ['x'], status: 'bounced' },
    ]);
    await addContacts(t, await t.tenant(), [{ email: 'other@example.com', tags: ['x'] }]);
    const count = async (body?: object) => {
      const res = await post('/v1/campaigns/audience', body, who);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    expect(await count({ tags: ['x'] })).toEqual({ recipients: 2 });
    expect(await count({ tags: ['x', 'y'], match: 'any' })).toEqual({ recipients: 3 });
    expect(await count({ tags: ['x', 'y'], match: 'all' })).toEqual({ recipients: 1 });
    expect(await count({ tags: ['nobody'] })).toEqual({ recipients: 0 });
    expect(await count({})).toEqual({ recipients: 4 });
    expect(await count()).toEqual({ recipients: 4 });

    for (const audience of [
      { tags: ['x', 'y'], match: 'any' },
      { tags: ['x', 'y'], match: 'all' },
    ]) {
      const campaign = await createCampaign(t, who, { audience });
      await campaignAction(t, who, campaign.id, 'send');
      const sent = await waitForCampaign(t, who, campaign.id, ['sent']);
      expect(sent.recipients).toBe((await count(audience)).recipients);
      expect(sent.sent).toBe(sent.recipients);
    }
  });

  it('refuses a malformed audience', async () => {
    const bad = await post('/v1/campaigns/audience', { tags: ['x'], match: 'some' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error)).toContain('match');
    expect((await post('/v1/campaigns/audience', { tags: 'x' })).statusCode).toBe(400);
  });
});
