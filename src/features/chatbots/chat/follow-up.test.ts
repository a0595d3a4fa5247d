import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, createChatbot, trainedChatbot, trainingApp, waitForTraining } from '../../../../test/helpers/chatbots.js';
import { startOpenAiServer, type TestOpenAiServer } from '../../../../test/helpers/openai-server.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { BIKE_CATALOGUE } from '../../../../test/fixtures/bike-catalogue.js';

describe.each(DIALECTS)('a question read with the visitor’s previous one, on %s', (dialect) => {
  let trained: Awaited<ReturnType<typeof trainedChatbot>>;
  beforeAll(async () => {
    trained = await trainedChatbot(dialect, BIKE_CATALOGUE);
  });
  afterAll(() => trained.close());

  /** The second question's answer alone and after the first in one conversation: whether answered, the first source's page, the quote. */
  const twice = async (first: string, second: string) => {
    const { t, tenant, botId, site } = trained;
    const seen = (a: any) => ({
      answered: a.answered as boolean,
      first: a.sources[0]?.url.replace(site.origin, '').replace(/#.*/, '') as string | undefined,
      answer: a.answer as string,
    });
    const before = await ask(t, tenant, botId, first);
    const alone = seen(await ask(t, tenant, botId, second));
    const after = seen(await ask(t, tenant, botId, second, { conversation_id: before.conversation_id }));
    return { alone, after };
  };

  it('answers about what the conversation is about', async () => {
    // Alone, the first bike whose page says "fork" or "sizes"; after the Trek, the Trek's.
    const fork = await twice('Tell me about the Trek FX 2', 'What fork does it have?');
    expect(fork.alone.first).toBe('/kona');
    expect(fork.after).toMatchObject({ answered: true, first: '/trek', answer: 'It has a carbon fork. [1]' });
    const sizes = await twice('Tell me about the Trek FX 2', 'what sizes does it come in?');
    expect(sizes.alone.first).toBe('/kona');
    expect(sizes.after).toMatchObject({ answered: true, first: '/trek', answer: 'Available in sizes XS to XL. [1]' });
    // Nothing of its own but a price asked for: refused alone, the price of the bike asked about before.
    const price = await twice('Tell me about the Cube Kathmandu', 'How much is it?');
    expect(price.alone.answered).toBe(false);
    expect(price.after).toMatchObject({
      answered: true,
      first: '/cube',
      answer: '£3,299, including a free first service. [1]',
    });
  });

  it('keeps a new topic the question’s own, and refuses what the pages found do not say', async () => {
    // The Brompton's page mentions "a free first service"; a full service is the repairs page's.
    const service = await twice('Tell me about the Brompton C Line', 'How much is a full service?');
    expect(service.after).toEqual(service.alone);
    expect(service.after).toMatchObject({ answered: true, first: '/repairs' });
    const other = await twice('Tell me about the Brompton C Line', 'Tell me about the Trek FX 2');
    expect(other.after).toEqual(other.alone);
    expect(other.after.first).toBe('/trek');
    for (const question of ['Is it waterproof?', 'How much is the helmet?', 'Why?', 'Who won the World Cup?']) {
      const { alone, after } = await twice('Tell me about the Brompton C Line', question);
      expect(alone.answered, question).toBe(false);
      expect(after.answered, question).toBe(false);
    }
  });
});

describe.each(DIALECTS)('a follow-up question to a model, on %s', (dialect) => {
  let app: Awaited<ReturnType<typeof trainingApp>>;
  let llm: TestOpenAiServer;
  let botId: string;
  beforeAll(async () => {
    llm = await startOpenAiServer({});
    app = await trainingApp(dialect, BIKE_CATALOGUE, {
      GRIVO_LLM_BASE_URL: llm.url,
      GRIVO_LLM_API_KEY: 'sk-test',
      GRIVO_LLM_MODEL: 'test-chat',
    });
    const created = await createChatbot(app.t, app.tenant, { website_url: app.site.url });
    botId = (await waitForTraining(app.t, app.tenant, created.id)).id;
  });
  afterAll(async () => {
    await app.close();
    await llm.close();
  });

  it('gives the model the passages of what the conversation is about, the conversation beside them', async () => {
    const { t, tenant, site } = app;
    const first = await ask(t, tenant, botId, 'Tell me about the Trek FX 2');
    llm.requests.length = 0;
    const second = await ask(t, tenant, botId, 'What fork does it have?', { conversation_id: first.conversation_id });
    expect(second.answered).toBe(true);
    expect(second.sources[0].url.replace(/#.*/, '')).toBe(`${site.origin}/trek`);
    const [request] = llm.requests.filter((r) => r.path === '/v1/chat/completions');
    const messages = request!.body.messages as { role: string; content: string }[];
    const prompt = messages.at(-1)!.content;
    expect(prompt).toMatch(/^\[1\] Trek FX 2/m);
    expect(prompt).toContain('It has a carbon fork.');
    expect(prompt).toMatch(/Question: What fork does it have\?$/);
    expect(messages.some((m) => m.role === 'user' && m.content === 'Tell me about the Trek FX 2')).toBe(true);
  });
});
