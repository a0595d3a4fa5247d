import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ask,
  createChatbot,
  train,
  trainedChatbot,
  trainingApp,
  waitForTraining,
} from '../../../../test/helpers/chatbots.js';
import { embedText, startOpenAiServer } from '../../../../test/helpers/openai-server.js';
import { searchVectors } from '../search/vectors.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { GARDEN_SITE, POND_PAGE } from '../../../../test/fixtures/page-builder-site.js';
import { repeatedBlocks } from './repeated-blocks.js';

// A page builder's site, its chrome (cookie notice, tagline, newsletter box,
// footer) on every page and no content wrapper to tell it apart: the chrome
// kept once, on the home page, through the chat and search routes.
const CHROME = /cookies|newsletter|Mill Lane|0117 496 0321|Monday to Friday|designed, built and cared for/;

describe.each(DIALECTS)('a site’s repeated blocks, kept once, on %s', (dialect) => {
  let bot: Awaited<ReturnType<typeof trainedChatbot>>;
  beforeAll(async () => {
    bot = await trainedChatbot(dialect, GARDEN_SITE);
  });
  afterAll(() => bot.close());

  const chat = async (question: string) => {
    const answer = await ask(bot.t, bot.tenant, bot.botId, question);
    const pages = answer.sources.map((s: { url: string }) => s.url.replace(bot.site.origin, '').replace(/#.*/, ''));
    return { answered: answer.answered as boolean, answer: answer.answer as string, pages: pages as string[] };
  };
  const searchPages = async (query: string) => {
    const res = await bot.t.app.inject({
      method: 'POST',
      url: `/v1/chatbots/${bot.botId}/search`,
      headers: bot.tenant.auth,
      payload: { query, limit: 10 },
    });
    expect(res.statusCode).toBe(200);
    const pages = res.json().data.map((s: { url: string }) => s.url.replace(bot.site.origin, '').replace(/#.*/, ''));
    return [...new Set(pages)];
  };
  const expectChromeOnceOnHome = async () => {
    const phone = await chat('What is your phone number?');
    expect(phone).toMatchObject({ answered: true, pages: ['/'] });
    expect(phone.answer).toMatch(/^Phone 0117 496 0321/);
    const where = await chat('Where are you?');
    expect(where).toMatchObject({ answered: true, pages: ['/'] });
    expect(where.answer).toMatch(/^Unit 4, Mill Lane Yard, Bristol BS3 4NH/);
    expect(await searchPages('cookies')).toEqual(['/']);
  };

  it('ranks a service’s page by its own words, and quotes none of the chrome', async () => {
    for (const [question, page] of [
      ['Do you build patios?', '/patios'],
      ['How much does lawn care cost?', '/lawn-care'],
      ['Do you clear overgrown gardens?', '/clearance'],
    ]) {
      const answer = await chat(question!);
      expect(answer.pages[0], question).toBe(page);
      expect(answer.answer, question).not.toMatch(CHROME);
    }
  });

  it('answers what only the footer says, from the home page alone', async () => {
    await expectChromeOnceOnHome();
    const open = await chat('When are you open?');
    expect(open).toMatchObject({ answered: true, pages: ['/'] });
    expect(open.answer).toMatch(/^Monday to Friday 8:00–17:30/);
  });

  it('leaves a paragraph two pages share on both', async () => {
    expect((await searchPages('free fixed quote, written price in three working days')).sort()).toEqual(
      expect.arrayContaining(['/garden-design', '/patios']),
    );
    expect(await searchPages('newsletter')).toEqual(['/']);
  });

  it('reads the block keys of pages indexed before it kept them from their chunks as extracted', async () => {
    // As the migration leaves a trained chatbot's pages: no keys yet.
    await bot.t.services.database.db.updateTable('chatbot_pages').set({ block_keys: null }).execute();
    expect(await train(bot.t, bot.tenant, bot.botId)).toMatchObject({ status: 'active', pages_trained: 8 });
    expect((await chat('Do you build patios?')).pages[0]).toBe('/patios');
    await expectChromeOnceOnHome();
  });

  it('keeps it so when a retraining adds a page, removes pages, and puts a block back when it no longer repeats', async () => {
    const { site } = bot;
    site.pages.set('/ponds', POND_PAGE);
    site.pages.set(
      '/',
      GARDEN_SITE['/']!.replace(
        '<h2>Our services</h2>',
        '<h2>New this year</h2><p>We now build <a href="/ponds">ponds and water features</a>.</p><h2>Our services</h2>',
      ),
    );
    expect(await train(bot.t, bot.tenant, bot.botId)).toMatchObject({ status: 'active', pages_trained: 9 });
    const ponds = await chat('Do you dig wildlife ponds?');
    expect(ponds.pages[0]).toBe('/ponds');
    expect(ponds.answer).not.toMatch(CHROME);
    await expectChromeOnceOnHome();

    for (const path of ['/ponds', '/lawn-care', '/hedges-and-trees', '/patios', '/clearance']) site.pages.delete(path);
    expect(await train(bot.t, bot.tenant, bot.botId)).toMatchObject({ status: 'active', pages_trained: 4 });
    const design = await chat('How long does a garden design take?');
    expect(design.pages[0]).toBe('/garden-design');
    expect(design.answer).not.toMatch(CHROME);
    await expectChromeOnceOnHome();

    // Two pages left: their footer is no longer the site's chrome, and the contact page has it back.
    site.pages.delete('/garden-design');
    site.pages.delete('/about');
    expect(await train(bot.t, bot.tenant, bot.botId)).toMatchObject({ status: 'active', pages_trained: 2 });
    expect((await searchPages('Mill Lane Yard')).sort()).toEqual(['/', '/contact']);
  });
});

describe.each(DIALECTS)('a site’s repeated blocks, with embeddings, on %s', (dialect) => {
  it('finds a chunk that was all chrome by its vector no more than by its words', async () => {
    const llm = await startOpenAiServer({ apiKey: 'sk-test' });
    const app = await trainingApp(dialect, GARDEN_SITE, {
      GRIVO_LLM_BASE_URL: llm.url,
      GRIVO_LLM_API_KEY: 'sk-test',
      GRIVO_EMBEDDING_MODEL: 'test-embed',
    });
    try {
      const { t, tenant, site } = app;
      const bot = await waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url: site.url })).id);
      const vector = new Float32Array(embedText('Phone 0117 496 0321, email hello@birchwood.example'));
      const target = { workspaceId: tenant.workspaceId, chatbotId: bot.id, vector, limit: 100 };
      const hits = await searchVectors(t.services.database, target);
      const texts = await t.services.database.db
        .selectFrom('chatbot_chunks')
        .select(['text', 'url'])
        .where(
          'id',
          'in',
          hits.map((h) => h.id),
        )
        .execute();
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.filter((c) => c.text === '')).toEqual([]);
      expect(texts.filter((c) => c.text.includes('0117 496 0321')).map((c) => c.url)).toEqual([site.url]);
    } finally {
      await app.close();
      await llm.close();
    }
  });
});

