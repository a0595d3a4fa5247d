import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatbot, trainedChatbot, waitForTraining } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { page } from '../../../../test/helpers/site.js';
import { allTermsCandidates, rareCandidates } from './candidates.js';
import { postgresCandidates } from './candidates-postgres.js';
import { sqliteCandidates } from './candidates-sqlite.js';

// Six pages that all say "wheel", one of them over and over, and a page of
// more sections saying "spoke" than the engine hands on for a rare term.
const SPOKES = 120;
const SITE = {
  '/': page(
    'Wheels',
    `<h1>Wheels</h1>${[1, 2, 3, 4, 5].map((n) => `<a href="/w${n}">Wheel ${n}</a>`).join(' ')} <a href="/spokes">Spokes</a>`,
  ),
  '/spokes': page(
    'Spokes',
    `<h1>Spokes</h1>${Array.from(
      { length: SPOKES },
      (_, n) =>
        `<h2 id="s${n}">Spoke ${n}</h2><p>Spoke number ${n} is laced ${n % 2 ? 'radially' : 'tangentially'}, and it holds its rim under tension ${n} times over.</p>`,
    ).join('')}`,
  ),
  ...Object.fromEntries(
    [1, 2, 3, 4, 5].map((n) => [
      `/w${n}`,
      page(`Rim ${n}`, `<h1>Rim ${n}</h1><p>${n === 4 ? 'Wheel, wheel, wheel: the wheel page.' : 'A wheel.'}</p>`),
    ]),
  ),
};

