// The raw baselines of `npm run bench:import`: how fast each engine takes the
// same rows with nothing of Grivo in the way.
//  - SQLite: better-sqlite3 on a fresh file with the server's pragmas (WAL,
//    synchronous=NORMAL), one prepared INSERT, every row in one transaction,
//    in file order, into a plain table of text columns — and, as the second
//    baseline, into the same table with a workspace column and the contacts
//    table's unique (workspace, email) index; and, as the ceiling Grivo's own
//    schema sets, into Grivo's contacts table (migrated as the server does)
//    with every column as an import stores it. The file is parsed with
//    papaparse as it is read; only the INSERTs (and BEGIN/COMMIT) are timed.
//  - PostgreSQL: `COPY … FROM STDIN (FORMAT csv, HEADER true)` into a plain
//    table in a fresh schema, streaming a copy of the file without its bad rows;
//    and, as the ceiling Grivo's own schema sets, COPY into Grivo's contacts
//    table (a fresh schema migrated as the server does) of the same rows with
//    every column as an import stores it, written to a file before the timing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { finished, pipeline } from 'node:stream/promises';
import SqliteDatabase from 'better-sqlite3';
import Papa from 'papaparse';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { emailKey } from '../src/lib/email.js';
import { newId } from '../src/lib/ids.js';
import { openDatabase } from '../src/storage/database.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import { tagKeys } from '../src/features/contacts/tags/keys.js';
import { createWorkspace } from '../src/features/workspaces/service.js';
import { createTestDatabase } from '../test/helpers/engines.js';
import { HEADER } from './import-data.js';

