// npm run bench:answers [-- --engine sqlite|postgres|all --only SITE --fit --misses --dump FILE --candidates FILE]
// — answer quality on real documentation (the Python and PostgreSQL docs, the
// Debian Reference in eight languages) and on a company site in twenty-three
// languages: chatbots trained over loopback, then every labelled question
// (bench/answers/sets) asked of POST /v1/chatbots/:id/search (section MRR@3,
// recall@3, hit@1) and POST /v1/chatbots/:id/chat (answered, first three
// sources), and the off-topic questions (refused). Beside it, plain BM25 over
// the same sections (MiniSearch). Figures per site and language, for the
// development half, the held-out half and both. --fit refits the
// answerability model on the development half and writes it.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { createApiKey } from '../src/features/api-keys/service.js';
import type { ChatResponse } from '../src/features/chatbots/chat/schema.js';
import type { ChatbotResponse } from '../src/features/chatbots/schema.js';
import { answerabilityFeatures } from '../src/features/chatbots/search/answerability.js';
import { rankSections } from '../src/features/chatbots/search/rank-sections.js';
import { rankingSnapshot } from './answers/snapshot.js';
import { isReleaseNotes } from '../src/features/chatbots/search/release-notes.js';
import { RERANK_DEPTH, rerankFeatures, type RerankFeatures } from '../src/features/chatbots/search/rerank.js';
import type { SearchResponse } from '../src/features/chatbots/search/schema.js';
import { createWorkspace } from '../src/features/workspaces/service.js';
import { buildApp } from '../src/app.js';
import { jobHandlers } from '../src/worker.js';
import { createServices } from '../src/services.js';
import type { Dialect } from '../src/storage/database.js';
import { baselineIndex } from './answers/baseline.js';
import { decisionRates, fitModel, writeModel, type Example } from './answers/fit.js';
import { rankingFigures, refusedShare, type Figures, type Outcome } from './answers/metrics.js';
import { forPagesHeld, loadQuestions, type Question } from './answers/question-sets.js';
import { docsAvailable, SITE_HINT, startSites, type BenchSite } from './answers/sites.js';

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string' },
    'database-url': { type: 'string' },
    only: { type: 'string' }, // site filters, comma-separated, e.g. "debian-reference" or "company.ru,company.th"
    fit: { type: 'boolean', default: false },
    misses: { type: 'boolean', default: false },
    dump: { type: 'string' }, // a file to write every question's features, gold rank, answer and sources to, as JSON lines
    candidates: { type: 'string' }, // a file to write each answerable question's re-ranking candidates to, for fit-rerank.ts
    small: { type: 'boolean', default: false }, // the small company sites too (a sixth of the pages each)
  },
});
const DATABASE_URL = args['database-url'] ?? process.env.TEST_DATABASE_URL;
const ENGINE = args.engine ?? 'sqlite';
if (!['sqlite', 'postgres', 'all'].includes(ENGINE))
  throw new Error(`--engine must be sqlite, postgres or all (got ${ENGINE})`);
if (ENGINE !== 'sqlite' && !DATABASE_URL) throw new Error('PostgreSQL needs TEST_DATABASE_URL or --database-url');
// The committed model is fitted on the default sites; the small sites' in-domain questions are measured, not fitted.
if (args.fit && args.small)
  throw new Error('--fit fits the refusal model on the default sites: run it without --small');
if (!docsAvailable()) {
  console.error(SITE_HINT);
  process.exit(1);
}
const filters = args.only?.split(',').map((f) => f.trim()) ?? [];
const only = (id: string) => filters.length === 0 || filters.some((f) => id === f || id.startsWith(`${f}.`));

interface Asked {
  site: BenchSite;
  question: Question;
  grivo: Outcome;
  baseline: string[];
  example: Example;
  /** Where the first gold section stands in the ranking's first 20, or -1. */
  goldRank: number;
  /** The chat's answer text, for reading in the dump. */
  answer: string;
  /** What the ranking said, for fitting refusal features offline (see rankingSnapshot). */
  ranking: object;
  /** The re-ranking's candidates: each one's features, and whether it is a gold section. */
  candidates: { key: string; heading: string; features: RerankFeatures; releaseNotes: boolean; gold: boolean }[];
}

