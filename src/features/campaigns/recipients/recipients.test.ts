import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import {
  addContacts,
  campaignAction,
  createCampaign,
  statsOf,
  waitForCampaign,
} from '../../../../test/helpers/campaigns.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { rawHeader, readOutbox } from '../../../../test/helpers/mail.js';
import { insertConversation, setConversationLead } from '../../chatbots/chat/conversations-store.js';
import { insertEmail } from '../../emails/store.js';
import { insertConsent } from '../../consent/store.js';
import { markRecipientBouncedAfterSend } from '../delivery-events-store.js';

// One campaign to five people, each doing something else with it; then the
// recipients report, the stats and one contact's activity timeline must agree.

const BASE = 'https://grivo.example';
const HOUR_AGO = new Date(Date.now() - 3_600_000).toISOString();
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const EMAILS = ['ada@example.com', 'bob@example.com', 'cy@example.com', 'dee@example.com', '=sum@example.com'];

describe.each(DIALECTS)('campaign recipients and contact activity on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let campaignId: string;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_FREE: '100000', GRIVO_PUBLIC_URL: BASE });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant();
    other = await t.tenant();
    const contactIds = await addContacts(
      t,
      tenant,
      EMAILS.map((email) => ({ email })),
    );
    EMAILS.forEach((email, i) => ids.set(email, contactIds[i]!));
    campaignId = (await createCampaign(t, tenant, { name: 'Spring news' })).id;
    await campaignAction(t, tenant, campaignId, 'send');
    await waitForCampaign(t, tenant, campaignId, ['sent']);
    const { db } = t.database;
    await db
      .updateTable('campaign_recipients')
      .set({ sent_at: HOUR_AGO })
      .where('campaign_id', '=', campaignId)
      .execute();
    const get = (url: string, ua = CHROME) => t.app.inject({ method: 'GET', url, headers: { 'user-agent': ua } });
    for (const message of await readOutbox(t.database.dataDir)) {
      const html = message.html as string;
      const paths = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!.slice(BASE.length));
      const to = (message.to as { text: string }).text;
      const open = paths(/<img src="([^"]+\/t\/open\/[^"]+)"/g)[0]!;
      const clicks = paths(/href="([^"]+\/t\/click\/[^"]+)"/g);
      if (to === 'ada@example.com') {
        await get(open);
        await get(open);
        await get(clicks[0]!);
        await get(clicks[1]!);
      }
      if (to === 'bob@example.com') await get(open, 'Mozilla/5.0'); // a machine open: not in the report
      if (to === '=sum@example.com') await get(clicks[0]!); // opened (images off): no open counted
      if (to === 'cy@example.com') {
        for (let i = 0; i < 3; i++) await get(open);
        await get(open, 'Mozilla/5.0'); // a machine open: not in cy's count
        await t.app.inject({
          method: 'POST',
          url: rawHeader(message, 'List-Unsubscribe')!.slice(1 + BASE.length, -1),
          payload: 'List-Unsubscribe=One-Click',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
      }
    }
    await markRecipientBouncedAfterSend(db, { campaignId, contactId: ids.get('dee@example.com')! }, '550 no such user');
    await t.app.inject({
      method: 'POST',
      url: '/v1/suppressions',
      headers: tenant.auth,
      payload: { email: 'dee@example.com', reason: 'hard_bounce' },
    });

    // Ada also chatted, left her address, and got a transactional email.
    const bot = await t.app.inject({
      method: 'POST',
      url: '/v1/chatbots',
      headers: tenant.auth,
      payload: { name: 'Help' },
    });
    const conversation = {
      id: 'conv_activity1',
      workspace_id: tenant.workspaceId,
      chatbot_id: bot.json().id,
      channel: 'widget' as const,
      origin: null,
      contact_id: null,
      lead_name: null,
      lead_email: null,
      lead_at: null,
      page_url: null,
      first_question: 'Do you ship abroad?',
      messages: 2,
      unanswered: 0,
      last_message_at: '2020-01-02T10:00:00.000Z',
      created_at: '2020-01-02T10:00:00.000Z',
    };
    await insertConversation(db, conversation);
    await setConversationLead(db, conversation, {
      contact_id: null,
      lead_name: 'Ada',
      lead_email: 'ADA@example.com',
      lead_at: '2020-01-02T10:01:00.000Z',
    });
    await insertConsent(db, {
      id: 'cns_activity1',
      workspace_id: tenant.workspaceId,
      contact_id: ids.get('ada@example.com')!,
      type: 'given',
      source: 'api',
      form_id: null,
      ip: null,
      at: '2020-01-01T08:00:00.000Z',
    });
    await insertEmail(db, {
      id: 'em_activity1',
      workspace_id: tenant.workspaceId,
      to_email: 'Ada@Example.com',
      from_email: 'shop@acme.test',
      from_name: null,
      reply_to: null,
      subject: 'Your order',
      html: '<p>Thanks</p>',
      text: null,
      tags: '[]',
      template_id: null,
      status: 'sent',
      error: null,
      attempts: 1,
      events: JSON.stringify([
        { type: 'queued', at: '2020-01-03T09:00:00.000Z', detail: null },
        { type: 'sent', at: '2020-01-03T09:00:01.000Z', detail: null },
      ]),
      created_at: '2020-01-03T09:00:00.000Z',
      sent_at: '2020-01-03T09:00:01.000Z',
      updated_at: '2020-01-03T09:00:01.000Z',
    });
  });
  afterAll(() => t.close());

  const api = (url: string, who: Tenant = tenant) => t.app.inject({ method: 'GET', url, headers: who.auth });
  const report = async (event: string) => (await api(`/v1/campaigns/${campaignId}/recipients?event=${event}`)).json();

  it('lists who got each event, and its totals equal the stats', async () => {
    const stats = await statsOf(t, tenant, campaignId);
    const reports = Object.fromEntries(
      await Promise.all(
        ['sent', 'opened', 'clicked', 'bounced', 'unsubscribed', 'failed'].map(async (e) => [e, await report(e)]),
      ),
    );
    expect(reports.sent.total).toBe(stats.sent);
    expect(reports.opened.total).toBe(stats.unique_opens);
    expect(reports.clicked.total).toBe(stats.unique_clicks);
    expect(reports.bounced.total).toBe(stats.bounced);
    expect(reports.unsubscribed.total).toBe(stats.unsubscribes);
    expect(reports.failed.total).toBe(stats.failed);
    expect(stats).toMatchObject({ sent: 4, unique_opens: 3, unique_clicks: 2, bounced: 1, unsubscribes: 1, failed: 0 });
    expect(stats).toMatchObject({ opens: 5, machine_opens: 2, clicks: 3 });
    const counts = (event: string) => Object.fromEntries(reports[event].data.map((r: any) => [r.email, r.count]));
    const sum = (event: string) => reports[event].data.reduce((n: number, r: any) => n + r.count, 0);
    expect(counts('opened')).toEqual({ 'ada@example.com': 2, 'cy@example.com': 3, '=sum@example.com': 0 });
    expect(sum('opened')).toBe(stats.opens);
    expect(counts('clicked')).toEqual({ 'ada@example.com': 2, '=sum@example.com': 1 });
    expect(sum('clicked')).toBe(stats.clicks);
    expect(reports.clicked.data).toContainEqual({
      contact_id: ids.get('ada@example.com'),
      email: 'ada@example.com',
      first_at: expect.any(String),
      count: 2,
    });
    expect(counts('sent')).toEqual(
      Object.fromEntries(EMAILS.filter((e) => e !== 'dee@example.com').map((e) => [e, null])),
    );
    expect(reports.bounced.data[0]).toMatchObject({ email: 'dee@example.com', first_at: expect.any(String) });
    expect(reports.unsubscribed.data[0].email).toBe('cy@example.com');

    const page2 = (await api(`/v1/campaigns/${campaignId}/recipients?event=sent&per_page=3&page=2`)).json();
    expect(page2).toMatchObject({ total: 4, page: 2, per_page: 3, has_more: false });
    expect(page2.data).toHaveLength(1);
  });

  it('exports the report as CSV with formula cells guarded', async () => {
    const res = await api(`/v1/campaigns/${campaignId}/recipients/export?event=sent`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain(`${campaignId}-sent.csv`);
    const rows = Papa.parse<string[]>(res.body.trim()).data;
    expect(rows[0]).toEqual(['contact_id', 'email', 'event', 'first_at', 'count']);
    expect(
      rows
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual(["'=sum@example.com", 'ada@example.com', 'bob@example.com', 'cy@example.com'].sort());
    const clicked = Papa.parse<string[]>(
      (await api(`/v1/campaigns/${campaignId}/recipients/export?event=clicked`)).body.trim(),
    ).data;
    expect(clicked[1]).toEqual([ids.get('ada@example.com'), 'ada@example.com', 'clicked', expect.any(String), '2']);
    const opened = Papa.parse<string[]>(
      (await api(`/v1/campaigns/${campaignId}/recipients/export?event=opened`)).body.trim(),
    ).data;
    expect(Object.fromEntries(opened.slice(1).map((r) => [r[1], r[4]]))).toEqual({
      'ada@example.com': '2',
      'cy@example.com': '3',
      "'=sum@example.com": '0',
    });
  });

  it("refuses a bad event and another workspace's campaign", async () => {
    const bad = await api(`/v1/campaigns/${campaignId}/recipients?event=read`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('event must be one of');
    expect((await api(`/v1/campaigns/${campaignId}/recipients/export?event=nope`)).statusCode).toBe(400);
    expect((await api(`/v1/campaigns/${campaignId}/recipients`, other)).statusCode).toBe(404);
    expect((await api(`/v1/campaigns/${campaignId}/recipients/export`, other)).statusCode).toBe(404);
    expect((await api('/v1/campaigns/cmp_nope/recipients')).statusCode).toBe(404);
  });

  it("gives a contact's activity newest first, from every source", async () => {
    const ada = (await api(`/v1/contacts/${ids.get('ada@example.com')}/activity?per_page=100`)).json();
    const types = ada.data.map((a: any) => a.type);
    expect(types).toEqual(
      expect.arrayContaining(['campaign.sent', 'campaign.opened', 'campaign.clicked', 'email.sent', 'chat.lead']),
    );
    expect(types.slice(-5)).toEqual(['email.sent', 'email.queued', 'chat.lead', 'chat.conversation', 'consent.given']);
    const ats = ada.data.map((a: any) => a.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    expect(ada.data.find((a: any) => a.type === 'campaign.clicked')).toMatchObject({
      campaign_id: campaignId,
      campaign_name: 'Spring news',
      count: 2,
    });
    expect(ada.data.find((a: any) => a.type === 'chat.conversation')).toMatchObject({
      conversation_id: 'conv_activity1',
      detail: 'Do you ship abroad?',
    });
    expect(ada.data.find((a: any) => a.type === 'email.sent')).toMatchObject({
      email_id: 'em_activity1',
      subject: 'Your order',
    });

    const dee = (await api(`/v1/contacts/${ids.get('dee@example.com')}/activity`)).json();
    expect(dee.data.find((a: any) => a.type === 'campaign.bounced')).toMatchObject({ detail: '550 no such user' });
    expect(dee.data.find((a: any) => a.type === 'suppressed')).toMatchObject({ detail: 'hard_bounce' });
    const cy = (await api(`/v1/contacts/${ids.get('cy@example.com')}/activity`)).json();
    expect(cy.data.map((a: any) => a.type)).toContain('campaign.unsubscribed');
  });

  it('pages the activity, and refuses another workspace and bad pages', async () => {
    const url = `/v1/contacts/${ids.get('ada@example.com')}/activity`;
    const all = (await api(`${url}?per_page=100`)).json();
    const first = (await api(`${url}?per_page=3`)).json();
    const second = (await api(`${url}?per_page=3&page=2`)).json();
    expect(first).toMatchObject({ total: all.total, page: 1, has_more: true });
    expect([...first.data, ...second.data]).toEqual(all.data.slice(0, 6));
    expect((await api(url, other)).statusCode).toBe(404);
    expect((await api('/v1/contacts/ct_nope/activity')).statusCode).toBe(404);
    const bad = await api(`${url}?per_page=0`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('per_page');
  });
});
