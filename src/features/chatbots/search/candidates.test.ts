import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainedChatbot } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { page } from '../../../../test/helpers/site.js';
import { rareCandidates } from './candidates.js';
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
  let candidates: (terms: string[], options?: { rankAtMost?: number; limit?: number }) => Promise<number[]>;
  beforeAll(async () => {
    trained = await trainedChatbot(dialect, SITE);
    const { database } = trained.t.services;
    const target = { workspaceId: trained.tenant.workspaceId, chatbotId: trained.botId };
    const search = database.engine.pick({ sqlite: sqliteCandidates, postgres: postgresCandidates });
    candidates = (terms, options = {}) =>
      search(database.db, { ...target, terms, match: 'any', limit: options.limit ?? 20, ...options });
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
  });

  it('says whether the rare-term candidates are every match or only the best of them', async () => {
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
    const few = await rareCandidates(database, target, ['radial']);
    expect(few).toEqual({ ids: expect.any(Array), complete: true });
    expect(few.ids).toHaveLength(await holding('radial'));

    expect(await holding('spoke')).toBeGreaterThan(100);
    const many = await rareCandidates(database, target, ['spoke']);
    expect(many.complete).toBe(false);
    expect(many.ids).toHaveLength(100);

    expect(await rareCandidates(database, target, [])).toEqual({ ids: [], complete: true });
  });
});
