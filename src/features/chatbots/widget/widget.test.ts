import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import { createChatbot, waitForTraining } from '../../../../test/helpers/chatbots.js';
import { ENGINES_AND_QUEUES } from '../../../../test/helpers/engines.js';
import { BIKE_SHOP } from '../../../../test/fixtures/bike-shop.js';
import { startSite, type TestSite } from '../../../../test/helpers/site.js';

const SHOP = 'https://shop.example.com';
let ipCounter = 0;
const freshIp = () => `10.9.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

describe.each(ENGINES_AND_QUEUES)('the widget API ($name)', ({ dialect, env }) => {
  let t: TestApp;
  let tenant: Tenant;
  let site: TestSite;
  let bot: any;
  beforeAll(async () => {
    site = await startSite(BIKE_SHOP);
    t = await createTestApp(dialect, {
      ...env,
      GRIVO_CRAWL_ALLOW_PRIVATE: 'true',
      GRIVO_WIDGET_RATE_LIMIT: '3',
      GRIVO_PLAN_FREE_CHAT_MESSAGES_PER_DAY: '4',
      GRIVO_PLAN_FREE_CONTACTS: '2',
    });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant('free');
    bot = await waitForTraining(
      t,
      tenant,
      (
        await createChatbot(t, tenant, {
          name: 'Bike help',
          website_url: site.url,
          allowed_domains: ['shop.example.com', '*.bikes.test'],
          lead_capture: { enabled: true, when: 'unanswered' },
        })
      ).id,
    );
  });
  afterAll(async () => {
    await t.close();
    await site.close();
  });

  const call = (
    method: 'GET' | 'POST' | 'OPTIONS',
    url: string,
    origin: string | undefined,
    payload?: object,
    ip = freshIp(),
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url,
      remoteAddress: ip,
      headers: { ...headers, ...(origin ? { origin } : {}) },
      ...(payload ? { payload } : {}),
    });

  it('shows an allowed site the public settings only, with CORS for that origin', async () => {
    const res = await call('GET', `/public/chatbots/${bot.id}`, SHOP);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: bot.id,
      name: 'Bike help',
      starter_questions: [],
      welcome_message: null,
      color: '#2563eb',
      position: 'bottom-right',
      lead_capture: { enabled: true, when: 'unanswered', consent: { enabled: false, text: expect.any(String) } },
    });
    expect(res.headers['access-control-allow-origin']).toBe(SHOP);
    expect(res.headers.vary).toMatch(/Origin/);

    const preflight = await call('OPTIONS', `/public/chatbots/${bot.id}/chat`, 'https://a.bikes.test');
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://a.bikes.test');
    expect(preflight.headers['access-control-allow-methods']).toMatch(/POST/);
  });

  it.each([
    ['another site', 'https://evil.example.net'],
    ['a look-alike host', 'https://shop.example.com.evil.net'],
    ['the bare domain of a wildcard', 'https://bikes.test'],
    ['a file:// page', 'null'],
    ['no Origin header at all', undefined],
  ])('refuses %s with 403, and fails its preflight', async (_, origin) => {
    for (const [method, url, payload] of [
      ['GET', `/public/chatbots/${bot.id}`],
      ['OPTIONS', `/public/chatbots/${bot.id}/chat`],
      ['POST', `/public/chatbots/${bot.id}/chat`, { message: 'When are you open?' }],
      ['POST', `/public/chatbots/${bot.id}/leads`, { email: 'x@example.com' }],
    ] as const) {
      const res = await call(method, url, origin, payload);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('origin_not_allowed');
      expect(res.json()).not.toHaveProperty('id');
    }
  });

  it('serves the widget script to any site, revalidated by its ETag', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/widget.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/javascript/);
    expect(res.body).toMatch(/data-chatbot|dataset/);
    const again = await t.app.inject({
      method: 'GET',
      url: '/widget.js',
      headers: { 'if-none-match': String(res.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('answers 404 for an unknown chatbot', async () => {
    const res = await call('GET', '/public/chatbots/bot_doesnotexist', SHOP);
    expect(res.statusCode).toBe(404);
  });

  it('answers questions as widget conversations, and never continues an API conversation', async () => {
    const res = await call('POST', `/public/chatbots/${bot.id}/chat`, SHOP, {
      message: 'What are your opening hours?',
    });
    expect(res.statusCode).toBe(200);
    const answer = res.json();
    expect(answer).toMatchObject({ answered: true });
    expect(answer.sources[0].url).toBe(`${site.origin}/hours#opening-hours`);
    const conversation = (
      await t.app.inject({
        method: 'GET',
        url: `/v1/chatbots/${bot.id}/conversations/${answer.conversation_id}`,
        headers: tenant.auth,
      })
    ).json();
    expect(conversation).toMatchObject({ channel: 'widget', origin: SHOP, message_count: 2 });

    const api = (
      await t.app.inject({
        method: 'POST',
        url: `/v1/chatbots/${bot.id}/chat`,
        headers: tenant.auth,
        payload: { message: 'Hi' },
      })
    ).json();
    const hijack = await call('POST', `/public/chatbots/${bot.id}/chat`, SHOP, {
      message: 'Hi',
      conversation_id: api.conversation_id,
    });
    expect(hijack.statusCode).toBe(404);
  });

  it('limits requests per IP address, with Retry-After', async () => {
    const ip = freshIp();
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await call('GET', `/public/chatbots/${bot.id}`, SHOP, undefined, ip)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await call('GET', `/public/chatbots/${bot.id}`, SHOP, undefined, ip);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers['access-control-allow-origin']).toBe(SHOP);
    expect(refused.headers['access-control-expose-headers']).toMatch(/Retry-After/);
  });

  it('turns a visitor into a contact, once per email, linked to the conversation', async () => {
    const chat = (
      await call('POST', `/public/chatbots/${bot.id}/chat`, SHOP, { message: 'Do you repair scooters?' })
    ).json();
    const lead = await call(
      'POST',
      `/public/chatbots/${bot.id}/leads`,
      SHOP,
      { name: 'Ada Byron Lovelace', email: 'Ada@Example.com', conversation_id: chat.conversation_id },
      freshIp(),
      { 'x-conversation-token': chat.conversation_token },
    );
    expect(lead.statusCode).toBe(201);
    expect(lead.json().conversation_token).toBe(chat.conversation_token);
    const { contact_id, conversation_id } = lead.json();
    expect(conversation_id).toBe(chat.conversation_id);
    const contact = (
      await t.app.inject({ method: 'GET', url: `/v1/contacts/${contact_id}`, headers: tenant.auth })
    ).json();
    expect(contact).toMatchObject({
      email: 'Ada@Example.com',
      first_name: 'Ada',
      last_name: 'Byron Lovelace',
      source: 'chatbot',
      tags: ['Bike help'],
      // No consent checkbox ticked: known, but not mailed (issue 17; features/consent).
      status: 'non_subscribed',
    });
    expect(contact.attributes.chatbot_conversation).toBe(chat.conversation_id);

    // Before the first question: the lead starts the conversation.
    const again = await call('POST', `/public/chatbots/${bot.id}/leads`, SHOP, { email: 'ada@example.com' });
    expect(again.statusCode).toBe(201);
    expect(again.json().contact_id).toBe(contact_id);
    expect(again.json().conversation_id).not.toBe(chat.conversation_id);
    const contacts = (await t.app.inject({ method: 'GET', url: '/v1/contacts', headers: tenant.auth })).json();
    expect(contacts.total).toBe(1);

    const summary = (
      await t.app.inject({
        method: 'GET',
        url: `/v1/chatbots/${bot.id}/conversations/${chat.conversation_id}`,
        headers: tenant.auth,
      })
    ).json();
    expect(summary).toMatchObject({ contact_id, lead: { name: 'Ada Byron Lovelace', email: 'Ada@Example.com' } });
  });

  it('keeps a lead on the conversation when the plan has no room for another contact', async () => {
    for (const email of ['one@example.com', 'two@example.com']) {
      await t.app.inject({ method: 'POST', url: '/v1/contacts?upsert=true', headers: tenant.auth, payload: { email } });
    }
    const lead = await call('POST', `/public/chatbots/${bot.id}/leads`, SHOP, {
      name: 'Grace',
      email: 'grace@example.com',
    });
    expect(lead.statusCode).toBe(201);
    expect(lead.json().contact_id).toBeNull();
    const conversation = (
      await t.app.inject({
        method: 'GET',
        url: `/v1/chatbots/${bot.id}/conversations/${lead.json().conversation_id}`,
        headers: tenant.auth,
      })
    ).json();
    expect(conversation.lead).toEqual({ name: 'Grace', email: 'grace@example.com' });
  });

  it('lets the page read a refused body, so the widget can show the reason', async () => {
    const res = await call('POST', `/public/chatbots/${bot.id}/leads`, SHOP, { email: 'not-an-email' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['access-control-allow-origin']).toBe(SHOP);
  });

  it.each([
    [{ email: 'not-an-email' }, /not a valid email/],
    [{ name: 'x' }, /email/],
    [{ email: 'a@example.com', admin: true }, /admin/],
  ])('answers 400 to the lead %j', async (payload, message) => {
    const res = await call('POST', `/public/chatbots/${bot.id}/leads`, SHOP, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(message);
  });

  it('refuses leads for a chatbot that does not collect them', async () => {
    const quiet = await createChatbot(t, tenant, { name: 'Quiet', allowed_domains: ['shop.example.com'] });
    const res = await call('POST', `/public/chatbots/${quiet.id}/leads`, SHOP, { email: 'z@example.com' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/does not collect/);
  });

  it('gives a visitor their own conversation back by its token, lets them rate its answers, and no one else', async () => {
    // A Pro chatbot of its own: the suite's free one answers four questions a day.
    const pro = await t.tenant('pro');
    const bot = await waitForTraining(
      t,
      pro,
      (
        await createChatbot(t, pro, {
          name: 'Bike help',
          website_url: site.url,
          allowed_domains: ['shop.example.com'],
          display_name: 'Bike Shop Helper',
          starter_questions: ['When are you open?', 'Do you deliver?'],
        })
      ).id,
    );
    expect(bot).toMatchObject({ name: 'Bike help', display_name: 'Bike Shop Helper' });
    expect((await call('GET', `/public/chatbots/${bot.id}`, SHOP)).json()).toMatchObject({
      name: 'Bike Shop Helper',
      starter_questions: ['When are you open?', 'Do you deliver?'],
    });

    const first = (
      await call('POST', `/public/chatbots/${bot.id}/chat`, SHOP, { message: 'What are your opening hours?' })
    ).json();
    const token = { 'x-conversation-token': first.conversation_token };
    expect(first.conversation_token).toMatch(/^[\w-]{43}$/);
    const other = (await call('POST', `/public/chatbots/${bot.id}/chat`, SHOP, { message: 'Hello?' })).json();
    expect(other.conversation_token).not.toBe(first.conversation_token);

    // Continuing takes the token: without it, or with another conversation's, the conversation does not exist.
    const next = { message: 'And on Saturday?', conversation_id: first.conversation_id };
    expect((await call('POST', `/public/chatbots/${bot.id}/chat`, SHOP, next)).statusCode).toBe(404);
    const stolen = { 'x-conversation-token': other.conversation_token };
    expect((await call('POST', `/public/chatbots/${bot.id}/chat`, SHOP, next, freshIp(), stolen)).statusCode).toBe(404);
    const continued = await call('POST', `/public/chatbots/${bot.id}/chat`, SHOP, next, freshIp(), token);
    expect(continued.statusCode).toBe(200);
    expect(continued.json().conversation_id).toBe(first.conversation_id);

    const path = `/public/chatbots/${bot.id}/conversations/${first.conversation_id}`;
    const read = await call('GET', path, SHOP, undefined, freshIp(), token);
    expect(read.statusCode).toBe(200);
    expect(read.json().messages.map((m: any) => [m.role, m.content.slice(0, 16)])).toEqual([
      ['user', 'What are your op'],
      ['assistant', first.answer.slice(0, 16)],
      ['user', 'And on Saturday?'],
      ['assistant', continued.json().answer.slice(0, 16)],
    ]);
    expect(read.json().messages[1]).toMatchObject({ id: first.message_id, sources: first.sources, feedback: null });
    expect((await call('GET', path, SHOP)).statusCode).toBe(404);
    expect((await call('GET', path, SHOP, undefined, freshIp(), stolen)).statusCode).toBe(404);
    expect((await call('GET', path, 'https://evil.example', undefined, freshIp(), token)).statusCode).toBe(403);

    const rate = (messageId: string, body: object, headers = token) =>
      call('POST', `/public/chatbots/${bot.id}/messages/${messageId}/feedback`, SHOP, body, freshIp(), headers);
    const rated = await rate(first.message_id, {
      rating: 'down',
      comment: 'Wrong day',
      conversation_id: first.conversation_id,
    });
    expect(rated.statusCode).toBe(200);
    expect(rated.json()).toMatchObject({ message_id: first.message_id, rating: 'down', comment: 'Wrong day' });
    // Another visitor's answer, through this visitor's conversation or token: not found.
    expect((await rate(other.message_id, { rating: 'up', conversation_id: first.conversation_id })).statusCode).toBe(
      404,
    );
    expect((await rate(other.message_id, { rating: 'up', conversation_id: other.conversation_id })).statusCode).toBe(
      404,
    );
    const owner = (
      await t.app.inject({
        method: 'GET',
        url: `/v1/chatbots/${bot.id}/conversations/${first.conversation_id}`,
        headers: pro.auth,
      })
    ).json();
    expect(owner).toMatchObject({ thumbs_down: 1, thumbs_up: 0 });
    expect(owner.messages[1].feedback).toMatchObject({ rating: 'down', comment: 'Wrong day' });

    const preflight = await call('OPTIONS', `/public/chatbots/${bot.id}/conversations/x`, SHOP);
    expect(preflight.headers['access-control-allow-headers']).toMatch(/x-conversation-token/);
  });

  it("stops answering a chatbot's widget once its plan's questions for the day are used", async () => {
    const busy = await createChatbot(t, tenant, { name: 'Busy', allowed_domains: ['shop.example.com'] });
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (await call('POST', `/public/chatbots/${busy.id}/chat`, SHOP, { message: `Question ${i}?` })).statusCode,
      );
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });
});
