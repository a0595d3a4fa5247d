import type { Database } from '../../src/storage/database.js';
import { ownTables } from './engines.js';

/**
 * Every row of every table of the database, as lowercase JSON text by table: the tables and
 * their columns are listed by the database itself, so a table added later is searched too.
 * Rows of the workspaces in `except` are left out (they may hold the same address).
 */
export async function databaseText(database: Database, except: string[] = []): Promise<Map<string, string>> {
  const { db } = database;
  const tables = await ownTables(database);
  const text = new Map<string, string>();
  for (const table of tables) {
    const scoped = except.length > 0 && table.columns.some((c) => c.name === 'workspace_id');
    const rows = await (db as any)
      .selectFrom(table.name)
      .selectAll()
      .$if(scoped, (q: any) => q.where('workspace_id', 'not in', except))
      .execute();
    const json = JSON.stringify(rows, (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v));
    text.set(table.name, json.toLowerCase());
  }
  return text;
}