const pct = (v: number) => (Number.isNaN(v) ? '   —' : `${(100 * v).toFixed(1).padStart(5)}`);
const num = (v: number) => v.toFixed(3);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function runEngine(engine: Dialect): Promise<Asked[]> {
  if (DATABASE_URL) process.env.TEST_DATABASE_URL = DATABASE_URL;
  const { createTestDatabase } = await import('../test/helpers/engines.js');
  const database = await createTestDatabase(engine);
  const config = loadConfig({
    ...database.env,
    GRIVO_LOG_LEVEL: 'warn',
    GRIVO_CRAWL_ALLOW_PRIVATE: 'true',
    GRIVO_PLAN_PRO_PAGES: '5000',
    GRIVO_PLAN_PRO_CHATBOTS: '200',
    GRIVO_RATE_LIMIT_PRO: '1000000000',
    GRIVO_PLAN_PRO_CHAT_MESSAGES_PER_DAY: '1000000',
  });
  const services = await createServices(config, { logger: pino({ level: 'warn' }) });
  const app = await buildApp(services);
  services.queue.work(jobHandlers(services));
  const { sites, stop } = await startSites(only, args.small);
  const asked: Asked[] = [];
  try {
    const workspace = await createWorkspace(services.database.db, { name: 'Bench answers', plan: 'pro' });
    const { secret } = await createApiKey(services.database.db, { workspaceId: workspace.id });
    const headers = { authorization: `Bearer ${secret}` };
    const call = async <T>(method: 'GET' | 'POST', url: string, payload?: object): Promise<T> => {
      const response = await app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
      if (response.statusCode >= 300)
        throw new Error(`${method} ${url}: ${response.statusCode} ${response.body.slice(0, 300)}`);
      return response.json() as T;
    };
    const started = performance.now();
    const bots = await Promise.all(
      sites.map((site) =>
        call<ChatbotResponse>('POST', '/v1/chatbots', {
          name: `${site.set} ${site.language}`,
          website_url: site.startUrl,
        }),
      ),
    );
    for (let i = 0; i < bots.length; i++) {
      while (bots[i]!.status === 'training' || bots[i]!.status === 'untrained') {
        await sleep(250);
        bots[i] = await call<ChatbotResponse>('GET', `/v1/chatbots/${bots[i]!.id}`);
      }
      if (bots[i]!.status !== 'active')
        throw new Error(`${sites[i]!.set}.${sites[i]!.language}: training ${bots[i]!.status}: ${bots[i]!.error}`);
    }
    console.log(
      `  ${engine}: ${sites.length} chatbots trained in ${((performance.now() - started) / 1000).toFixed(1)} s (${bots.map((b) => b.pages_trained).join(' + ')} pages)`,
    );

    const offtopic = loadQuestions('offtopic');
    for (const [i, site] of sites.entries()) {
      const bot = bots[i]!;
      const baseline = await baselineIndex(services.database.db, bot.id);
      const own = loadQuestions(site.questions ?? site.set).get(site.language) ?? [];
      const questions = [
        ...(site.holds ? forPagesHeld(own, site.holds, (key) => key.split('#')[0]!) : own),
        ...(offtopic.get(site.language) ?? []),
      ];
      for (const question of questions) {
        const search = await call<SearchResponse>('POST', `/v1/chatbots/${bot.id}/search`, {
          query: question.question,
          limit: 3,
        });
        const chat = await call<ChatResponse>('POST', `/v1/chatbots/${bot.id}/chat`, { message: question.question });
        const ranking = await rankSections(
          services.database,
          { workspaceId: workspace.id, chatbotId: bot.id },
          question.question,
          RERANK_DEPTH,
        );
        const isGold = ({ chunk }: { chunk: { url: string; anchor: string | null } }) =>
          question.gold.includes(site.goldKey(chunk.anchor ? `${chunk.url}#${chunk.anchor}` : chunk.url));
        const features = rerankFeatures(ranking.sections);
        asked.push({
          site,
          question,
          grivo: {
            gold: question.gold,
            ranked: search.data.map((hit) => site.goldKey(hit.url)),
            sources: chat.sources.map((s) => site.goldKey(s.url)),
            answered: chat.answered,
          },
          baseline: baseline.search(question.question, 3).map((url) => site.goldKey(url)),
          example: { features: answerabilityFeatures(ranking), answerable: question.gold.length > 0 },
          goldRank: ranking.sections.slice(0, 20).findIndex(isGold),
          ranking: rankingSnapshot(ranking),
          answer: chat.answer,
          candidates: ranking.sections.map((section, k) => ({
            key: site.goldKey(
              section.chunk.anchor ? `${section.chunk.url}#${section.chunk.anchor}` : section.chunk.url,
            ),
            heading: section.chunk.heading,
            features: features[k]!,
            releaseNotes: isReleaseNotes(section.chunk.url, section.chunk.title),
            gold: isGold(section),
          })),
        });
      }
    }
  } finally {
    await stop();
    await app.close();
    await services.close();
    await database.close();
    await database.drop();
  }
  return asked;
}

const groupOf = (site: BenchSite) =>
  site.set === 'company' ? 'company site' : site.set === 'company-small' ? 'small company site' : 'documentation';
// Off-topic questions (trivia, other companies…), not the business's questions a small site lacks.
const offTopic = (list: Asked[]) => list.filter((a) => a.question.gold.length === 0 && !a.question.unanswered);

