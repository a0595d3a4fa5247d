// The retrieval part of `npm run bench:train`: copies the chunks the trained
// chatbot holds into a second chatbot until it has N of them (each copy of
// the site under its own URLs, its term statistics kept as training keeps
// them), then times the same questions three ways — a plain any-word
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
  sql,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type Selectable,
} from 'kysely';
import path from 'node:path';
import pg from 'pg';
import { postgresCandidates } from '../src/features/chatbots/search/candidates-postgres.js';
import { sqliteCandidates } from '../src/features/chatbots/search/candidates-sqlite.js';
import { insertChunks } from '../src/features/chatbots/training/pages-store.js';
import { adjustTermStats } from '../src/features/chatbots/training/term-stats-store.js';
import { analyze } from '../src/lib/text-analysis/analyzer.js';
import { newId } from '../src/lib/ids.js';
import { nowIso } from '../src/lib/time.js';
import type { Database, Dialect } from '../src/storage/database.js';
import type { ChatbotChunksTable } from '../src/storage/tables-chatbots.js';
import type { Tables } from '../src/storage/tables.js';

const ROWS_PER_TRANSACTION = 2_000;
const ROWS_PER_STATEMENT = 200; // 15 columns: 3,000 parameters, well under both engines' limits
const CANDIDATES = 20;
// The three ways take turns in blocks of this many questions, not question by
// question: the plain query reads much of the index, and on PostgreSQL that
// evicts the shared buffers (128 MB by default, against ~420 MB of chunks,
// vectors and terms at 100,000 chunks) the routes would otherwise find warm —
// the cost of another client's full scan right before each request, not of
// the route. Blocks still share the machine's drift.
const BLOCK = 20;

export interface Target {
  workspaceId: string;
  chatbotId: string;
}

export interface LoadFigures {
  chunks: number;
  pages: number;
  copies: number;
  sourceChunks: number;
  seconds: number;
}

/** Fills `target` with `total` chunks copied from `sourceChatbotId`'s, a few thousand rows per transaction. */
export async function loadChunks(
  database: Database,
  source: Target,
  target: Target,
  total: number,
): Promise<LoadFigures> {
  const { db } = database;
  // Every column but the id (insertChunks writes PostgreSQL's tsvector again from the terms).
  const chunks = (
    await db.selectFrom('chatbot_chunks').selectAll().where('chatbot_id', '=', source.chatbotId).orderBy('id').execute()
  ).map(({ id: _id, ...columns }) => columns as Omit<Selectable<ChatbotChunksTable>, 'id'>);
  if (chunks.length === 0) throw new Error('the trained chatbot has no chunks to copy');
  const pages = await db
    .selectFrom('chatbot_pages')
    .selectAll()
    .where('chatbot_id', '=', source.chatbotId)
    .where('status', '=', 'indexed')
    .execute();
  const started = performance.now();
  let inserted = 0;
  let pageRows = 0;
  let copy = 0;
  for (; inserted < total; copy++) {
    // Copy k of the site lives under its own host, so each chunk's URL (and page) is distinct.
    const rehost = (url: string) => url.replace(/^https?:\/\/[^/]+/, `https://mirror-${copy}.docs.example`);
    const pageIds = new Map<string, string>();
    const now = nowIso();
    const pageCopies = pages.map((p) => {
      const id = newId('page');
      pageIds.set(p.id, id);
      return {
        ...p,
        id,
        chatbot_id: target.chatbotId,
        workspace_id: target.workspaceId,
        url: rehost(p.url),
        created_at: now,
        trained_at: now,
      };
    });
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < pageCopies.length; i += ROWS_PER_STATEMENT)
        await trx
          .insertInto('chatbot_pages')
          .values(pageCopies.slice(i, i + ROWS_PER_STATEMENT))
          .execute();
    });
    pageRows += pageCopies.length;
    const rows = chunks.slice(0, total - inserted).map((c) => ({
      ...c,
      workspace_id: target.workspaceId,
      chatbot_id: target.chatbotId,
      page_id: pageIds.get(c.page_id)!,
      url: rehost(c.url),
    }));
    for (let t = 0; t < rows.length; t += ROWS_PER_TRANSACTION) {
      const batch = rows.slice(t, t + ROWS_PER_TRANSACTION);
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < batch.length; i += ROWS_PER_STATEMENT)
          await insertChunks(trx, database.engine, batch.slice(i, i + ROWS_PER_STATEMENT));
        await adjustTermStats(trx, target, [], batch);
      });
    }
    inserted += rows.length;
  }
  await db
    .updateTable('chatbots')
    .set({ status: 'active', pages_trained: pageRows, trained_at: nowIso() })
    .where('id', '=', target.chatbotId)
    .execute();
  // What autovacuum would have done by the time anyone asks: planner statistics
  // for the new rows, and the full-text index's pending entries merged.
  if (database.dialect === 'postgres') await sql`vacuum analyze chatbot_chunks, chatbot_chunk_vectors`.execute(db);
  return {
    chunks: inserted,
    pages: pageRows,
    copies: copy,
    sourceChunks: chunks.length,
    seconds: (performance.now() - started) / 1000,
  };
}

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
