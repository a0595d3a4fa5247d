import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { randomBase62 } from '../lib/ids.js';
import { openDatabase } from './database.js';
import { migrateToLatest } from './migrate.js';

/** The SQLite file of an embedded deployment. */
function sqliteFileOf(dataDir: string): string {
  return path.join(dataDir, 'grivo.db');
}

/** A backup or restore that cannot be done; the message says why and what to do. */
export class BackupError extends Error {
  override name = 'BackupError';
}

// Pages per step after the first: all of them, so the copy is made in one
// read transaction — one consistent snapshot however busy the server is (WAL
// lets writers go on meanwhile), rather than a copy restarted by every write.
const ALL_PAGES = 0x7fffffff;

/**
 * Copies the live database to `file` with SQLite's online backup API: safe
 * while Grivo runs and writes, and the copy is checked before it is kept.
 */
export async function backupSqlite(dataDir: string, file: string): Promise<{ bytes: number }> {
  const source = sqliteFileOf(dataDir);
  if (!fs.existsSync(source)) throw new BackupError(`There is no database at ${source}: check GRIVO_DATA_DIR.`);
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw new BackupError(`${target} already exists; choose a new file name.`);
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  await copySqlite(source, partial);
  // One self-contained file: the copy keeps the source's WAL mode, which would need -wal and -shm files beside it.
  const copy = new SqliteDatabase(partial, { fileMustExist: true });
  copy.pragma('journal_mode = DELETE');
  copy.close();
  checkGrivoDatabase(partial);
  fs.renameSync(partial, target);
  return { bytes: fs.statSync(target).size };
}

/**
 * Replaces the database with a backup made by backupSqlite (stop Grivo
 * first). The backup is checked (intact, a Grivo database) and brought up to
 * this version's schema on a scratch copy first, so a backup this version
 * cannot use is refused before anything is replaced.
 */
export async function restoreSqlite(dataDir: string, file: string): Promise<{ bytes: number }> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new BackupError(`There is no file ${source}.`);
  checkGrivoDatabase(source);
  fs.mkdirSync(dataDir, { recursive: true });
  const scratchName = `restore-${randomBase62(8)}.db`;
  const scratch = path.join(dataDir, scratchName);
  try {
    await copySqlite(source, scratch);
    const database = await openDatabase({ url: undefined, dataDir, sqliteFile: scratchName, poolSize: 1 });
    try {
      await migrateToLatest(database);
    } catch (error) {
      throw new BackupError(
        `${source} cannot be used by this version of Grivo (${(error as Error).message}); restore it with the version that made it.`,
      );
    } finally {
      await database.close();
    }
    // Written through SQLite (pages, locks and the WAL handled), not by copying files over a live one.
    await copySqlite(scratch, sqliteFileOf(dataDir));
  } finally {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(scratch + suffix, { force: true });
  }
  return { bytes: fs.statSync(source).size };
}

async function copySqlite(from: string, to: string): Promise<void> {
  const db = new SqliteDatabase(from, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(to, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
}

function checkGrivoDatabase(file: string): void {
  let db: SqliteDatabase.Database;
  try {
    db = new SqliteDatabase(file, { fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file} is not an SQLite database (${(error as Error).message}).`);
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError(`${file} is damaged: ${String(integrity)}.`);
    const hasMigrations = db
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'")
      .get();
    if (!hasMigrations) throw new BackupError(`${file} is not a Grivo database (it has no migrations table).`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} could not be read as a Grivo database (${(error as Error).message}).`);
  } finally {
    db.close();
  }
}
