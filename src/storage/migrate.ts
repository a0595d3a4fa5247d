import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { Database, Dialect } from './database.js';
import { foundation } from './migrations/0001-foundation.js';

// One ordered list serves both engines; a migration receives the dialect only
// to pick column types (see migrations/column-types.ts).
const MIGRATIONS: Record<string, (dialect: Dialect) => Migration> = {
  '0001-foundation': foundation,
};

class DialectMigrations implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(Object.entries(MIGRATIONS).map(([name, make]) => [name, make(this.dialect)]));
  }
}

/** Brings the schema up to date; safe to call from several processes at once. */
export async function migrateToLatest(database: Database): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in every schema unless told which;
  // name the current one so databases that share a server never mix them up.
  const migrationTableSchema =
    database.dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db: database.db,
    provider: new DialectMigrations(database.dialect),
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw new Error(`Database migration failed: ${error instanceof Error ? error.message : String(error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
