// The retrieval part of `npm run bench:train`: copies the chunks the trained
// chatbot holds into a second chatbot until it has N of them (each copy of
// the site under its own URLs, its term statistics kept as training keeps
// them; several sizes grow the same chatbot), then at each size times the
// same questions three ways — a plain any-word
// full-text query on a connection of its own (the baseline), the whole
// POST /v1/chatbots/:id/search, and the whole POST /v1/chatbots/:id/chat —
// taking turns in blocks of 20 questions so drift on a shared machine hits
// all three alike.
import SqliteDatabase from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  sql,
  type CompiledQuery,
} from 'kysely';
import path from 'node:path';
import pg from 'pg';
import { postgresCandidates } from '../src/features/chatbots/search/candidates-postgres.js';
import { sqliteCandidates } from '../src/features/chatbots/search/candidates-sqlite.js';
import { analyze } from '../src/lib/text-analysis/analyzer.js';
import type { Database, Dialect } from '../src/storage/database.js';
import type { Tables } from '../src/storage/tables.js';
import type { ChatbotResponse } from '../src/features/chatbots/schema.js';
import { chunkLoader, type LoadFigures, type Target } from './train-load-chunks.js';
import { startProfile } from './train-profile.js';
import { BASE_QUESTIONS } from './train-questions.js';
import { fmt, log } from './train-report.js';
import { api, type Grivo } from './train-training.js';

const CANDIDATES = 20;
// The three ways take turns in blocks of this many questions, not question by
// question: the plain query reads much of the index, and on PostgreSQL that
// evicts the shared buffers (128 MB by default, against ~420 MB of chunks,
// vectors and terms at 100,000 chunks) the routes would otherwise find warm —
// the cost of another client's full scan right before each request, not of
// the route. Blocks still share the machine's drift.
const BLOCK = 20;

/** A plain any-word full-text query over the chatbot's index, run on a connection of its own, without Grivo around it. */
interface RawSearch {
  /** Runs `question`'s query (prepared beforehand by `prepare`); resolves with the rows found. */
  run(question: string): Promise<number>;
  /** Compiles each question's query, untimed. */
  prepare(questions: readonly string[]): Promise<void>;
  close(): Promise<void>;
  description: string;
}

// The SQL and its parameters are whatever Grivo's own search function builds
// for the question: it runs once against a Kysely that compiles and logs
// queries but executes nothing, and the raw driver then runs that text.
function compileOnly(dialect: Dialect) {
  const compiled: CompiledQuery[] = [];
  const db = new Kysely<Tables>({
    dialect: {
      createAdapter: () => (dialect === 'postgres' ? new PostgresAdapter() : new SqliteAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => (dialect === 'postgres' ? new PostgresIntrospector(k) : new SqliteIntrospector(k)),
      createQueryCompiler: () => (dialect === 'postgres' ? new PostgresQueryCompiler() : new SqliteQueryCompiler()),
    },
    log: (event) => void compiled.push(event.query),
  });
  return async (target: Target, question: string): Promise<CompiledQuery | undefined> => {
    compiled.length = 0;
    // The baseline is one any-word query ranked by the engine: full-text search done the plain way.
    const query = {
      ...target,
      terms: [...new Set(analyze(question, 'en', { query: true }))],
      match: 'any' as const,
      limit: CANDIDATES,
    };
    if (query.terms.length > 0)
      await (dialect === 'postgres' ? postgresCandidates(db, query) : sqliteCandidates(db, query));
    return compiled[0];
  };
}

export async function openRawSearch(
  where: { dataDir: string; databaseUrl: string | undefined },
  target: Target,
): Promise<RawSearch> {
  const compile = compileOnly(where.databaseUrl ? 'postgres' : 'sqlite');
  const queries = new Map<string, CompiledQuery | undefined>();
  const prepare = async (questions: readonly string[]) => {
    for (const q of questions) queries.set(q, await compile(target, q));
  };
  if (where.databaseUrl) {
    const client = new pg.Client({ connectionString: where.databaseUrl });
    await client.connect();
    return {
      description: 'pg.Client running the any-word query postgresCandidates builds',
      prepare,
      async run(question) {
        const query = queries.get(question);
        return query ? ((await client.query(query.sql, [...query.parameters])).rowCount ?? 0) : 0;
      },
      close: () => client.end(),
    };
  }
  const sqlite = new SqliteDatabase(path.join(where.dataDir, 'grivo.db'), { readonly: true });
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    description:
      'better-sqlite3 (a read-only connection of its own) running the any-word query sqliteCandidates builds, prepared once',
    prepare,
    async run(question) {
      const query = queries.get(question);
      if (!query) return 0;
      let statement = statements.get(query.sql);
      if (!statement) statements.set(query.sql, (statement = sqlite.prepare(query.sql)));
      return statement.all(...query.parameters).length;
    },
    close: async () => void sqlite.close(),
  };
}

export interface QuestionTimings {
  rawMs: number[];
  searchMs: number[];
  chatMs: number[];
  /** Questions the search found sections for, and those the chat answered. */
  found: number;
  answered: number;
  rawHits: number;
}

