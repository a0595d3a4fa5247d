import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import { ask, createChatbot } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';

const SHOP = 'https://shop.example.com';
const today = () => new Date().toISOString().slice(0, 10);

describe.each(DIALECTS)('analytics, leads and conversation filters on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let botId: string;
  const get = (url: string, who = tenant) => t.app.inject({ method: 'GET', url, headers: who.auth });
  const widget = (url: string, payload: object, token?: string) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { origin: SHOP, ...(token ? { 'x-conversation-token': token } : {}) },
      payload,
      remoteAddress: '10.9.8.7',
    });

  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_PRO: '100000', GRIVO_WIDGET_RATE_LIMIT: '1000' });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant('pro');
    botId = (
      await createChatbot(t, tenant, {
        name: 'Roastery',
        allowed_domains: ['shop.example.com'],
        lead_capture: { enabled: true, when: 'unanswered' },
      })
    ).id;
    const pair = await t.app.inject({
      method: 'POST',
      url: `/v1/chatbots/${botId}/sources`,
      headers: tenant.auth,
      payload: { type: 'qna', question: 'When are you open?', answer: 'Monday to Friday, 8:00 to 16:00.' },
    });
    const deadline = Date.now() + 30_000;
    while ((await get(`/v1/chatbots/${botId}/sources/${pair.json().id}`)).json().status !== 'trained') {
      if (Date.now() > deadline) throw new Error('the Q&A source did not train');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('counts conversations, questions, answers, ratings and leads per day, and the questions asked most', async () => {
    const open = await ask(t, tenant, botId, 'When are you open?');
    expect(open.answered).toBe(true);
    await ask(t, tenant, botId, 'when are you open');
    const cards = await ask(t, tenant, botId, 'Do you have gift cards?');
    expect(cards.answered).toBe(false);
    await ask(t, tenant, botId, 'Gift cards?', { conversation_id: cards.conversation_id });

    const visit = await widget(`/public/chatbots/${botId}/chat`, {
      message: 'Any gift cards?',
      page_url: `${SHOP}/contact`,
    });
    expect(visit.statusCode, visit.body).toBe(200);
    const conversationId = visit.json().conversation_id;
    for (const email of ['ada@example.com', 'ada.l@example.com']) {
      const lead = await widget(
        `/public/chatbots/${botId}/leads`,
        { email, name: '=HYPERLINK("https://evil.example")', conversation_id: conversationId },
        visit.json().conversation_token,
      );
      expect(lead.statusCode, lead.body).toBe(201);
    }

    // Rated up, then changed to down: one rating, down.
    for (const rating of ['up', 'down'])
      await t.app.inject({
        method: 'POST',
        url: `/v1/chatbots/${botId}/messages/${open.message_id}/feedback`,
        headers: tenant.auth,
        payload: { rating },
      });

    const res = await get(`/v1/chatbots/${botId}/analytics`);
    expect(res.statusCode).toBe(200);
    const analytics = res.json();
    expect(analytics.days).toHaveLength(30);
    expect(analytics.to).toBe(today());
    const totals = {
      conversations: 4,
      messages: 10,
      questions: 5,
      answered: 2,
      answered_rate: 0.4,
      thumbs_up: 0,
      thumbs_down: 1,
      leads: 1,
    };
    expect(analytics.totals).toEqual(totals);
    expect(analytics.days.at(-1)).toEqual({ date: today(), ...totals });
    expect(analytics.days[0]).toMatchObject({ conversations: 0, messages: 0, questions: 0, answered_rate: null });
    expect(analytics.top_questions).toEqual([
      { question: 'Any gift cards?', asked: 3, unanswered: 3, conversation_id: conversationId },
      { question: 'when are you open', asked: 2, unanswered: 0, conversation_id: expect.stringMatching(/^conv_/) },
    ]);
    expect(analytics.top_unanswered).toEqual([analytics.top_questions[0]]);

    const past = (await get(`/v1/chatbots/${botId}/analytics?from=2025-01-01&to=2025-01-31`)).json();
    expect(past.days).toHaveLength(31);
    expect(past.totals).toMatchObject({ conversations: 0, questions: 0, leads: 0 });
    expect(past.top_questions).toEqual([]);

    for (const [query, param] of [
      ['from=2026-03-02&to=2026-03-01', 'from'],
      ['from=2026-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['from=2020-01-01&to=2026-01-01', 'from'],
      ['days=7', 'days'],
    ]) {
      const bad = await get(`/v1/chatbots/${botId}/analytics?${query}`);
      expect(bad.statusCode, query).toBe(400);
      expect(bad.json().error.param, query).toBe(param);
    }

    const list = (query: string) => get(`/v1/chatbots/${botId}/conversations?${query}`).then((r) => r.json());
    expect((await list('')).total).toBe(4);
    expect((await list('unanswered=true')).total).toBe(2);
    expect((await list('unanswered=false')).total).toBe(2);
    expect((await list('feedback=down')).data.map((c: any) => c.id)).toEqual([open.conversation_id]);
    expect((await list('feedback=up')).total).toBe(0);
    const withLead = await list('lead=true');
    expect(withLead.data).toHaveLength(1);
    expect(withLead.data[0]).toMatchObject({
      id: conversationId,
      page_url: `${SHOP}/contact`,
      first_question: 'Any gift cards?',
      origin: SHOP,
      thumbs_up: 0,
      thumbs_down: 0,
      lead: { email: 'ada.l@example.com' },
    });
    expect((await list('feedback=down')).data[0]).toMatchObject({
      first_question: 'When are you open?',
      thumbs_down: 1,
    });
    for (const bad of ['lead=maybe', 'feedback=meh', 'unanswered=1'])
      expect((await get(`/v1/chatbots/${botId}/conversations?${bad}`)).statusCode, bad).toBe(400);

    const leads = (await get(`/v1/chatbots/${botId}/leads`)).json();
    expect(leads).toMatchObject({ total: 1, page: 1 });
    expect(leads.data[0]).toEqual({
      conversation_id: conversationId,
      name: '=HYPERLINK("https://evil.example")',
      email: 'ada.l@example.com',
      contact_id: expect.stringMatching(/^ct_/),
      page_url: `${SHOP}/contact`,
      origin: SHOP,
      first_question: 'Any gift cards?',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });
    const csv = await get(`/v1/chatbots/${botId}/leads/export`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="leads-bot_/);
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe('email,name,created_at,page_url,first_question,conversation_id,contact_id');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`ada.l@example.com,"'=HYPERLINK(""https://evil.example"")"`);
    expect(lines[1]).toContain(`${SHOP}/contact,Any gift cards?,${conversationId}`);
  });

  it("answers 404 for another workspace's chatbot", async () => {
    const other = await t.tenant('pro');
    for (const path of ['analytics', 'leads', 'leads/export'])
      expect((await get(`/v1/chatbots/${botId}/${path}`, other)).statusCode, path).toBe(404);
  });
});
