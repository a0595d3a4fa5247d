import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/helpers/engines.js';
import { type ChatStreamEvent, type Grivo, GrivoError, type Source } from '../src/index.js';
import { type LiveServer, pollUntil, startLiveServer } from './live-server.js';

const RETURNS = `Everything about sending a bike back to us.

## Packing a bike

Turn the handlebars sideways, take the pedals off and wrap the frame in the foam we send you.

## Courier collection

Our courier collects the box from your door on the next working day; print the label we email you.`;

const WARRANTY = `# Warranty

Every frame we sell carries a lifetime warranty against cracks; wheels and gears are covered for two years.`;

// No model is configured: the embedded default answers from the trained text alone.
describe.each(DIALECTS)('chatting through the SDK on %s', (dialect) => {
  let live: LiveServer;
  let grivo: Grivo;
  let botId: string;
  const trained = (source: Source) =>
    pollUntil(
      () => grivo.chatbots.sources.get(botId, source.id),
      (s) => s.status === 'trained' || s.status === 'failed',
    );

  beforeAll(async () => {
    live = await startLiveServer(dialect);
    grivo = live.grivo;
    botId = (await grivo.chatbots.create({ name: 'Bike shop' })).id;
  });
  afterAll(() => live.close());

  it('refuses politely when it has learnt nothing', async () => {
    const empty = await grivo.chatbots.create({ name: 'Blank' });
    const answer = await grivo.chatbots.chat(empty.id, { message: 'How do I pack a bike?' });
    expect(answer).toMatchObject({ answered: false, sources: [] });
    expect(answer.answer.length).toBeGreaterThan(0);
  });

  it('manages text and file sources, and answers from them', async () => {
    const text = await grivo.chatbots.sources.create(botId, { type: 'text', title: 'Returns', text: RETURNS });
    expect(text).toMatchObject({ id: expect.stringMatching(/^src_/), type: 'text', title: 'Returns' });
    expect((await trained(text)).status).toBe('trained');

    const file = await grivo.chatbots.sources.create(botId, {
      type: 'file',
      file: new TextEncoder().encode(WARRANTY),
      filename: 'warranty.md',
      title: 'Warranty terms',
    });
    expect(file).toMatchObject({ type: 'file', title: 'Warranty terms' });
    expect((await trained(file)).status).toBe('trained');

    const listed = await grivo.chatbots.sources.list(botId);
    expect(listed.data.map((s) => s.id).sort()).toEqual([text.id, file.id].sort());

    const answer = await grivo.chatbots.chat(botId, { message: 'How long is the warranty on a frame?' });
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/lifetime/);

    const renamed = await grivo.chatbots.sources.update(botId, file.id, { title: 'Warranty' });
    expect(renamed.title).toBe('Warranty');
    expect((await grivo.chatbots.sources.train(botId, file.id)).id).toBe(file.id);
    await trained(file);
    expect(await grivo.chatbots.sources.delete(botId, file.id)).toEqual({ id: file.id, deleted: true });
    const gone = await grivo.chatbots.sources.get(botId, file.id).catch((error: unknown) => error);
    expect(gone).toBeInstanceOf(GrivoError);
    expect((gone as GrivoError).status).toBe(404);
  });

  it('answers a question whole, keeps the conversation, and takes feedback', async () => {
    const first = await grivo.chatbots.chat(botId, { message: 'How do I pack a bike to send it back?' });
    expect(first).toMatchObject({ answered: true, conversation_id: expect.stringMatching(/^conv_/) });
    expect(first.answer).toMatch(/handlebars/);
    expect(first.sources[0]).toMatchObject({ title: expect.any(String), section: expect.stringMatching(/Packing/) });

    const second = await grivo.chatbots.chat(botId, {
      message: 'Who collects the box?',
      conversation_id: first.conversation_id,
    });
    expect(second.conversation_id).toBe(first.conversation_id);

    const conversation = await grivo.chatbots.conversations.get(botId, first.conversation_id);
    expect(conversation.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    const listed = await grivo.chatbots.conversations.list(botId);
    expect(listed.data.map((c) => c.id)).toContain(first.conversation_id);

    await grivo.chatbots.feedback(botId, first.message_id, { rating: 'up', comment: 'Clear.' });
    const rated = await grivo.chatbots.conversations.list(botId, { feedback: 'up' });
    expect(rated.data.map((c) => c.id)).toEqual([first.conversation_id]);
  });

  it('streams an answer as meta, deltas and done', async () => {
    const events: ChatStreamEvent[] = [];
    for await (const event of grivo.chatbots.chatStream(botId, { message: 'Who collects the box from my door?' }))
      events.push(event);
    const names = events.map((e) => e.event);
    expect(names[0]).toBe('meta');
    expect(names.at(-1)).toBe('done');
    expect(names.slice(1, -1).every((n) => n === 'delta')).toBe(true);
    expect(names.length).toBeGreaterThanOrEqual(3);

    const meta = events[0] as Extract<ChatStreamEvent, { event: 'meta' }>;
    const done = events.at(-1) as Extract<ChatStreamEvent, { event: 'done' }>;
    const text = events.flatMap((e) => (e.event === 'delta' ? [e.data.text] : [])).join('');
    expect(done.data.answer).toBe(text);
    expect(done.data.answer).toMatch(/courier/i);
    expect(meta.data).toMatchObject({ answered: true, message_id: done.data.message_id });
    const stored = await grivo.chatbots.conversations.get(botId, done.data.conversation_id);
    expect(stored.messages.at(-1)?.content).toBe(text);
  });

  it('throws a GrivoError from a stream the server refuses', async () => {
    const stream = grivo.chatbots.chatStream('bot_missing', { message: 'Hello?' });
    const error = await stream.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrivoError);
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('searches, counts and lists what the chatbot knows', async () => {
    const found = await grivo.chatbots.search(botId, { query: 'courier collection', limit: 3 });
    expect(found.data[0]?.section).toMatch(/Courier/);
    const analytics = await grivo.chatbots.analytics(botId);
    expect(analytics).toBeTypeOf('object');
    expect((await grivo.chatbots.pages(botId)).data.length).toBeGreaterThan(0);
    expect(await grivo.chatbots.leads.list(botId)).toMatchObject({ data: [], total: 0, has_more: false });
    const csv = await new Response(await grivo.chatbots.leads.export(botId)).text();
    expect(csv.trim().split('\n')).toHaveLength(1); // the header alone
    expect(await grivo.chatbots.refusedOrigins.list(botId)).toMatchObject({ data: [], total: 0 });
    const unlisted = await grivo.chatbots.refusedOrigins.delete(botId, 'https://shop.example.com').catch((e) => e);
    expect(unlisted).toMatchObject({ status: 404, code: 'not_found' });
  });
});
