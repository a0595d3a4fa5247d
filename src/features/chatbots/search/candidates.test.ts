import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainedChatbot } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { page } from '../../../../test/helpers/site.js';
import { postgresCandidates } from './candidates-postgres.js';
import { sqliteCandidates } from './candidates-sqlite.js';

// Six pages that all say "wheel", one of them over and over.
const SITE = {
  '/': page('Wheels', `<h1>Wheels</h1>${[1, 2, 3, 4, 5].map((n) => `<a href="/w${n}">Wheel ${n}</a>`).join(' ')}`),
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
});
