import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from './helpers/app.js';
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from './helpers/engines.js';
import { childEnv, CLI, requireBuild, startGrivo, type GrivoProcess } from './helpers/processes.js';

// `grivo backup` and `grivo restore` as an operator runs them: the compiled
// CLI in its own process, next to a running server that keeps writing.

function grivo(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: childEnv(env), timeout: 60_000 }, (error, _stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr });
    });
  });
}

/** Every row of every table of an SQLite file, by table, in rowid order (FTS shadow tables included: they are data too). */
function dump(file: string): Record<string, unknown[]> {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    const tables = db
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
      .all() as Array<{ name: string }>;
    const out: Record<string, unknown[]> = {};
    for (const { name } of tables) {
      const withRowid = db
        .prepare(`select * from sqlite_master where name = ? and sql like '%WITHOUT ROWID%'`)
        .get(name);
      out[name] = db.prepare(`select * from "${name}"${withRowid ? '' : ' order by rowid'}`).all();
    }
    return out;
  } finally {
    db.close();
  }
}

beforeAll(() => requireBuild());

describe('grivo backup and restore (SQLite)', () => {
  let database: TestDatabase;
  let server: GrivoProcess;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'grivo-backup-'));
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    server = await startGrivo({ ...database.env, GRIVO_RATE_LIMIT_FREE: '100000' });
  }, 60_000);
  afterAll(async () => {
    await server.stop();
    await database.drop();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('backs up while the server writes, and a restore into a fresh data dir holds exactly the backup', async () => {
    const tenant = await createTenant({ database });
    const post = (i: number) =>
      fetch(`${server.url}/v1/contacts`, {
        method: 'POST',
        headers: { ...tenant.auth, 'content-type': 'application/json' },
        body: JSON.stringify({ email: `c${i}@example.com`, attributes: { i } }),
      });
    for (let i = 0; i < 50; i++) expect((await post(i)).status).toBe(201);

    // Writes go on during the backup.
    let writing = true;
    let written = 50;
    const writer = (async () => {
      while (writing) if ((await post(written)).status === 201) written++;
    })();
    const file = path.join(scratch, 'grivo-backup.db');
    const backup = await grivo(database.env, 'backup', file);
    writing = false;
    await writer;
    expect(backup, backup.stderr).toMatchObject({ code: 0 });
    expect(backup.stderr).toMatch(/Backed up .* to .*grivo-backup\.db/);
    expect(backup.stderr).toMatch(/secret\.key/);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);

    const saved = dump(file);
    const contacts = saved.contacts!.length;
    expect(contacts).toBeGreaterThanOrEqual(50);
    expect(contacts).toBeLessThanOrEqual(written);
    const check = new SqliteDatabase(file, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();

    // Restore into another data dir, start Grivo there: the same data, the same key works.
    const restoredDir = path.join(scratch, 'restored');
    const restore = await grivo({ GRIVO_DATA_DIR: restoredDir }, 'restore', file);
    expect(restore, restore.stderr).toMatchObject({ code: 0 });
    expect(dump(path.join(restoredDir, 'grivo.db'))).toEqual(saved);
    const restored = await startGrivo({ GRIVO_DATA_DIR: restoredDir });
    try {
      const list = (await (await fetch(`${restored.url}/v1/contacts?per_page=1`, { headers: tenant.auth })).json()) as {
        total: number;
      };
      expect(list.total).toBe(contacts);
    } finally {
      await restored.stop();
    }
  });

  it('refuses to overwrite a file, and to restore what is not a Grivo backup, leaving the database as it was', async () => {
    const existing = path.join(scratch, 'exists.db');
    fs.writeFileSync(existing, 'keep me');
    const again = await grivo(database.env, 'backup', existing);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect(fs.readFileSync(existing, 'utf8')).toBe('keep me');

    const targetDir = path.join(scratch, 'target');
    expect((await grivo({ GRIVO_DATA_DIR: targetDir }, 'restore', path.join(scratch, 'grivo-backup.db'))).code).toBe(0);
    const before = dump(path.join(targetDir, 'grivo.db'));
    const notSqlite = await grivo({ GRIVO_DATA_DIR: targetDir }, 'restore', existing);
    expect(notSqlite.code).toBe(1);
    expect(notSqlite.stderr).toMatch(/could not be read as a Grivo database|not an SQLite database/);
    const foreign = path.join(scratch, 'foreign.db');
    new SqliteDatabase(foreign).exec('create table notes (text)').close();
    const notGrivo = await grivo({ GRIVO_DATA_DIR: targetDir }, 'restore', foreign);
    expect(notGrivo.code).toBe(1);
    expect(notGrivo.stderr).toMatch(/not a Grivo database/);
    expect(dump(path.join(targetDir, 'grivo.db'))).toEqual(before);
  });
});

describe.skipIf(!TEST_DATABASE_URL)('grivo backup on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
  });
  afterAll(() => database.drop());

  it("points to PostgreSQL's own tools", async () => {
    const res = await grivo(database.env, 'backup', path.join(os.tmpdir(), 'never-written.db'));
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/pg_dump --format=custom/);
    expect(res.stderr).toMatch(/pg_restore/);
  });
});
