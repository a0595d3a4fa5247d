import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import { addContacts, createCampaign } from '../../../test/helpers/campaigns.js';
import { createChatbot } from '../../../test/helpers/chatbots.js';
import { browse, newBrowser, signUpBrowser, type Browser } from '../../../test/helpers/dashboard-client.js';
import { DIALECTS } from '../../../test/helpers/engines.js';
import { createApiKey } from '../api-keys/service.js';
import { updateCampaignIf } from '../campaigns/store.js';
import { countDaily } from '../chatbots/analytics/stats-store.js';

const DAY_MS = 86_400_000;
const dayAgo = (n: number) => new Date(Date.now() - n * DAY_MS).toISOString().slice(0, 10);

describe.each(DIALECTS)('GET /dashboard/overview (%s)', (dialect) => {
  let t: TestApp;
  let browser: Browser;
  let mine: Tenant;
  let other: Tenant;
  let sentId: string;

  /** A workspace's data: contacts (one added 40 days ago), a chatbot's counts today and 10 days ago, a sent campaign. */
  async function seed(tenant: Tenant, scale: number): Promise<string> {
    const ids = await addContacts(
      t,
      tenant,
      Array.from({ length: 3 * scale }, (_, i) => ({ email: `p${i}.${scale}@example.com` })),
    );
    await t.services.database.db
      .updateTable('contacts')
      .set({ created_at: new Date(Date.now() - 40 * DAY_MS).toISOString() })
      .where('id', '=', ids[0]!)
      .execute();
    const bot = await createChatbot(t, tenant, { website_url: 'https://example.com' });
    const target = { workspaceId: tenant.workspaceId, chatbotId: bot.id };
    const { db } = t.services.database;
    await countDaily(db, target, dayAgo(0), {
      conversations: 2 * scale,
      questions: 4 * scale,
      answered: 3 * scale,
      leads: scale,
    });
    await countDaily(db, target, dayAgo(10), { conversations: 5 * scale, questions: 4 * scale, answered: 1 * scale });
    const campaign = await createCampaign(t, tenant, { name: `Sent ${scale}` });
    await createCampaign(t, tenant, { name: 'Still a draft' });
    const started = new Date(Date.now() - 3600_000).toISOString();
    await updateCampaignIf(
      db,
      { id: campaign.id, from: ['draft'] },
      { status: 'sent', started_at: started, finished_at: started, sent: 4, unique_opens: 2, unique_clicks: 1 },
    );
    return campaign.id;
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const signed = await signUpBrowser(t);
    browser = signed.browser;
    const workspaceId = signed.session.workspace.id as string;
    const { key, secret } = await createApiKey(t.services.database.db, { workspaceId });
    mine = { workspaceId, keyId: key.id, key: secret, auth: { authorization: `Bearer ${secret}` } } as Tenant;
    other = await t.tenant('pro');
    // Another workspace with twice as much of everything: none of it may show.
    await seed(other, 2);
    sentId = await seed(mine, 1);
  });
  afterAll(() => t.close());

  const overview = (query = '', as: Browser | undefined = browser) =>
    browse(t, as, 'GET', `/dashboard/overview${query}`);

  it("adds up the workspace's chatbots, contacts and last campaigns over 30 days by default", async () => {
    const res = await overview();
    expect(res.statusCode).toBe(200);
    const o = res.json();
    expect(o).toMatchObject({
      days: 30,
      from: dayAgo(29),
      to: dayAgo(0),
      chatbots: { total: 1, conversations: 7, questions: 8, answered: 4, answered_rate: 0.5, leads: 1 },
      contacts: { total: 3, new: 2 },
    });
    expect(o.daily).toHaveLength(30);
    expect(o.daily.at(-1)).toEqual({ date: dayAgo(0), conversations: 2, leads: 1, new_contacts: 2 });
    expect(o.daily.find((d: { date: string }) => d.date === dayAgo(10))).toMatchObject({ conversations: 5 });
    expect(o.campaigns).toEqual([
      expect.objectContaining({
        id: sentId,
        name: 'Sent 1',
        status: 'sent',
        sent: 4,
        open_rate: 0.5,
        click_rate: 0.25,
      }),
    ]);
  });

  it('lists campaigns with their open and click rates, null for one not sent', async () => {
    const list = (await t.app.inject({ method: 'GET', url: '/v1/campaigns', headers: mine.auth })).json();
    expect(list.data).toEqual([
      expect.objectContaining({ name: 'Still a draft', sent: 0, open_rate: null, click_rate: null }),
      expect.objectContaining({ id: sentId, sent: 4, open_rate: 0.5, click_rate: 0.25 }),
    ]);
  });

  it('covers 7 or 90 days when asked', async () => {
    const week = (await overview('?days=7')).json();
    expect(week).toMatchObject({ days: 7, from: dayAgo(6), chatbots: { conversations: 2, questions: 4, answered: 3 } });
    expect(week.daily).toHaveLength(7);
    const quarter = (await overview('?days=90')).json();
    expect(quarter).toMatchObject({ days: 90, contacts: { total: 3, new: 3 } });
    expect(quarter.daily).toHaveLength(90);
  });

  it('refuses any other period, an unknown parameter, and a caller without a session', async () => {
    for (const days of ['14', '0', 'abc', '30.5', '']) {
      const res = await overview(`?days=${days}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'invalid_request', status: 400 });
      expect(res.json().error.message).toMatch(/7, 30 or 90/);
    }
    expect((await overview('?days=30&since=2026-01-01')).json().error).toMatchObject({ code: 'unknown_parameter' });
    expect((await overview('', newBrowser())).json().error).toMatchObject({ code: 'not_signed_in', status: 401 });
    // An API key is no session: the overview is the dashboard's.
    const keyed = await t.app.inject({ method: 'GET', url: '/dashboard/overview', headers: mine.auth });
    expect(keyed.json().error).toMatchObject({ code: 'not_signed_in' });
  });

  it('shows a new workspace nothing but zeros, every day of the period still listed', async () => {
    const fresh = await signUpBrowser(t);
    const o = (await overview('?days=7', fresh.browser)).json();
    expect(o).toMatchObject({
      chatbots: { total: 0, conversations: 0, questions: 0, answered_rate: null, leads: 0 },
      contacts: { total: 0, new: 0 },
      campaigns: [],
    });
    expect(
      o.daily.every((d: { conversations: number; new_contacts: number }) => !d.conversations && !d.new_contacts),
    ).toBe(true);
  });
});
