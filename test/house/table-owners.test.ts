import { describe, expect, it } from 'vitest';
import { read, sourceFiles } from './source-files.js';

// One owner per table (ARCHITECTURE.md): every table is written from one
// place only — its feature's store files (`store.ts`, `*-store.ts`), or the
// one infrastructure file that keeps it. Other features call that store.

const OWNERS: Record<string, RegExp> = {
  workspaces: /^src\/features\/workspaces\/store\.ts$/,
  users: /^src\/features\/accounts\/store\.ts$/,
  memberships: /^src\/features\/accounts\/store\.ts$/,
  sessions: /^src\/features\/accounts\/store\.ts$/,
  password_resets: /^src\/features\/accounts\/recovery\/store\.ts$/,
  invitations: /^src\/features\/members\/store\.ts$/,
  api_keys: /^src\/features\/api-keys\/store\.ts$/,
  contacts: /^src\/features\/contacts\/store\.ts$/,
  contact_imports: /^src\/features\/contacts\/import\/store\.ts$/,
  campaigns: /^src\/features\/campaigns\/(.+\/)?([a-z-]+-)?store\.ts$/,
  campaign_links: /^src\/features\/campaigns\/(.+\/)?([a-z-]+-)?store\.ts$/,
  campaign_recipients: /^src\/features\/campaigns\/(.+\/)?([a-z-]+-)?store\.ts$/,
  campaign_clicks: /^src\/features\/campaigns\/(.+\/)?([a-z-]+-)?store\.ts$/,
  campaign_timeline: /^src\/features\/campaigns\/(.+\/)?([a-z-]+-)?store\.ts$/,
  chatbots: /^src\/features\/chatbots\/store\.ts$/,
  chatbot_pages: /^src\/features\/chatbots\/training\/(pages|repeated)-store\.ts$/,
  chatbot_chunks: /^src\/features\/chatbots\/training\/(pages|reanalyze|repeated)-store\.ts$/,
  chatbot_chunk_vectors: /^src\/features\/chatbots\/training\/(pages|reanalyze)-store\.ts$/,
  chatbot_terms: /^src\/features\/chatbots\/training\/term-stats-store\.ts$/,
  chatbot_index_stats: /^src\/features\/chatbots\/training\/term-stats-store\.ts$/,
  chatbot_index_versions: /^src\/features\/chatbots\/training\/term-stats-store\.ts$/,
  chatbot_sources: /^src\/features\/chatbots\/sources\/sources-store\.ts$/,
  chatbot_source_files: /^src\/features\/chatbots\/sources\/sources-store\.ts$/,
  chatbot_daily_stats: /^src\/features\/chatbots\/analytics\/stats-store\.ts$/,
  chatbot_question_stats: /^src\/features\/chatbots\/analytics\/stats-store\.ts$/,
  conversations: /^src\/features\/chatbots\/chat\/conversations-store\.ts$/,
  conversation_messages: /^src\/features\/chatbots\/chat\/conversations-store\.ts$/,
  idempotency_keys: /^src\/features\/idempotency\/store\.ts$/,
  jobs: /^src\/jobs\/sql-queue(-claim|-keyed)?\.ts$/,
  upload_chunks: /^src\/storage\/uploads\.ts$/,
  events: /^src\/features\/events\/store\.ts$/,
  webhook_endpoints: /^src\/features\/webhooks\/([a-z-]+-)?store\.ts$/,
  webhook_deliveries: /^src\/features\/webhooks\/([a-z-]+-)?store\.ts$/,
  suppressions: /^src\/features\/suppressions\/store\.ts$/,
  inbound_webhooks: /^src\/features\/bounces\/inbound-store\.ts$/,
  delivery_events_seen: /^src\/features\/bounces\/store\.ts$/,
  soft_bounces: /^src\/features\/bounces\/store\.ts$/,
  emails: /^src\/features\/emails\/store\.ts$/,
  templates: /^src\/features\/templates\/store\.ts$/,
  contact_bulk_jobs: /^src\/features\/contacts\/bulk\/store\.ts$/,
  forms: /^src\/features\/forms\/store\.ts$/,
  contact_consents: /^src\/features\/consent\/store\.ts$/,
  erased_contacts: /^src\/features\/privacy\/store\.ts$/,
  privacy_keys: /^src\/features\/privacy\/store\.ts$/,
  segments: /^src\/features\/segments\/store\.ts$/,
  audit_log: /^src\/features\/audit\/store\.ts$/,
  chatbot_refused_origins: /^src\/features\/chatbots\/widget\/refused-origins-store\.ts$/,
};

/** Tables the schema declares: the keys of `Tables` in src/storage/tables.ts. */
function declaredTables(): string[] {
  const source = read('src/storage/tables.ts');
  const body = /export interface Tables \{([^}]*)\}/.exec(source)?.[1] ?? '';
  return [...body.matchAll(/^\s*([a-z_]+):/gm)].map((m) => m[1]!);
}

/** Every table `source` writes: Kysely's insertInto/updateTable/deleteFrom/replaceInto, and raw INSERT/UPDATE/DELETE. */
function tablesWritten(source: string, tables: readonly string[]): Set<string> {
  const names = tables.join('|');
  const patterns = [
    new RegExp(`\\b(?:insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\\(\\s*'(${names})'`, 'g'),
    new RegExp(`\\b(?:insert\\s+(?:or\\s+\\w+\\s+)?into|delete\\s+from)\\s+"?(${names})"?\\b`, 'gi'),
    new RegExp(`\\bupdate\\s+"?(${names})"?(?:\\s+(?:as\\s+)?\\w+)?\\s+set\\b`, 'gi'),
    // a table named to a bulk or insert-ignoring helper: insertIgnore(db, 'contacts', …)
    new RegExp(`\\b(?:insert\\w*|upsert\\w*|bulk\\w*)\\([^)]*?'(${names})'`, 'gi'),
  ];
  const written = new Set<string>();
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) written.add(m[1]!.toLowerCase());
  return written;
}

describe('one owner per table', () => {
  const tables = declaredTables();

  it('finds the writes it looks for (so the check below can fail)', () => {
    const sample = `
      await db.insertInto('contacts').values(row).execute();
      await trx.updateTable( 'campaigns' ).set({ sent: 1 });
      await sql\`UPDATE campaign_recipients SET status = 'sent'\`.execute(db);
      await sql\`insert or ignore into jobs (id) values (1)\`.execute(db);
      const help = 'Update contacts that already exist with the fields the file gives';
      await database.sql.insertIgnore(db, 'workspaces', rows);
      await db.selectFrom('users').selectAll().execute(); // a read
      // the update of sessions happens elsewhere`;
    expect([...tablesWritten(sample, tables)].sort()).toEqual([
      'campaign_recipients',
      'campaigns',
      'contacts',
      'jobs',
      'workspaces',
    ]);
  });

  it('every table has an owner', () => {
    expect(tables.length).toBeGreaterThan(20);
    expect(tables.filter((table) => !OWNERS[table])).toEqual([]);
  });

  it('every table is written only by its owner', () => {
    const strays: string[] = [];
    for (const file of sourceFiles('src', ['src/storage/migrations'])) {
      const written = tablesWritten(read(file), tables);
      for (const table of written) if (!OWNERS[table]?.test(file)) strays.push(`${file} writes ${table}`);
    }
    expect(strays).toEqual([]);
  });
});