describe('repeatedBlocks', () => {
  const pages = (n: number, holding: (i: number) => string[], language: (i: number) => string = () => 'en') =>
    Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      url: i === 0 ? 'https://example.com/' : `https://example.com/section/page-${i}`,
      blockKeys: holding(i),
      language: language(i),
    }));

  it('takes a block on at least half the pages, and on three, kept by the page nearest the root', () => {
    const site = pages(8, (i) => ['footer', ...(i === 3 || i === 5 ? ['pricing'] : []), ...(i % 2 ? ['odd'] : [])]);
    expect(repeatedBlocks(site)).toEqual(
      new Map([
        ['footer', 'p0'],
        ['odd', 'p1'],
      ]),
    );
    expect(repeatedBlocks(pages(4, (i) => (i > 0 ? ['footer'] : [])))).toEqual(new Map([['footer', 'p1']]));
    expect(repeatedBlocks(pages(2, () => ['footer']))).toEqual(new Map());
    expect(repeatedBlocks(pages(20, (i) => (i < 9 ? ['sidebar'] : [])))).toEqual(new Map());
  });

  it('counts the share among the pages in the languages of those holding it', () => {
    const languages = ['en', 'de', 'fr'];
    const site = pages(
      12,
      (i) => [`footer-${languages[i % 3]}`, 'address', ...(i === 4 || i === 7 ? ['shared'] : [])],
      (i) => languages[i % 3]!,
    );
    expect(repeatedBlocks(site)).toEqual(
      new Map([
        ['footer-en', 'p0'],
        ['footer-de', 'p1'],
        ['footer-fr', 'p2'],
        ['address', 'p0'],
      ]),
    );
  });
});