describe.each(DIALECTS)('the engine candidates on %s', (dialect) => {
  let trained: Awaited<ReturnType<typeof trainedChatbot>>;
  let candidates: (
    terms: string[],
    options?: { rankAtMost?: number; limit?: number; from?: 'chatbot' | 'matches' },
  ) => Promise<number[]>;
  // The same site trained by a chatbot of another workspace, in the same index.
  let other: { workspaceId: string; chatbotId: string };
  beforeAll(async () => {
    trained = await trainedChatbot(dialect, SITE);
    const { t } = trained;
    const { database } = t.services;
    const target = { workspaceId: trained.tenant.workspaceId, chatbotId: trained.botId };
    const search = database.engine.pick({ sqlite: sqliteCandidates, postgres: postgresCandidates });
    candidates = (terms, options = {}) =>
      search(database.db, { ...target, terms, match: 'any', limit: options.limit ?? 20, ...options });
    const tenant = await t.tenant('pro');
    const bot = await createChatbot(t, tenant, { website_url: trained.site.url });
    await waitForTraining(t, tenant, bot.id);
    other = { workspaceId: tenant.workspaceId, chatbotId: bot.id };
  });
  afterAll(async () => {
    await trained?.close();
  });

  it('ranks every match, best first, unless told to rank only some', async () => {
    const all = await candidates(['wheel']);
    expect(all.length).toBeGreaterThanOrEqual(5);
    const { db } = trained.t.services.database;
    const best = await db
      .selectFrom('chatbot_chunks')
      .select('url')
      .where('id', '=', all[0]!)
      .executeTakeFirstOrThrow();
    expect(best.url).toMatch(/\/w4$/);
    expect(await candidates(['wheel'], { limit: 2 })).toEqual(all.slice(0, 2));

    const some = await candidates(['wheel'], { rankAtMost: 3 });
    expect(some).toHaveLength(3);
    expect(all).toEqual(expect.arrayContaining(some));
    // Those it ranks, it ranks as the full ranking does.
    expect(some).toEqual(all.filter((id) => some.includes(id)));
    // Starting from the chatbot's chunks or from the terms' matches ranks the same.
    for (const from of ['chatbot', 'matches'] as const) {
      expect(await candidates(['wheel'], { from })).toEqual(all);
      expect(await candidates(['wheel'], { rankAtMost: 3, from })).toEqual(some);
    }
  });

  it.each(['chatbot', 'matches', undefined] as const)(
    "hands on the chatbot's own chunks only, and reads no term as its id (from: %s)",
    async (from) => {
      const { db } = trained.t.services.database;
      const own = new Set(
        (await db.selectFrom('chatbot_chunks').select('id').where('chatbot_id', '=', trained.botId).execute()).map(
          (r) => Number(r.id),
        ),
      );
      const all = await candidates(['wheel'], { from });
      expect(all.length).toBeGreaterThanOrEqual(5);
      expect(all.every((id) => own.has(id))).toBe(true);
      // The other chatbot's copy of the site holds as many, none of them ours.
      const search = trained.t.services.database.engine.pick({
        sqlite: sqliteCandidates,
        postgres: postgresCandidates,
      });
      const theirs = await search(db, { ...other, terms: ['wheel'], match: 'any', limit: 20, from });
      expect(theirs).toHaveLength(all.length);
      expect(theirs.some((id) => own.has(id))).toBe(false);
      // A visitor typing a chatbot's id gets it as a term, which no chunk holds.
      expect(await candidates([trained.botId.toLowerCase()], { from })).toEqual([]);
      expect(await candidates([trained.botId.toLowerCase(), 'radial'], { limit: 100, from })).toEqual(
        await candidates(['radial'], { limit: 100, from }),
      );
    },
  );

  // A small chatbot is searched from its own chunks, a large one from the terms' matches.
  const SIZES = [
    ['small', 10],
    ['large', 1_000_000],
  ] as const;

  it.each(SIZES)(
    'says whether the rare-term candidates are every match or only the best of them (%s)',
    async (_, chunks) => {
      const { database } = trained.t.services;
      const target = { workspaceId: trained.tenant.workspaceId, chatbotId: trained.botId };
      const { db } = database;
      const holding = async (term: string) =>
        (
          await db
            .selectFrom('chatbot_chunks')
            .select('id')
            .where('chatbot_id', '=', trained.botId)
            .where('text_terms', 'like', `%${term}%`)
            .execute()
        ).length;
      expect(await holding('radial')).toBeLessThan(100);
      const few = await rareCandidates(database, target, ['radial'], { chunks });
      expect(few).toEqual({ chunks: expect.any(Array), complete: true });
      expect(few.chunks).toHaveLength(await holding('radial'));
      expect(few.chunks.every((c) => c.text.toLowerCase().includes('radial'))).toBe(true);

      expect(await holding('spoke')).toBeGreaterThan(100);
      const many = await rareCandidates(database, target, ['spoke'], { chunks });
      expect(many.complete).toBe(false);
      expect(many.chunks).toHaveLength(100);

      expect(await rareCandidates(database, target, [], { chunks })).toEqual({ chunks: [], complete: true });
    },
  );

  it('hands on the same chunks whether it starts from the chatbot or from the matches', async () => {
    const { database } = trained.t.services;
    const target = { workspaceId: trained.tenant.workspaceId, chatbotId: trained.botId };
    const ids = (chunks: { id: number }[]) => chunks.map((c) => c.id).sort((a, b) => a - b);
    // Fewer matches than the limit (found unranked), and more (ranked: the best 100 or 40). The
    // chatbot's counts only choose which query runs first (atMost 0: the unranked one, even
    // when it is wrong; unset: the ranked one): the chunks are the same.
    for (const terms of [['radial'], ['wheel', 'rim'], ['spoke'], ['spoke', 'wheel'], ['tension', 'radial']]) {
      const large = await rareCandidates(database, target, terms, { chunks: 1_000_000 });
      const largeAll = await allTermsCandidates(database, target, terms, { chunks: 1_000_000 });
      for (const atMost of [0, undefined]) {
        const small = await rareCandidates(database, target, terms, { chunks: 10, atMost });
        expect(ids(small.chunks)).toEqual(ids(large.chunks));
        expect(small.complete).toBe(large.complete);
        expect(ids(await allTermsCandidates(database, target, terms, { chunks: 10, atMost }))).toEqual(ids(largeAll));
      }
      const [smallCommon, largeCommon] = await Promise.all(
        SIZES.map(([, chunks]) => allTermsCandidates(database, target, terms, { chunks, common: true })),
      );
      expect(ids(smallCommon!)).toEqual(ids(largeCommon!));
    }
  });
});