export interface BaselineFigures {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

const COLUMNS = HEADER.map((name) => `${name} text`).join(', ');
const BATCH = 10_000;

/**
 * The tables a SQLite baseline loads: `plain`, seven text columns; `indexed`,
 * the same with a workspace column, unique on (workspace, email) as Grivo's
 * contacts are; `contacts`, Grivo's own contacts table.
 */
export type SqliteTable = 'plain' | 'indexed' | 'contacts';

/**
 * Inserts the rows Grivo would store (7 fields and an address with an `@`;
 * the bad rows are left out) into a fresh SQLite file's `table`.
 */
export async function sqliteBaseline(csvFile: string, table: SqliteTable): Promise<BaselineFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grivo-bench-sqlite-'));
  if (table === 'contacts') {
    const grivo = await openDatabase({ url: undefined, dataDir: dir, sqliteFile: 'baseline.db' });
    await migrateToLatest(grivo);
    await grivo.close();
  }
  const db = new SqliteDatabase(path.join(dir, 'baseline.db'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    const { insert, values } = prepareTable(db, table);

    let rows = 0;
    let ns = 0n;
    const timed = (fn: () => void) => {
      const start = process.hrtime.bigint();
      fn();
      ns += process.hrtime.bigint() - start;
    };
    const flush = (batch: unknown[][]) =>
      timed(() => {
        for (const row of batch) insert.run(row);
      });

    timed(() => db.exec('begin'));
    const parser = fs.createReadStream(csvFile).pipe(Papa.parse(Papa.NODE_STREAM_INPUT, { header: false }));
    let batch: unknown[][] = [];
    let header = true;
    for await (const row of parser as AsyncIterable<string[]>) {
      if (header) {
        header = false;
        continue;
      }
      if (row.length !== HEADER.length || !row[0]!.includes('@')) continue;
      batch.push(values(row));
      if (batch.length === BATCH) {
        flush(batch);
        rows += batch.length;
        batch = [];
      }
    }
    flush(batch);
    rows += batch.length;
    timed(() => db.exec('commit'));

    const name = table === 'contacts' ? 'contacts' : 'contacts_plain';
    const counted = (db.prepare(`select count(*) as n from ${name}`).get() as { n: number }).n;
    if (counted !== rows) throw new Error(`SQLite baseline: inserted ${rows} rows but the table has ${counted}`);
    const seconds = Number(ns) / 1e9;
    return { rows, seconds, rowsPerSecond: rows / seconds };
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// The table, its INSERT, and a file row as that INSERT's values (made before
// the timed part: Grivo's own per-row work is not what these measure).
function prepareTable(db: SqliteDatabase.Database, table: SqliteTable) {
  if (table === 'contacts') {
    db.pragma('foreign_keys = OFF');
    const insert = db.prepare(
      `insert into contacts (${CONTACT_COLUMNS.join(', ')}) values (${CONTACT_COLUMNS.map(() => '?').join(', ')})`,
    );
    return { insert, values: contactValues() };
  }
  if (table === 'indexed') {
    db.exec(`create table contacts_plain (workspace_id text not null default 'ws_bench', ${COLUMNS})`);
    db.exec('create unique index contacts_plain_email on contacts_plain (workspace_id, email)');
  } else db.exec(`create table contacts_plain (${COLUMNS})`);
  const insert = db.prepare(
    `insert into contacts_plain (${HEADER.join(', ')}) values (${HEADER.map(() => '?').join(', ')})`,
  );
  return { insert, values: (row: string[]) => row };
}

/** The contacts table's columns a baseline writes, as an import stores them. */
const CONTACT_COLUMNS = [
  'workspace_id',
  'id',
  'email',
  'email_key',
  'first_name',
  'last_name',
  'phone',
  'attributes',
  'tags',
  'tag_keys',
  'status',
  'source',
  'created_at',
  'updated_at',
  'created_by_import',
] as const;

/** A file row as a contacts row's values (`CONTACT_COLUMNS`), for one workspace and import. */
function contactValues(workspace = newId('ws')): (row: string[]) => (string | null)[] {
  const now = new Date().toISOString();
  const importId = newId('imp');
  return ([email, first, last, phone, tags, company, city]: string[]) => {
    const list = tags ? tags.split(';') : [];
    return [
      workspace,
      newId('ct'),
      email!,
      emailKey(email!),
      first || null,
      last || null,
      phone || null,
      JSON.stringify({ company, city }),
      JSON.stringify(list),
      JSON.stringify(tagKeys(list)),
      'subscribed',
      'import',
      now,
      now,
      importId,
    ];
  };
}

/** The tables a PostgreSQL baseline loads: `plain`, seven text columns; `contacts`, Grivo's own contacts table. */
export type PostgresTable = 'plain' | 'contacts';

/**
 * COPY of the rows Grivo would store into a fresh schema's `table`: for
 * `plain`, `goodCsvFile` itself (header line, then only rows Grivo would
 * store); for `contacts`, those rows as contacts rows of one workspace,
 * written to a file beside it before the timing starts.
 */
export async function postgresBaseline(
  databaseUrl: string,
  goodCsvFile: string,
  table: PostgresTable,
): Promise<BaselineFigures> {
  if (table === 'plain') {
    return withSchema(databaseUrl, async (client, schema) => {
      await client.query(`create table ${schema}.contacts_plain (${COLUMNS})`);
      return copyTimed(
        client,
        `copy ${schema}.contacts_plain (${HEADER.join(', ')}) from stdin (format csv, header true)`,
        goodCsvFile,
      );
    });
  }
  const database = await createTestDatabase('postgres'); // a fresh schema, migrated as the server migrates it
  const rowsFile = `${goodCsvFile}.contacts`;
  try {
    const workspace = await createWorkspace(database.db, { name: 'Baseline', plan: 'pro' });
    await writeContactRows(goodCsvFile, rowsFile, workspace.id);
    const client = new pg.Client({ connectionString: database.databaseUrl });
    await client.connect();
    try {
      return await copyTimed(client, `copy contacts (${CONTACT_COLUMNS.join(', ')}) from stdin (format csv)`, rowsFile);
    } finally {
      await client.end();
    }
  } finally {
    fs.rmSync(rowsFile, { force: true });
    await database.drop();
  }
}

/** `goodCsvFile`'s rows as CSV lines of the contacts table's `CONTACT_COLUMNS` for `workspaceId` (no header). */
async function writeContactRows(goodCsvFile: string, rowsFile: string, workspaceId: string): Promise<void> {
  const values = contactValues(workspaceId);
  const out = fs.createWriteStream(rowsFile);
  const parser = fs.createReadStream(goodCsvFile).pipe(Papa.parse(Papa.NODE_STREAM_INPUT, { header: false }));
  let batch: (string | null)[][] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    if (!out.write(`${Papa.unparse(batch, { newline: '\n' })}\n`)) await once(out, 'drain');
    batch = [];
  };
  let header = true;
  for await (const row of parser as AsyncIterable<string[]>) {
    if (header) {
      header = false;
      continue;
    }
    batch.push(values(row));
    if (batch.length === BATCH) await flush();
  }
  await flush();
  out.end();
  await finished(out);
}

async function withSchema<T>(databaseUrl: string, fn: (client: pg.Client, schema: string) => Promise<T>): Promise<T> {
  const schema = `bench_${Date.now().toString(36)}_${process.pid}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`create schema ${schema}`);
    return await fn(client, schema);
  } finally {
    await client.query(`drop schema if exists ${schema} cascade`).catch(() => {});
    await client.end();
  }
}

/** Streams `file` into `copy` (a `COPY … FROM STDIN`), timed from the first byte to the end. */
async function copyTimed(client: pg.Client, copy: string, file: string): Promise<BaselineFigures> {
  const stream = client.query(copyFrom(copy));
  const start = process.hrtime.bigint();
  await pipeline(fs.createReadStream(file, { highWaterMark: 256 * 1024 }), stream);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rows = stream.rowCount;
  return { rows, seconds, rowsPerSecond: rows / seconds };
}
