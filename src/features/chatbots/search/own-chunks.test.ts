import { sql, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatbot, trainedChatbot, waitForTraining } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { page, startSite, type TestSite } from '../../../../test/helpers/site.js';
import type { Database } from '../../../storage/database.js';
import { rankSections } from './rank-sections.js';

// A small shop's chatbot beside a large chatbot of another workspace whose
// pages say the same words in many more sections: the small one's search
// must read its own chunks, not every chatbot's matches of its terms.
const WORDS = 'wheel spoke rim tension hub';
const SMALL = {
  '/': page('Wheels', `<h1>Wheels</h1><p>Our ${WORDS} service.</p><a href="/truing">Truing</a>`),
  '/truing': page('Truing', `<h1>Truing</h1><p>We true a wheel by the tension of each spoke, rim and hub.</p>`),
};
const LARGE_PAGES = 3;
const SECTIONS = 300;
const LARGE = {
  '/': page('Catalogue', Array.from({ length: LARGE_PAGES }, (_, n) => `<a href="/p${n}">Part ${n}</a>`).join(' ')),
  ...Object.fromEntries(
    Array.from({ length: LARGE_PAGES }, (_, n) => [
      `/p${n}`,
      page(
        `Parts ${n}`,
        Array.from(
          { length: SECTIONS },
          (_, s) => `<h2 id="s${s}">Part ${n}-${s}</h2><p>Item ${s}: a ${WORDS} part, number ${s}.</p>`,
        ).join(''),
      ),
    ]),
  ),
};

/** The candidate queries a search runs, as sent to the database. */
function capturing(database: Database) {
  const queries: { sql: string; parameters: readonly unknown[] }[] = [];
  const plugin: KyselyPlugin = {
    transformQuery({ node, queryId }) {
      const compiled = database.db.getExecutor().compileQuery(node, queryId);
      if (/chatbot_chunks_fts|@@/.test(compiled.sql)) queries.push(compiled);
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { queries, database: { ...database, db: database.db.withPlugin(plugin) } };
}

// Rows a PostgreSQL plan node read: those it returned and those it filtered out, in every loop.
function rowsRead(node: Record<string, any>, tables: Set<string>): number {
  const own = tables.has(node['Relation Name'])
    ? (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) *
      node['Actual Loops']
    : 0;
  return own + ((node.Plans as Record<string, any>[] | undefined) ?? []).reduce((n, p) => n + rowsRead(p, tables), 0);
}

describe.each(DIALECTS)("a small chatbot's search beside a large one on %s", (dialect) => {
  let trained: Awaited<ReturnType<typeof trainedChatbot>>;
  let large: TestSite | undefined;
  let ownChunks: number;
  beforeAll(async () => {
    trained = await trainedChatbot(dialect, SMALL);
    const { t } = trained;
    large = await startSite(LARGE);
    const tenant = await t.tenant('pro');
    await waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url: large.url })).id, 60_000);
    const { db } = t.services.database;
    const count = async (chatbotId: string | undefined) => {
      let query = db.selectFrom('chatbot_chunks').select((e) => e.fn.countAll<number>().as('n'));
      if (chatbotId) query = query.where('chatbot_id', '=', chatbotId);
      return Number((await query.executeTakeFirstOrThrow()).n);
    };
    ownChunks = await count(trained.botId);
    // The other chatbot's chunks outnumber ours many times over, and hold every word of the question.
    expect(await count(undefined)).toBeGreaterThan(100 * ownChunks);
    if (dialect === 'postgres') await sql`analyze chatbot_chunks, chatbot_chunk_vectors`.execute(db);
  }, 120_000);
  afterAll(async () => {
    await trained?.close();
    await large?.close();
  });

  it('reads its own chunks only', async () => {
    const { queries, database } = capturing(trained.t.services.database);
    const target = { workspaceId: trained.tenant.workspaceId, chatbotId: trained.botId };
    const ranking = await rankSections(database, target, 'How do you true a wheel and its spoke tension?', 5);
    expect(ranking.sections[0]?.chunk.url).toMatch(/\/truing$/);
    expect(queries.length).toBeGreaterThan(0);
    const { db } = trained.t.services.database;
    for (const query of queries) {
      if (dialect === 'postgres') {
        // What the engine read, not which path the code named: every row it
        // touched of the chunks or their vectors, through any index or scan.
        const explain = sql.raw(`explain (analyze, format json) ${query.sql}`);
        const { rows } = await db.executeQuery<{ 'QUERY PLAN': string }>({
          ...explain.compile(db),
          parameters: query.parameters,
        });
        // The driver hands JSON on as text (storage/database.ts).
        const plan = JSON.parse(rows[0]!['QUERY PLAN'])[0].Plan;
        expect(rowsRead(plan, new Set(['chatbot_chunk_vectors']))).toBeLessThanOrEqual(ownChunks);
        expect(rowsRead(plan, new Set(['chatbot_chunks']))).toBeLessThanOrEqual(2 * ownChunks);
      } else {
        // FTS5 tells no counts: the chatbot's phrase is in the MATCH, so
        // FTS5 walks its doclist beside the terms', and no row of another
        // chatbot is looked up by the terms' matches.
        expect(query.sql).not.toMatch(/join chatbot_chunks/);
        expect(query.parameters).toEqual(
          expect.arrayContaining([expect.stringMatching(new RegExp(`^chatbot_id : "${trained.botId}" AND `))]),
        );
      }
    }
  });
});
