import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import { ask, createChatbot, pagesOf, train, waitForTraining } from '../../../../test/helpers/chatbots.js';
import { ENGINES_AND_QUEUES } from '../../../../test/helpers/engines.js';
import { BIKE_SHOP } from '../../../../test/fixtures/bike-shop.js';
import { startSite, type TestSite } from '../../../../test/helpers/site.js';

const RETURNS_GUIDE = `Everything about sending a bike back to us.

## Packing a bike

Turn the handlebars sideways, take the pedals off and wrap the frame in the foam we send you.

## Courier collection

Our courier collects the box from your door on the next working day; print the label we email you.`;

describe.each(ENGINES_AND_QUEUES)('chatbot sources ($name)', ({ dialect, env }) => {
  let t: TestApp;
  let tenant: Tenant;
  let site: TestSite;
  let botId: string;
  const req = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, who = tenant) =>
    t.app.inject({ method, url, headers: who.auth, ...(payload === undefined ? {} : { payload: payload as object }) });
  const sources = () => `/v1/chatbots/${botId}/sources`;

  /** Polls a source until its training is over. */
  async function settled(id: string): Promise<any> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const source = (await req('GET', `${sources()}/${id}`)).json();
      if (source.status === 'trained' || source.status === 'failed') return source;
      if (Date.now() > deadline) throw new Error(`source did not train: ${JSON.stringify(source)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  async function add(body: Record<string, unknown>): Promise<any> {
    const res = await req('POST', sources(), body);
    expect(res.statusCode, res.body).toBe(201);
    return settled(res.json().id);
  }

  beforeAll(async () => {
    site = await startSite(BIKE_SHOP);
    t = await createTestApp(dialect, {
      ...env,
      GRIVO_CRAWL_ALLOW_PRIVATE: 'true',
      GRIVO_RATE_LIMIT_PRO: '100000',
      GRIVO_RATE_LIMIT_FREE: '100000',
      GRIVO_PLAN_FREE_PAGES: '3',
      GRIVO_PLAN_FREE_SOURCE_CHARACTERS: '1000',
      GRIVO_PUBLIC_URL: 'https://grivo.example',
    });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant('pro');
    botId = (await waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url: site.url })).id)).id;
  });
  afterAll(async () => {
    await t.close();
    await site.close();
  });

  it('answers from a text source, cites its section on a public page, and keeps it through a crawl', async () => {
    const before = await ask(t, tenant, botId, 'How do I pack a bike to send it back?');
    expect(before.sources.map((s: any) => s.url)).not.toContainEqual(expect.stringContaining('grivo.example'));

    const created = await req('POST', sources(), { type: 'text', title: 'Sending a bike back', text: RETURNS_GUIDE });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      id: expect.stringMatching(/^src_/),
      type: 'text',
      title: 'Sending a bike back',
      text: RETURNS_GUIDE,
      question: null,
      status: 'pending',
      characters: RETURNS_GUIDE.length,
      url: `https://grivo.example/sources/${created.json().id}`,
    });
    const source = await settled(created.json().id);
    expect(source).toMatchObject({ status: 'trained', error: null, pages: 1, chunks: expect.any(Number) });
    expect(source.last_trained_at).not.toBeNull();

    const packing = await ask(t, tenant, botId, 'How do I pack a bike to send it back?');
    expect(packing.answered).toBe(true);
    expect(packing.answer).toMatch(/take the pedals off/);
    expect(packing.sources[0]).toMatchObject({ url: `${source.url}#packing-a-bike`, title: 'Sending a bike back' });

    const page = await t.app.inject({ method: 'GET', url: `/sources/${source.id}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('<h2 id="packing-a-bike">Packing a bike</h2>');
    expect(page.body).toContain('Turn the handlebars sideways');
    expect((await t.app.inject({ method: 'GET', url: '/sources/src_nope' })).statusCode).toBe(404);

    const bot = await train(t, tenant, botId);
    expect(bot.pages_trained).toBe((await pagesOf(t, tenant, botId, '&status=indexed')).length);
    expect((await pagesOf(t, tenant, botId, '&status=indexed')).map((p) => p.url)).toContain(source.url);
    expect((await ask(t, tenant, botId, 'How do I pack a bike to send it back?')).sources[0].url).toBe(
      `${source.url}#packing-a-bike`,
    );
    const listed = (await req('GET', `${sources()}?per_page=100`)).json();
    expect(listed).toMatchObject({ total: expect.any(Number), page: 1 });
    expect(listed.data.map((s: any) => s.id)).toContain(source.id);
  });

  it('gives a Q&A answer word for word to the question and its wordings, and only to them', async () => {
    const question = 'Do you sell gift vouchers?';
    const refused = await ask(t, tenant, botId, question);
    expect(refused.answered).toBe(false);

    const answer = 'Yes — gift vouchers from £10 to £200, sold in the shop and by phone.';
    const pair = await add({ type: 'qna', question, answer, alternatives: ['Can I buy a voucher as a present?'] });
    expect(pair).toMatchObject({ type: 'qna', title: question, question, answer, text: null, status: 'trained' });

    for (const asked of ['do you sell gift vouchers', 'Gift vouchers?', 'Can I buy a voucher as a present?']) {
      const reply = await ask(t, tenant, botId, asked);
      expect(reply, asked).toMatchObject({ answered: true, answer });
      expect(reply.sources).toEqual([{ url: pair.url, title: question, section: null, snippet: answer }]);
    }
    const other = await ask(t, tenant, botId, 'Can I pay for a bike by phone?');
    expect(other.answer).not.toBe(answer);

    // Changed: the new answer replaces the old at once it is trained.
    const changed = await req('PATCH', `${sources()}/${pair.id}`, { answer: 'No, we sell no vouchers any more.' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ status: 'pending', answer: 'No, we sell no vouchers any more.' });
    await settled(pair.id);
    expect((await ask(t, tenant, botId, question)).answer).toBe('No, we sell no vouchers any more.');

    // Deleted: gone from answers and from the index at once.
    expect((await req('DELETE', `${sources()}/${pair.id}`)).json()).toEqual({ id: pair.id, deleted: true });
    expect((await req('GET', `${sources()}/${pair.id}`)).statusCode).toBe(404);
    expect((await ask(t, tenant, botId, question)).answered).toBe(false);
    expect((await pagesOf(t, tenant, botId)).map((p) => p.url)).not.toContain(pair.url);
  });

  it('turns an unanswered question into a Q&A answer, and takes thumbs on answers', async () => {
    const missed = await ask(t, tenant, botId, 'Is there a student discount?');
    expect(missed.answered).toBe(false);

    const rated = await req('POST', `/v1/chatbots/${botId}/messages/${missed.message_id}/feedback`, {
      rating: 'down',
      comment: '  It should know this.  ',
    });
    expect(rated.statusCode).toBe(200);
    expect(rated.json()).toMatchObject({
      message_id: missed.message_id,
      rating: 'down',
      comment: 'It should know this.',
    });

    const pair = await add({ type: 'qna', from_message_id: missed.message_id, answer: '10% off with a student card.' });
    expect(pair).toMatchObject({ question: 'Is there a student discount?', from_message_id: missed.message_id });
    const again = await ask(t, tenant, botId, 'Is there a student discount?');
    expect(again).toMatchObject({ answered: true, answer: '10% off with a student card.' });

    await req('POST', `/v1/chatbots/${botId}/messages/${again.message_id}/feedback`, { rating: 'up' });
    const conversation = (await req('GET', `/v1/chatbots/${botId}/conversations/${again.conversation_id}`)).json();
    expect(conversation.messages.map((m: any) => m.feedback?.rating ?? null)).toEqual([null, 'up']);
    const first = (await req('GET', `/v1/chatbots/${botId}/conversations/${missed.conversation_id}`)).json();
    expect(first.messages[1].feedback).toMatchObject({ rating: 'down', comment: 'It should know this.' });

    const question = first.messages[0].id;
    const onQuestion = await req('POST', `/v1/chatbots/${botId}/messages/${question}/feedback`, { rating: 'up' });
    expect(onQuestion.statusCode).toBe(400);
    expect(onQuestion.json().error.param).toBe('message_id');
    // A question's own id works as from_message_id too.
    const fromQuestion = await req('POST', sources(), { type: 'qna', from_message_id: question, answer: 'Yes.' });
    expect(fromQuestion.json()).toMatchObject({ question: 'Is there a student discount?' });
    await req('DELETE', `${sources()}/${fromQuestion.json().id}`);
    for (const bad of [{ rating: 'meh' }, { rating: 'up', comment: 'x'.repeat(2001) }, {}]) {
      const res = await req('POST', `/v1/chatbots/${botId}/messages/${missed.message_id}/feedback`, bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
    }
  });

  it("keeps other workspaces' chatbots, sources and messages out of reach", async () => {
    const other = await t.tenant('pro');
    const otherBot = await createChatbot(t, other, { name: 'Other' });
    const missed = await ask(t, tenant, botId, 'Do you repair scooters?');
    const text = await add({ type: 'text', title: 'Ours', text: 'Our own words.' });

    expect((await req('GET', `${sources()}/${text.id}`, undefined, other)).statusCode).toBe(404);
    expect((await req('GET', `/v1/chatbots/${otherBot.id}/sources/${text.id}`, undefined, other)).statusCode).toBe(404);
    expect(
      (await req('PATCH', `/v1/chatbots/${otherBot.id}/sources/${text.id}`, { text: 'x' }, other)).statusCode,
    ).toBe(404);
    expect((await req('DELETE', `/v1/chatbots/${otherBot.id}/sources/${text.id}`, undefined, other)).statusCode).toBe(
      404,
    );
    const stolen = await req(
      'POST',
      `/v1/chatbots/${otherBot.id}/sources`,
      { type: 'qna', from_message_id: missed.message_id, answer: 'x' },
      other,
    );
    expect(stolen.statusCode).toBe(404);
    expect(stolen.json().error.param).toBe('from_message_id');
    const rated = await req(
      'POST',
      `/v1/chatbots/${otherBot.id}/messages/${missed.message_id}/feedback`,
      { rating: 'down' },
      other,
    );
    expect(rated.statusCode).toBe(404);
    expect((await settled(text.id)).status).toBe('trained');
    const conversation = (await req('GET', `/v1/chatbots/${botId}/conversations/${missed.conversation_id}`)).json();
    expect(conversation.messages[1].feedback).toBeNull();
  });

  it('refuses bad sources with a clear error, and reports one with nothing to learn as failed', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [
        { type: 'webpage', url: 'https://example.com/' },
        /type must be 'text', 'qna', 'file', 'website', 'sitemap' or 'urls'/,
      ],
      [{ type: 'website', url: 'ftp://example.com/' }, /url must be an http/],
      [{ type: 'urls', urls: [] }, /urls must list at least one page/],
      [{ type: 'text', title: 'Empty', text: '   ' }, /text must not be empty/],
      [{ type: 'text', title: 'Huge', text: 'x'.repeat(200_001) }, /at most 200000 characters/],
      [{ type: 'text', text: 'No title' }, /title/],
      [{ type: 'qna', answer: 'An answer to nothing.' }, /question is required unless from_message_id/],
      [{ type: 'qna', question: 'Why?', answer: 'Because.', alternatives: Array(21).fill('Why not?') }, /at most 20/],
      [{ type: 'qna', question: 'Why?', answer: 'Because.', extra: 1 }, /extra/],
    ];
    for (const [body, message] of cases) {
      const res = await req('POST', sources(), body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.json().error.message).toMatch(message);
    }
    const missing = await req('POST', sources(), { type: 'qna', from_message_id: 'msg_nope', answer: 'x' });
    expect(missing.statusCode).toBe(404);
    expect(
      (await req('POST', '/v1/chatbots/bot_nope/sources', { type: 'text', title: 'x', text: 'y' })).statusCode,
    ).toBe(404);

    const text = await add({ type: 'text', title: 'Notes', text: 'Some notes.' });
    const wrongField = await req('PATCH', `${sources()}/${text.id}`, { answer: 'x' });
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().error).toMatchObject({ param: 'answer', message: expect.stringMatching(/title, text/) });

    const blank = await add({ type: 'text', title: 'Blank', text: '<script>alert(1)</script>' });
    expect(blank).toMatchObject({ status: 'failed', error: 'The source holds no text to answer from.', pages: 0 });
    const again = await req('POST', `${sources()}/${blank.id}/train`);
    expect(again.statusCode).toBe(202);
    expect(again.json()).toMatchObject({ status: 'pending', error: null });
    expect(await settled(blank.id)).toMatchObject({
      status: 'failed',
      error: 'The source holds no text to answer from.',
    });
    expect((await req('POST', `${sources()}/src_nope/train`)).statusCode).toBe(404);
    expect((await ask(t, tenant, botId, 'What are your opening hours?')).answered).toBe(true);
  });

  it("holds a plan's limits on sources and their characters", async () => {
    const free = await t.tenant('free');
    const bot = await createChatbot(t, free, { name: 'Small' });
    const post = (body: Record<string, unknown>) => req('POST', `/v1/chatbots/${bot.id}/sources`, body, free);
    const tooLong = await post({ type: 'text', title: 'Long', text: 'x'.repeat(1001) });
    expect(tooLong.statusCode).toBe(403);
    expect(tooLong.json().error).toMatchObject({
      code: 'plan_limit_exceeded',
      message: expect.stringMatching(/1,000 characters/),
    });
    for (let i = 0; i < 3; i++)
      expect((await post({ type: 'qna', question: `Question ${i}?`, answer: 'Yes.' })).statusCode).toBe(201);
    const fourth = await post({ type: 'qna', question: 'One more?', answer: 'No.' });
    expect(fourth.statusCode).toBe(403);
    expect(fourth.json().error.message).toMatch(/3 sources per chatbot/);

    // A chatbot with no website answers from its sources alone; trainings finishing together count each other.
    const created = (await req('GET', `/v1/chatbots/${bot.id}/sources`, undefined, free)).json().data;
    for (const source of created) {
      const deadline = Date.now() + 30_000;
      while (
        (await req('GET', `/v1/chatbots/${bot.id}/sources/${source.id}`, undefined, free)).json().status !== 'trained'
      )
        if (Date.now() > deadline) throw new Error('a source did not train');
    }
    const first = created.at(-1);
    const reply = await req('POST', `/v1/chatbots/${bot.id}/chat`, { message: first.question }, free);
    expect(reply.json()).toMatchObject({ answered: true, answer: 'Yes.' });
    expect((await req('GET', `/v1/chatbots/${bot.id}`, undefined, free)).json()).toMatchObject({
      status: 'active',
      pages_trained: 3,
    });
  });

  it("shows the chatbot's website, sitemap and URLs as sources, and changes its crawl through them", async () => {
    const listed = async () => (await req('GET', `${sources()}?per_page=100`)).json().data as any[];
    const crawlPages = async () =>
      (await pagesOf(t, tenant, botId, '&status=indexed')).filter((p) => !p.url.startsWith('https://grivo.example'));
    const website = (await listed()).find((s) => s.type === 'website');
    expect(website).toMatchObject({
      id: expect.stringMatching(/^src_/),
      title: site.url,
      url: site.url,
      crawl: expect.any(Object),
      urls: null,
      status: 'trained',
      pages: (await crawlPages()).length,
    });
    expect((await listed()).filter((s) => s.type === 'website')).toHaveLength(1);

    const twice = await req('POST', sources(), { type: 'website', url: `${site.origin}/other` });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error).toMatchObject({
      param: 'type',
      message: expect.stringMatching(/already crawls the website/),
    });

    const urls = await req('POST', sources(), { type: 'urls', urls: [`${site.origin}/hours`] });
    expect(urls.statusCode).toBe(201);
    expect(urls.json()).toMatchObject({ type: 'urls', urls: [`${site.origin}/hours`], status: 'training' });
    await waitForTraining(t, tenant, botId);
    expect((await req('GET', `/v1/chatbots/${botId}`)).json().urls).toEqual([`${site.origin}/hours`]);

    // Narrowing the crawl through the website source: the page left out leaves the index.
    const narrowed = await req('PATCH', `${sources()}/${website.id}`, { crawl: { exclude: ['/returns'] } });
    expect(narrowed.statusCode).toBe(200);
    expect(narrowed.json().crawl.exclude).toEqual(['/returns']);
    await waitForTraining(t, tenant, botId);
    expect((await crawlPages()).map((p) => p.url)).not.toContain(`${site.origin}/returns`);
    expect((await req('PATCH', `${sources()}/${website.id}`, { text: 'x' })).json().error.message).toMatch(
      /website source has no text; it takes url, crawl/,
    );

    // A change to the chatbot's settings shows in its sources at once.
    await req('PATCH', `/v1/chatbots/${botId}`, { urls: [] });
    expect((await listed()).some((s) => s.type === 'urls')).toBe(false);
    expect((await req('GET', `${sources()}/${urls.json().id}`)).statusCode).toBe(404);

    // The last crawl setting deleted: the crawl's pages leave the index, the chatbot's own sources stay.
    expect((await req('DELETE', `${sources()}/${website.id}`)).statusCode).toBe(200);
    const bot = (await req('GET', `/v1/chatbots/${botId}`)).json();
    expect(bot).toMatchObject({ website_url: null, status: 'active' });
    expect(await crawlPages()).toEqual([]);
    expect(bot.pages_trained).toBe((await pagesOf(t, tenant, botId, '&status=indexed')).length);
    expect(bot.pages_trained).toBeGreaterThan(0);
    expect((await listed()).some((s) => s.type === 'website')).toBe(false);
    expect(
      (await ask(t, tenant, botId, 'What are your opening hours?')).sources.map((s: any) => s.url),
    ).not.toContainEqual(expect.stringContaining(site.origin));
  });
});