/** Times each question three ways; a warm-up pass over `warmUp` first, untimed. */
export async function timeQuestions(
  deps: { database: Database; app: FastifyInstance; auth: { authorization: string }; raw: RawSearch },
  target: Target,
  questions: string[],
  warmUp: readonly string[],
): Promise<QuestionTimings> {
  const post = async <T>(route: 'chat' | 'search', payload: object) => {
    const response = await deps.app.inject({
      method: 'POST',
      url: `/v1/chatbots/${target.chatbotId}/${route}`,
      headers: deps.auth,
      payload,
    });
    if (response.statusCode !== 200)
      throw new Error(`POST /${route} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
    return response.json() as T;
  };
  const chat = (message: string) => post<{ answered: boolean }>('chat', { message });
  const search = (query: string) => post<{ data: unknown[] }>('search', { query, limit: 5 });
  await deps.raw.prepare([...warmUp, ...questions]);
  for (const q of warmUp) {
    await deps.raw.run(q);
    await search(q);
    await chat(q);
  }
  const timings: QuestionTimings = { rawMs: [], searchMs: [], chatMs: [], found: 0, answered: 0, rawHits: 0 };
  const timed = async (block: string[], run: (q: string) => Promise<unknown>, into: number[]) => {
    for (const q of block) {
      const t = performance.now();
      await run(q);
      into.push(performance.now() - t);
    }
  };
  const routes = [
    (block: string[]) =>
      timed(block, async (q) => (timings.found += (await search(q)).data.length > 0 ? 1 : 0), timings.searchMs),
    (block: string[]) =>
      timed(block, async (q) => (timings.answered += (await chat(q)).answered ? 1 : 0), timings.chatMs),
  ];
  for (let i = 0; i < questions.length; i += BLOCK) {
    const block = questions.slice(i, i + BLOCK);
    await timed(block, async (q) => (timings.rawHits += (await deps.raw.run(q)) > 0 ? 1 : 0), timings.rawMs);
    // The route that follows the plain query meets what its scan left in the
    // cache, the other one the pages the first route just read for the same
    // questions: they take turns at both places.
    const order = (i / BLOCK) % 2 === 0 ? routes : [...routes].reverse();
    for (const route of order) await route(block);
  }
  return timings;
}

/**
 * Deletes the trained chatbot (its chunks read already) and, on SQLite, merges
 * the full-text index so its deleted entries are gone from the posting lists:
 * the measured chatbot is then alone in the index. PostgreSQL's vacuum after
 * each fill does the same for its GIN index.
 */
async function dropFromIndex(grivo: Grivo, chatbotId: string): Promise<void> {
  await api(grivo, 'DELETE', `/v1/chatbots/${chatbotId}`, 200);
  const { database } = grivo.services;
  if (database.dialect === 'sqlite')
    await sql`insert into chatbot_chunks_fts(chatbot_chunks_fts) values ('optimize')`.execute(database.db);
  log('retrieval: the trained chatbot deleted, so the measured one is alone in the index (--alone)');
}

/** Retrieval at one size of the chatbot. */
export interface RetrievalAt {
  load: LoadFigures;
  timings: QuestionTimings;
}

/** What the retrieval part measured. */
export interface RetrievalFigures {
  trainedChunks: number;
  /** One entry a size, smallest first. */
  retrievals: RetrievalAt[];
  rawDescription: string;
}

/**
 * Copies the trained chatbot's chunks into a second chatbot until it holds
 * each of `chunks` in turn (smallest first, the same chatbot grown), and at
 * each size times `questions` three ways (see timeQuestions).
 */
export async function measureRetrieval(
  grivo: Grivo,
  where: { engine: Dialect; dataDir: string; databaseUrl: string | undefined },
  trainedBotId: string,
  options: { chunks: readonly number[]; questions: string[]; alone?: boolean; profileDir?: string },
): Promise<RetrievalFigures> {
  const { db } = grivo.services.database;
  const counted = await db
    .selectFrom('chatbot_chunks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('chatbot_id', '=', trainedBotId)
    .executeTakeFirstOrThrow();
  const trainedChunks = Number(counted.n);
  const target = {
    workspaceId: grivo.workspaceId,
    chatbotId: (await api<ChatbotResponse>(grivo, 'POST', '/v1/chatbots', 201, { name: 'Python docs ×N' })).id,
  };
  const source = { workspaceId: grivo.workspaceId, chatbotId: trainedBotId };
  const loader = await chunkLoader(grivo.services.database, source, target);
  if (options.alone) await dropFromIndex(grivo, trainedBotId);
  const retrievals: RetrievalAt[] = [];
  let rawDescription = '';
  for (const size of [...options.chunks].sort((a, b) => a - b)) {
    const load = await loader.fillTo(size);
    log(
      `retrieval: ${fmt(load.chunks)} chunks on ${fmt(load.pages)} pages (${load.copies} ${load.copies === 1 ? 'copy' : 'copies'} of the ${fmt(load.sourceChunks)} trained chunks, each under its own host; ` +
        `this step's rows inserted in ${load.seconds.toFixed(1)} s)`,
    );
    const raw = await openRawSearch(where, target);
    rawDescription = raw.description;
    try {
      const stopProfile = options.profileDir
        ? await startProfile(options.profileDir, `retrieval-${where.engine}-${size}-${process.pid}`)
        : undefined;
      const timings = await timeQuestions(
        { database: grivo.services.database, app: grivo.app, auth: grivo.auth, raw },
        target,
        options.questions,
        BASE_QUESTIONS,
      );
      await stopProfile?.();
      log(
        `${fmt(options.questions.length)} questions (after a warm-up pass of ${BASE_QUESTIONS.length}): raw SQL found chunks for ${timings.rawHits}, ` +
          `the search found sections for ${timings.found}, the chat answered ${timings.answered}`,
      );
      retrievals.push({ load, timings });
    } finally {
      await raw.close();
    }
  }
  return { trainedChunks, retrievals, rawDescription };
}
