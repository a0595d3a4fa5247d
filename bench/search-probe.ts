// npx tsx bench/search-probe.ts --data-dir DIR | --database-url URL --chatbot ID [--questions N]
// — on a database kept by `bench:train -- --keep`: asks one chatbot the
// bench's questions through rankSections (what POST /search runs, without
// the route) and says where its database time goes, query by query.
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { parseArgs } from 'node:util';
import { rankSections } from '../src/features/chatbots/search/rank-sections.js';
import { openDatabase } from '../src/storage/database.js';
import { benchQuestions } from './train-questions.js';

const { values: args } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    chatbot: { type: 'string' },
    questions: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '3' },
  },
});

const database = await openDatabase({ url: args['database-url'], dataDir: args['data-dir'] ?? '/nonexistent' });
const chatbot = await database.db
  .selectFrom('chatbots')
  .select(['id', 'workspace_id'])
  .where('id', '=', args.chatbot!)
  .executeTakeFirstOrThrow();
const target = { workspaceId: chatbot.workspace_id, chatbotId: chatbot.id };

// Each query's time from compilation to its rows, by the kind of query.
const started = new Map<unknown, { at: number; kind: string }>();
const spent = new Map<string, number[]>();
function kindOf(node: RootOperationNode, sqlText: string): string {
  if (sqlText.includes('chatbot_chunks_fts') || sqlText.includes('@@'))
    return sqlText.includes(' AND ') || sqlText.includes("'&'") || / & /.test(sqlText)
      ? 'candidates (all)'
      : 'candidates (any)';
  if (sqlText.includes('chatbot_terms')) return 'term counts';
  if (sqlText.includes('chatbot_index_stats')) return 'index stats';
  return node.kind;
}
const timer: KyselyPlugin = {
  transformQuery({ node, queryId }: PluginTransformQueryArgs) {
    const compiled = database.db.getExecutor().compileQuery(node, queryId);
    started.set(queryId, { at: performance.now(), kind: kindOf(node, compiled.sql) });
    return node;
  },
  async transformResult({ result, queryId }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const s = started.get(queryId);
    if (s) {
      const list = spent.get(s.kind) ?? [];
      list.push(performance.now() - s.at);
      spent.set(s.kind, list);
    }
    return result;
  },
};
const probed = { ...database, db: database.db.withPlugin(timer) };

const questions = benchQuestions(Number(args.questions));
const totals: number[] = [];
for (let round = 0; round < Number(args.rounds); round++) {
  spent.clear();
  totals.length = 0;
  for (const question of questions) {
    const t0 = performance.now();
    await rankSections(probed, target, question, 20);
    totals.push(performance.now() - t0);
  }
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)] ?? 0;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
console.log(
  `${database.dialect}, chatbot ${target.chatbotId}, ${questions.length} questions (last of ${args.rounds} rounds)`,
);
console.log(
  `rankSections: p50 ${pct(totals, 0.5).toFixed(2)} ms, p95 ${pct(totals, 0.95).toFixed(2)} ms, total ${sum(totals).toFixed(0)} ms`,
);
for (const [kind, list] of spent)
  console.log(
    `  ${kind}: ${list.length} queries, p50 ${pct(list, 0.5).toFixed(2)} ms, p95 ${pct(list, 0.95).toFixed(2)} ms, total ${sum(list).toFixed(0)} ms`,
  );
await database.close();
