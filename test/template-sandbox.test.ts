import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../src/worker.js';
import { createTestApp, type TestApp, type Tenant } from './helpers/app.js';
import { addContacts, CAMPAIGN, campaignAction, createCampaign, waitForCampaign } from './helpers/campaigns.js';
import { DIALECTS } from './helpers/engines.js';

// Issue 12's templates: every render runs in the sandbox threads, so a
// template that loops, grows or floods is refused with the limit it broke
// (and a send pauses with it) while other workspaces' requests go on.

const LOOP = '{% for i in (1..1500000) %}{% endfor %}';

describe.each(DIALECTS)('the template sandbox on %s', (dialect) => {
  let t: TestApp;
  let attacker: Tenant;
  let bystander: Tenant;
  beforeAll(async () => {
    t = await createTestApp(dialect, {
      GRIVO_RATE_LIMIT_FREE: '100000',
      GRIVO_TEMPLATE_TIMEOUT_MS: '300',
      GRIVO_TEMPLATE_HEAP_MB: '48',
      GRIVO_TEMPLATE_MAX_OUTPUT_BYTES: '100000',
    });
    t.services.queue.work(jobHandlers(t.services));
    attacker = await t.tenant();
    bystander = await t.tenant();
  });
  afterAll(() => t.close());

  const preview = (body: object) =>
    t.app.inject({ method: 'POST', url: '/v1/campaigns/preview', headers: attacker.auth, payload: body });

  it('refuses a template that runs past its time, while another workspace is answered meanwhile', async () => {
    const events: string[] = [];
    const slow = Promise.all([1, 2].map(() => preview({ subject: LOOP, html: `<p>${LOOP}</p>`, text: LOOP }))).then(
      (answers) => {
        events.push('previews answered');
        return answers;
      },
    );
    const list = await t.app.inject({ method: 'GET', url: '/v1/chatbots', headers: bystander.auth });
    events.push('other workspace answered');
    expect(list.statusCode).toBe(200);
    for (const res of await slow) {
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'template_limit_exceeded', status: 400, param: 'subject' });
      expect(res.json().error.message).toMatch(
        /took longer than the 300 ms one render may take \(GRIVO_TEMPLATE_TIMEOUT_MS\)/,
      );
    }
    expect(events).toEqual(['other workspace answered', 'previews answered']);
  });

  it('refuses a template whose output is too large (time allowed to run long), and goes on rendering', async () => {
    // Its own server: at 300 ms a render of 200 KB can run out of time on a busy machine first.
    const roomy = await createTestApp(dialect, {
      GRIVO_TEMPLATE_TIMEOUT_MS: '60000',
      GRIVO_TEMPLATE_MAX_OUTPUT_BYTES: '100000',
    });
    try {
      const tenant = await roomy.tenant();
      const send = (body: object) =>
        roomy.app.inject({ method: 'POST', url: '/v1/campaigns/preview', headers: tenant.auth, payload: body });
      const long = await send({ subject: 'Hi', html: '<p>{% for i in (1..20000) %}0123456789{% endfor %}</p>' });
      expect(long.statusCode, long.body).toBe(400);
      expect(long.json().error).toMatchObject({ code: 'template_limit_exceeded', param: 'html' });
      expect(long.json().error.message).toMatch(
        /more than the 100,000 bytes one part may be \(GRIVO_TEMPLATE_MAX_OUTPUT_BYTES\)/,
      );
      const fine = await send({ subject: 'Hi {{ first_name }}', html: '<p>Hello</p>' });
      expect(fine.statusCode, fine.body).toBe(200);
      expect(fine.json().subject).toBe('Hi Sam');
    } finally {
      await roomy.close();
    }
  });

  it('refuses a template that outgrows the heap (time allowed to run long), and recovers', async () => {
    const roomy = await createTestApp(dialect, { GRIVO_TEMPLATE_TIMEOUT_MS: '60000', GRIVO_TEMPLATE_HEAP_MB: '48' });
    try {
      const tenant = await roomy.tenant();
      const send = (html: string) =>
        roomy.app.inject({
          method: 'POST',
          url: '/v1/campaigns/preview',
          headers: tenant.auth,
          payload: { subject: 'Hi', html },
        });
      const huge = await send('<table>{% tablerow i in (1..19000000) %}{{ i }}{% endtablerow %}</table>');
      expect(huge.statusCode, huge.body).toBe(400);
      expect(huge.json().error).toMatchObject({ code: 'template_limit_exceeded', param: 'html' });
      expect(huge.json().error.message).toMatch(
        /needed more memory than one render may use \(48 MiB, GRIVO_TEMPLATE_HEAP_MB\)/,
      );
      expect((await send('<p>Hello</p>')).statusCode).toBe(200);
    } finally {
      await roomy.close();
    }
  });

  it('refuses to save such a template, and a test send of a campaign whose contact data makes it loop', async () => {
    const create = await t.app.inject({
      method: 'POST',
      url: '/v1/campaigns',
      headers: attacker.auth,
      payload: { ...CAMPAIGN, html: `<p>${LOOP}</p>` },
    });
    expect(create.statusCode, create.body).toBe(400);
    expect(create.json().error.code).toBe('template_limit_exceeded');

    const tenant = await t.tenant();
    await addContacts(t, tenant, [{ email: 'loop@example.com', attributes: { n: 1500000 } }]);
    const campaign = await createCampaign(t, tenant, { html: '<p>{% for i in (1..attributes.n) %}{% endfor %}Hi</p>' });
    const test = await campaignAction(t, tenant, campaign.id, 'test', { emails: ['loop@example.com'] });
    expect(test.statusCode, test.body).toBe(400);
    expect(test.json().error).toMatchObject({ code: 'template_limit_exceeded', param: 'html' });
  });

  it('pauses a send whose template breaks a limit for a recipient, naming the limit and the contact', async () => {
    const tenant = await t.tenant();
    const contacts = Array.from({ length: 20 }, (_, i) => ({
      email: `r${i}@example.com`,
      attributes: { n: i === 7 ? 1500000 : 1 },
    }));
    const ids = await addContacts(t, tenant, contacts);
    const campaign = await createCampaign(t, tenant, {
      html: '<p>{% for i in (1..attributes.n) %}{% endfor %}Hi {{ email }}</p>',
    });
    expect((await campaignAction(t, tenant, campaign.id, 'send', {})).statusCode).toBe(202);
    const paused = await waitForCampaign(t, tenant, campaign.id, ['paused', 'sent', 'failed']);
    expect(paused.status).toBe('paused');
    expect(paused.error).toMatch(
      new RegExp(
        `^Paused while rendering for contact ${ids[7]}: The html template took longer than the 300 ms one render may take`,
      ),
    );
    // Another workspace was served throughout.
    expect((await t.app.inject({ method: 'GET', url: '/v1/contacts', headers: bystander.auth })).statusCode).toBe(200);
  });
});