function report(engine: string, asked: Asked[]): void {
  const groups = new Map<string, Asked[]>();
  for (const a of asked) {
    const key = `${a.site.set}.${a.site.language}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  for (const split of ['dev', 'test', 'all'] as const) {
    console.log(
      `\n${engine} — ${split === 'all' ? 'all questions' : split === 'dev' ? 'development half (tuned on)' : 'held-out half (never tuned on)'}`,
    );
    console.log(
      'site · language       |   n | MRR@3 base | R@3   base | hit@1 base | page@3 | answered | off-topic refused',
    );
    const rows: { key: string; f: Figures; b: Figures; refused: number }[] = [];
    for (const [key, group] of [...groups].sort()) {
      const inSplit = group.filter((a) => split === 'all' || a.question.split === split);
      const answerable = inSplit.filter((a) => a.question.gold.length > 0);
      const f = rankingFigures(answerable.map((a) => a.grivo));
      const b = rankingFigures(answerable.map((a) => ({ ...a.grivo, ranked: a.baseline })));
      const refused = refusedShare(offTopic(inSplit).map((a) => a.grivo));
      rows.push({ key, f, b, refused });
      console.log(
        `${key.padEnd(22)} | ${String(f.questions).padStart(3)} | ${num(f.mrr3)} ${num(b.mrr3)} | ${num(f.recall3)} ${num(b.recall3)} | ${num(f.hit1)} ${num(b.hit1)} | ${pct(f.page3)}  |  ${pct(f.answered)}   |  ${pct(refused)}`,
      );
    }
    const all = asked.filter((a) => split === 'all' || a.question.split === split);
    for (const group of ['documentation', 'company site', 'small company site'] as const) {
      const inGroup = all.filter((a) => groupOf(a.site) === group);
      const answerable = inGroup.filter((a) => a.question.gold.length > 0);
      if (answerable.length === 0) continue;
      const d = rankingFigures(answerable.map((a) => a.grivo));
      const b = rankingFigures(answerable.map((a) => ({ ...a.grivo, ranked: a.baseline })));
      const refused = refusedShare(offTopic(inGroup).map((a) => a.grivo));
      console.log(
        `${`${group}, all`.padEnd(22)} | ${String(d.questions).padStart(3)} | ${num(d.mrr3)} ${num(b.mrr3)} | ${num(d.recall3)} ${num(b.recall3)} | ${num(d.hit1)} ${num(b.hit1)} | ${pct(d.page3)}  |  ${pct(d.answered)}   |  ${pct(refused)}`,
      );
      const unanswered = inGroup.filter((a) => a.question.unanswered);
      if (unanswered.length > 0)
        console.log(
          `${''.padEnd(22)}   ${unanswered.length} questions about the business its pages do not answer: ${pct(refusedShare(unanswered.map((a) => a.grivo)))} % refused`,
        );
    }
  }
  if (args.misses) {
    console.log('\nmisses (gold not in the first three sections, or answerable refused, or off-topic answered):');
    for (const a of asked) {
      const answerable = a.question.gold.length > 0;
      const missRank = answerable && !a.grivo.ranked.slice(0, 3).some((k) => a.question.gold.includes(k));
      if (missRank || answerable !== a.grivo.answered) {
        console.log(
          `  ${a.site.set}.${a.site.language} ${a.question.id} [${answerable ? (a.grivo.answered ? 'answered' : 'REFUSED') : 'ANSWERED off-topic'}] ${a.question.question}\n      gold ${a.question.gold.join(' ')} · got ${a.grivo.ranked.join(' ')}`,
        );
      }
    }
  }
}

const engines: Dialect[] = ENGINE === 'all' ? ['sqlite', 'postgres'] : [ENGINE as Dialect];
if (args.dump) fs.writeFileSync(args.dump, '');
for (const engine of engines) {
  const asked = await runEngine(engine);
  report(engine, asked);
  if (args.dump)
    fs.appendFileSync(
      args.dump,
      asked
        .map(
          (a) =>
            `${JSON.stringify({
              engine,
              site: `${a.site.set}.${a.site.language}`,
              id: a.question.id,
              split: a.question.split,
              question: a.question.question,
              answerable: a.example.answerable,
              ...(a.question.unanswered ? { unanswered: true } : {}),
              answered: a.grivo.answered,
              goldRank: a.goldRank,
              features: a.example.features,
              answer: a.answer,
              sources: a.grivo.sources,
              ranking: a.ranking,
            })}\n`,
        )
        .join(''),
    );
  if (args.candidates && engine === engines[0])
    fs.writeFileSync(
      args.candidates,
      asked
        .filter((a) => a.question.gold.length > 0)
        .map(
          (a) =>
            `${JSON.stringify({ site: `${a.site.set}.${a.site.language}`, id: a.question.id, split: a.question.split, gold: a.question.gold.length, candidates: a.candidates })}\n`,
        )
        .join(''),
    );
  if (args.fit && engine === engines[0]) {
    const dev = asked.filter((a) => a.question.split === 'dev').map((a) => a.example);
    const model = fitModel(dev);
    writeModel(
      model,
      `${dev.length} development questions (${dev.filter((e) => e.answerable).length} answerable), ${engine}`,
    );
    console.log(`\nfitted on ${dev.length} development questions: ${JSON.stringify(model)}`);
    for (const split of ['dev', 'test'] as const) {
      const rates = decisionRates(
        model,
        asked.filter((a) => a.question.split === split).map((a) => a.example),
      );
      console.log(
        `  with it, ${split}: ${pct(rates.answered)} % of answerable answered, ${pct(rates.refused)} % of off-topic refused (the run above used the previous model)`,
      );
    }
  }
}
process.exit(0);
