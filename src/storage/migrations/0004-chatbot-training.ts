import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

export function chatbotTraining(dialect: Dialect) {
  const { id, timestamp, json, bytes } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      const chatbotColumns: [string, (c: any) => any, unknown][] = [
        ['sitemap_url', (c) => c, 'text'],
        ['urls', (c) => c.notNull().defaultTo('[]'), json],
        ['crawl', (c) => c.notNull().defaultTo('{}'), json],
        ['welcome_message', (c) => c, 'text'],
        ['appearance', (c) => c.notNull().defaultTo('{}'), json],
        ['allowed_domains', (c) => c.notNull().defaultTo('[]'), json],
        ['lead_capture', (c) => c.notNull().defaultTo('{}'), json],
        ['error', (c) => c, 'text'],
        ['pages_found', (c) => c.notNull().defaultTo(0), 'integer'],
        ['pages_done', (c) => c.notNull().defaultTo(0), 'integer'],
        // Fencing, as campaigns' send_run: each training run takes the next
        // number, and pages not seen by the finishing run leave the index.
        ['train_run', (c) => c.notNull().defaultTo(0), 'integer'],
        ['trained_at', (c) => c, timestamp],
      ];
      for (const [name, build, type] of chatbotColumns) {
        await db.schema
          .alterTable('chatbots')
          .addColumn(name, type as any, build)
          .execute();
      }

      await db.schema
        .createTable('chatbot_pages')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('chatbot_id', id, (c) => c.notNull().references('chatbots.id').onDelete('cascade'))
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        // indexed | skipped
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('content_hash', 'text')
        // The page's same-site links, so a 304 still continues the crawl.
        .addColumn('links', json, (c) => c.notNull().defaultTo('[]'))
        .addColumn('chunks', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('seen_run', 'integer', (c) => c.notNull())
        .addColumn('trained_at', timestamp, (c) => c.notNull())
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('chatbot_pages_url')
        .on('chatbot_pages')
        .columns(['chatbot_id', 'url'])
        .unique()
        .execute();

      const chunkId =
        dialect === 'postgres' ? sql`bigint generated always as identity primary key` : sql`integer primary key`;
      await db.schema
        .createTable('chatbot_chunks')
        .addColumn('id', chunkId as any)
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('chatbot_id', id, (c) => c.notNull())
        .addColumn('page_id', id, (c) => c.notNull().references('chatbot_pages.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('anchor', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        // The heading path, for display; `section` is the last heading alone,
        // which is what search weighs (every sub-section repeats its parents).
        .addColumn('heading', 'text', (c) => c.notNull())
        .addColumn('section', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('embedding', bytes)
        .execute();
      await db.schema
        .createIndex('chatbot_chunks_page')
        .on('chatbot_chunks')
        .columns(['page_id', 'position'])
        .execute();
      await db.schema.createIndex('chatbot_chunks_chatbot').on('chatbot_chunks').columns(['chatbot_id']).execute();
      await (dialect === 'postgres' ? postgresSearch(db) : sqliteSearch(db));

      await db.schema
        .createTable('conversations')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('chatbot_id', id, (c) => c.notNull().references('chatbots.id').onDelete('cascade'))
        // api | widget
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('origin', 'text')
        .addColumn('contact_id', id)
        .addColumn('lead_name', 'text')
        .addColumn('lead_email', 'text')
        .addColumn('messages', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('unanswered', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_message_at', timestamp, (c) => c.notNull())
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('conversations_chatbot')
        .on('conversations')
        .columns(['workspace_id', 'chatbot_id', 'last_message_at', 'id'])
        .execute();

      await db.schema
        .createTable('conversation_messages')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('conversation_id', id, (c) => c.notNull().references('conversations.id').onDelete('cascade'))
        // user | assistant
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('answered', 'integer')
        .addColumn('sources', json, (c) => c.notNull().defaultTo('[]'))
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('conversation_messages_conversation')
        .on('conversation_messages')
        .columns(['conversation_id', 'id'])
        .execute();
    },
  };
}

// Full-text search with the page title and the section's heading weighted above the text.
// SQLite: an FTS5 index over the chunks table, kept by triggers (chunks are
// only ever inserted and deleted). The chatbot id is indexed as a column so a
// query matches within one chatbot's chunks instead of filtering afterwards.
async function sqliteSearch(db: Kysely<any>): Promise<void> {
  await sql`create virtual table chatbot_chunks_fts using fts5(
    chatbot_id, title, section, text,
    content='chatbot_chunks', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
  )`.execute(db);
  await sql`create trigger chatbot_chunks_fts_insert after insert on chatbot_chunks begin
    insert into chatbot_chunks_fts(rowid, chatbot_id, title, section, text)
      values (new.id, new.chatbot_id, new.title, new.section, new.text);
  end`.execute(db);
  await sql`create trigger chatbot_chunks_fts_delete after delete on chatbot_chunks begin
    insert into chatbot_chunks_fts(chatbot_chunks_fts, rowid, chatbot_id, title, section, text)
      values ('delete', old.id, old.chatbot_id, old.title, old.section, old.text);
  end`.execute(db);
}

// PostgreSQL: a stored tsvector (English stemming) and a GIN index on it.
async function postgresSearch(db: Kysely<any>): Promise<void> {
  await sql`alter table chatbot_chunks add column search tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, title), 'A') ||
    setweight(to_tsvector('english'::regconfig, section), 'B') ||
    setweight(to_tsvector('english'::regconfig, text), 'C')
  ) stored`.execute(db);
  await sql`create index chatbot_chunks_search on chatbot_chunks using gin (search)`.execute(db);
}
