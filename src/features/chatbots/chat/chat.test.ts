import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import { ask, createChatbot, parseEvents, waitForTraining } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { startOpenAiServer, type TestOpenAiServer } from '../../../../test/helpers/openai-server.js';
import { startSite, type TestSite } from '../../../../test/helpers/site.js';
import { BIKE_SHOP } from '../../../../test/fixtures/bike-shop.js';

async function trainedApp(dialect: (typeof DIALECTS)[number], site: TestSite, env: Record<string, string> = {}) {
  const t = await createTestApp(dialect, { GRIVO_CRAWL_ALLOW_PRIVATE: 'true', GRIVO_RATE_LIMIT_PRO: '100000', ...env });
  t.services.queue.work(jobHandlers(t.services));
  const tenant = await t.tenant('pro');
  const bot = await waitForTraining(
    t,
    tenant,
    (await createChatbot(t, tenant, { website_url: site.url, instructions: 'Answer like a friendly shop assistant.' }))
      .id,
  );
  return { t, tenant, bot };
}

describe.each(DIALECTS)('chatting with a trained chatbot on %s', (dialect) => {
  let site: TestSite;
  let t: TestApp;
  let tenant: Tenant;
  let bot: any;
  beforeAll(async () => {
    site = await startSite(BIKE_SHOP);
    ({ t, tenant, bot } = await trainedApp(dialect, site));
  });
  afterAll(async () => {
    await t.close();
    await site.close();
  });

  it('keeps a conversation with its messages and sources', async () => {
    const first = await ask(t, tenant, bot.id, 'When are you open?');
    const second = await ask(t, tenant, bot.id, 'Where is the shop?', { conversation_id: first.conversation_id });
    const third = await ask(t, tenant, bot.id, 'Do you sell cars?', { conversation_id: first.conversation_id });
    expect(second.conversation_id).toBe(first.conversation_id);
    expect(second.sources[0].url).toBe(`${site.origin}/hours#location`);
    expect(third.answered).toBe(false);

    const list = (
      await t.app.inject({ method: 'GET', url: `/v1/chatbots/${bot.id}/conversations`, headers: tenant.auth })
    ).json();
    const summary = list.data.find((c: any) => c.id === first.conversation_id);
    expect(summary).toMatchObject({
      chatbot_id: bot.id,
      channel: 'api',
      message_count: 6,
      unanswered_count: 1,
      contact_id: null,
      lead: null,
    });

    const res = await t.app.inject({
      method: 'GET',
      url: `/v1/chatbots/${bot.id}/conversations/${first.conversation_id}`,
      headers: tenant.auth,
    });
    const conversation = res.json();
    expect(conversation.messages.map((m: any) => [m.role, m.answered])).toEqual([
      ['user', null],
      ['assistant', true],
      ['user', null],
      ['assistant', true],
      ['user', null],
      ['assistant', false],
    ]);
    expect(conversation.messages[0].content).toBe('When are you open?');
    expect(conversation.messages[1]).toMatchObject({
      id: first.message_id,
      content: first.answer,
      sources: first.sources,
    });
  });

  it('answers 404 for a conversation that is not this chatbot’s', async () => {
    const other = await waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url: site.url })).id);
    const theirs = await ask(t, tenant, other.id, 'When are you open?');
    const res = await t.app.inject({
      method: 'POST',
      url: `/v1/chatbots/${bot.id}/chat`,
      headers: tenant.auth,
      payload: { message: 'Hi', conversation_id: theirs.conversation_id },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    const get = await t.app.inject({
      method: 'GET',
      url: `/v1/chatbots/${bot.id}/conversations/${theirs.conversation_id}`,
      headers: tenant.auth,
    });
    expect(get.statusCode).toBe(404);
  });

  it('streams the answer as Server-Sent Events and stores it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/v1/chatbots/${bot.id}/chat`,
      headers: tenant.auth,
      payload: { message: 'How long does delivery take?', stream: true },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    // Documented as such on both chat routes (the contract test found only JSON documented).
    const doc = (await t.app.inject({ method: 'GET', url: '/v1/openapi.json' })).json();
    for (const path of ['/v1/chatbots/{id}/chat', '/public/chatbots/{id}/chat'])
      expect(Object.keys(doc.paths[path].post.responses['200'].content)).toEqual([
        'application/json',
        'text/event-stream',
      ]);
    const events = parseEvents(res.body);
    expect(events.map((e) => e.event)).toEqual(['meta', 'delta', 'done']);
    const done = events[2]!.data;
    expect(done.answer).toBe(
      events
        .filter((e) => e.event === 'delta')
        .map((e) => e.data.text)
        .join(''),
    );
    expect(done.answer).toMatch(/3 to 5 days/);
    expect(events[0]!.data).toMatchObject({
      conversation_id: done.conversation_id,
      message_id: done.message_id,
      answered: true,
      sources: done.sources,
    });
    const stored = (
      await t.app.inject({
        method: 'GET',
        url: `/v1/chatbots/${bot.id}/conversations/${done.conversation_id}`,
        headers: tenant.auth,
      })
    ).json();
    expect(stored.messages[1].content).toBe(done.answer);
  });

  it.each([
    [{}, /message/],
    [{ message: '   ' }, /must not be empty/],
    [{ message: 'x'.repeat(4001) }, /at most 4000/],
    [{ message: 'hi', stream: 'yes' }, /stream/],
  ])('answers 400 to %j', async (payload, message) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/v1/chatbots/${bot.id}/chat`,
      headers: tenant.auth,
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(message);
  });

  it('says politely that it does not know, before it is trained', async () => {
    const fresh = (
      await t.app.inject({ method: 'POST', url: '/v1/chatbots', headers: tenant.auth, payload: { name: 'Empty' } })
    ).json();
    expect(fresh.status).toBe('untrained');
    const answer = await ask(t, tenant, fresh.id, 'When are you open?');
    expect(answer).toMatchObject({ answered: false, sources: [] });
  });
});

describe.each(DIALECTS)('answers generated by an OpenAI-compatible model, with embeddings, on %s', (dialect) => {
  let site: TestSite;
  let llm: TestOpenAiServer;
  let t: TestApp;
  let tenant: Tenant;
  let bot: any;
  beforeAll(async () => {
    site = await startSite(BIKE_SHOP);
    llm = await startOpenAiServer({ apiKey: 'sk-test' });
    ({ t, tenant, bot } = await trainedApp(dialect, site, {
      GRIVO_LLM_BASE_URL: llm.url,
      GRIVO_LLM_API_KEY: 'sk-test',
      GRIVO_LLM_MODEL: 'test-chat',
      GRIVO_EMBEDDING_MODEL: 'test-embed',
    }));
  });
  afterAll(async () => {
    await t.close();
    await site.close();
    await llm.close();
  });

  it('embeds every chunk when training', async () => {
    const chunks = await t.services.database.db
      .selectFrom('chatbot_chunks')
      .select(['embedding'])
      .where('chatbot_id', '=', bot.id)
      .execute();
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.every((c) => c.embedding !== null && c.embedding.byteLength === 64 * 4)).toBe(true);
  });

  it('generates the answer from the retrieved passages, the instructions and the conversation so far', async () => {
    llm.requests.length = 0;
    const first = await ask(t, tenant, bot.id, 'When are you open on Saturday?');
    expect(first.answered).toBe(true);
    expect(first.answer).toMatch(/^Based on \[1\]/);
    expect(first.sources[0].url).toBe(`${site.origin}/hours#opening-hours`);
    const second = await ask(t, tenant, bot.id, 'And is shipping free?', { conversation_id: first.conversation_id });
    const chats = llm.requests.filter((r) => r.path === '/v1/chat/completions');
    expect(chats).toHaveLength(2);
    expect(
      llm.requests.some((r) => r.path === '/v1/embeddings' && JSON.stringify(r.body.input).includes('Saturday')),
    ).toBe(true);
    const messages = chats[1]!.body.messages as { role: string; content: string }[];
    expect(messages[0]!.content).toMatch(/friendly shop assistant/);
    expect(messages.some((m) => m.role === 'assistant' && m.content === first.answer)).toBe(true);
    expect(messages.at(-1)!.content).toMatch(/£50/);
    expect(chats[1]!.headers.authorization).toBe('Bearer sk-test');
    expect(second.sources.some((s: any) => s.url === `${site.origin}/shipping#shipping-costs`)).toBe(true);
  });

  it("gives an owner's Q&A answer word for word without asking the model", async () => {
    // A chatbot of its own, so the pair stays out of the other questions' index.
    const own = await createChatbot(t, tenant, { name: 'Vouchers' });
    const answer = 'Yes: gift vouchers from £10, in the shop or by phone.';
    const url = `/v1/chatbots/${own.id}/sources`;
    const added = await t.app.inject({
      method: 'POST',
      url,
      headers: tenant.auth,
      payload: { type: 'qna', question: 'Do you sell gift vouchers?', answer },
    });
    expect(added.statusCode).toBe(201);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const source = await t.app.inject({ method: 'GET', url: `${url}/${added.json().id}`, headers: tenant.auth });
      if (source.json().status === 'trained') break;
      if (Date.now() > deadline) throw new Error(`the Q&A source did not train: ${source.body}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    llm.requests.length = 0;
    const reply = await ask(t, tenant, own.id, 'do you sell gift vouchers?');
    expect(reply).toMatchObject({ answered: true, answer });
    expect(reply.sources).toHaveLength(1);
    expect(reply.sources[0].url).toMatch(/\/sources\/src_/);
    expect(llm.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(0);
  });

  it('streams the model’s answer piece by piece', async () => {
    llm.options.chunkChars = 4;
    try {
      const res = await t.app.inject({
        method: 'POST',
        url: `/v1/chatbots/${bot.id}/chat`,
        headers: tenant.auth,
        payload: { message: 'Where is the shop?', stream: true },
      });
      const events = parseEvents(res.body);
      const deltas = events.filter((e) => e.event === 'delta');
      expect(deltas.length).toBeGreaterThan(3);
      expect(events.at(-1)!.data.answer).toBe(deltas.map((e) => e.data.text).join(''));
      expect(events.at(-1)!.data.answer).toMatch(/^Based on \[1\]/);
    } finally {
      llm.options.chunkChars = undefined;
    }
  });

  it('quotes the pages instead when the model fails, and never calls it for an off-topic question', async () => {
    llm.options.fail = { status: 500, message: 'model overloaded' };
    try {
      const answer = await ask(t, tenant, bot.id, 'When are you open on Saturday?');
      expect(answer.answered).toBe(true);
      expect(answer.answer).toMatch(/Saturday from 10:00 to 14:00/);
      expect(answer.answer).not.toMatch(/overloaded/);
    } finally {
      llm.options.fail = undefined;
    }
    llm.requests.length = 0;
    const offTopic = await ask(t, tenant, bot.id, 'Who won the football world cup?');
    expect(offTopic.answered).toBe(false);
    expect(llm.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(0);
  });
});
