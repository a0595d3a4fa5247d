import { setTimeout as sleep } from 'node:timers/promises';
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database, Db, Dialect } from './database.js';
import { foundation } from './migrations/0001-foundation.js';
import { contacts } from './migrations/0002-contacts.js';
import { campaigns } from './migrations/0003-campaigns.js';
import { chatbotTraining } from './migrations/0004-chatbot-training.js';
import { accounts } from './migrations/0005-accounts.js';
import { chatbotAnalysis } from './migrations/0006-chatbot-analysis.js';
import { analyzerVersion } from './migrations/0007-analyzer-version.js';
import { chatbotSources } from './migrations/0008-chatbot-sources.js';
import { eventsWebhooks } from './migrations/0009-events-webhooks.js';
import { deliverability } from './migrations/0010-deliverability.js';
import { emailsTemplates } from './migrations/0011-emails-templates.js';
import { machineOpens } from './migrations/0012-machine-opens.js';
import { consent } from './migrations/0013-consent.js';
import { forms } from './migrations/0014-forms.js';
import { segments } from './migrations/0015-segments.js';
import { tagsBulk } from './migrations/0016-tags-bulk.js';
import { privacy } from './migrations/0017-privacy.js';
import { recipientOpens } from './migrations/0018-recipient-opens.js';
import { contactImportMarks } from './migrations/0019-contact-import-marks.js';
import { invitations } from './migrations/0020-invitations.js';
import { accountRecovery } from './migrations/0021-account-recovery.js';
import { auditLog } from './migrations/0022-audit-log.js';
import { refusedOrigins } from './migrations/0023-refused-origins.js';
import { importMergeMark } from './migrations/0024-import-merge-mark.js';
import { jobFollowUp } from './migrations/0025-job-follow-up.js';
import { chatbotIndexVersion } from './migrations/0026-chatbot-index-version.js';
import { repeatedBlocks } from './migrations/0027-repeated-blocks.js';

// One ordered list serves both engines; a migration receives the dialect only
// to pick column types (see migrations/column-types.ts).
const MIGRATIONS = {
  '0001-foundation': foundation,
  '0002-contacts': contacts,
  '0003-campaigns': campaigns,
  '0004-chatbot-training': chatbotTraining,
  '0005-accounts': accounts,
  '0006-chatbot-analysis': chatbotAnalysis,
  '0007-analyzer-version': analyzerVersion,
  '0008-chatbot-sources': chatbotSources,
  '0009-events-webhooks': eventsWebhooks,
  '0010-deliverability': deliverability,
  '0011-emails-templates': emailsTemplates,
  '0012-machine-opens': machineOpens,
  '0013-consent': consent,
  '0014-forms': forms,
  '0015-segments': segments,
  '0016-tags-bulk': tagsBulk,
  '0017-privacy': privacy,
  '0018-recipient-opens': recipientOpens,
  '0019-contact-import-marks': contactImportMarks,
  '0020-invitations': invitations,
  '0021-account-recovery': accountRecovery,
  '0022-audit-log': auditLog,
  '0023-refused-origins': refusedOrigins,
  '0024-import-merge-mark': importMergeMark,
  '0025-job-follow-up': jobFollowUp,
  '0026-chatbot-index-version': chatbotIndexVersion,
  '0027-repeated-blocks': repeatedBlocks,
} satisfies Record<string, (dialect: Dialect) => Migration>;

class DialectMigrations implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(Object.entries(MIGRATIONS).map(([name, make]) => [name, make(this.dialect)]));
  }
}

/** Brings the schema up to date (or up to the migration named `to`); safe to call from several processes at once. */
export async function migrateToLatest(database: Database, to?: keyof typeof MIGRATIONS): Promise<string[]> {
  if (database.dialect === 'sqlite')
    return withSqliteWriteLock(database.db, (db) => runMigrations(db, 'sqlite', undefined, to));
  // Kysely looks for its bookkeeping tables in every schema unless told which;
  // name the current one so databases that share a server never mix them up.
  const schema = (await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db)).rows[0]
    ?.schema;
  if (to === undefined && schema !== undefined && (await upToDate(database.db, schema))) return [];
  return runMigrations(database.db, 'postgres', schema, to);
}

/**
 * Whether the schema holds exactly the migrations this version knows: then there is
 * nothing to do, and Kysely's migrator is not started. It would first list the tables
 * of every schema on the server, which is slow on a shared server and fails when
 * another schema is dropped meanwhile ("schema … does not exist").
 */
async function upToDate(db: Db, schema: string): Promise<boolean> {
  const applied = await sql<{ name: string }>`select name from ${sql.id(schema, 'kysely_migration')}`
    .execute(db)
    .then((r) => new Set(r.rows.map((row) => row.name)))
    .catch(() => undefined); // no bookkeeping table yet: a new database
  const known = Object.keys(MIGRATIONS);
  return applied !== undefined && applied.size === known.length && known.every((name) => applied.has(name));
}

async function runMigrations(
  db: Kysely<any>,
  dialect: Dialect,
  migrationTableSchema: string | undefined,
  to: string | undefined,
): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: new DialectMigrations(dialect),
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error, results } = to === undefined ? await migrator.migrateToLatest() : await migrator.migrateTo(to);
  if (error) throw new Error(`Database migration failed: ${error instanceof Error ? error.message : String(error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

const SQLITE_LOCK_WAIT_MS = 60_000;

// Kysely takes no migration lock on SQLite (it assumes one connection), so two
// processes opening a fresh file together would both run every migration and
// the second would fail. Holding SQLite's single write lock (BEGIN IMMEDIATE)
// for the whole run serialises them: the second waits, then finds nothing
// pending. SQLite DDL is transactional, so a failed run leaves nothing behind.
// The lock is polled with busy_timeout at 0 because better-sqlite3 waits
// synchronously, which would stall a holder on the same thread.
async function withSqliteWriteLock<T>(db: Db, run: (db: Kysely<any>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    const busy = await sql<{ timeout: number }>`pragma busy_timeout`.execute(conn);
    const timeout = Number(busy.rows[0]?.timeout ?? 0);
    await sql.raw('pragma busy_timeout = 0').execute(conn);
    try {
      for (const deadline = Date.now() + SQLITE_LOCK_WAIT_MS; ; ) {
        try {
          await sql`begin immediate`.execute(conn);
          break;
        } catch (error) {
          if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
          await sleep(20);
        }
      }
    } finally {
      await sql.raw(`pragma busy_timeout = ${timeout}`).execute(conn);
    }
    try {
      const result = await run(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
  });
}
