import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';
import { reanalyzeChunks } from './0006-reanalyze.js';

/**
 * Search by Grivo's own analyzer instead of each engine's: every chunk keeps
 * its language and its analyzed terms by field; both engines index exactly
 * those terms (FTS5 splitting on spaces only, a tsvector written literally),
 * and per-chatbot term statistics let BM25 be computed the same way on both.
 * Existing chunks are analyzed here, so trained chatbots answer at once.
 */
export function chatbotAnalysis(dialect: Dialect) {
  const { id } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      if (dialect === 'sqlite') {
        await sql`drop trigger chatbot_chunks_fts_insert`.execute(db);
        await sql`drop trigger chatbot_chunks_fts_delete`.execute(db);
        await sql`drop table chatbot_chunks_fts`.execute(db);
      } else {
        await sql`drop index chatbot_chunks_search`.execute(db);
        await sql`alter table chatbot_chunks drop column search`.execute(db);
        // The vectors in a narrow table of their own: small enough to stay
        // uncompressed in the row, so ranking a few thousand matches reads
        // little and decompresses nothing.
        await sql`create table chatbot_chunk_vectors (
          id bigint primary key references chatbot_chunks(id) on delete cascade,
          workspace_id text collate "C" not null,
          chatbot_id text collate "C" not null,
          search tsvector not null
        )`.execute(db);
      }
      await db.schema
        .alterTable('chatbot_chunks')
        .addColumn('language', 'text', (c) => c.notNull().defaultTo('und'))
        .execute();
      for (const field of ['title_terms', 'heading_terms', 'path_terms', 'text_terms']) {
        await db.schema
          .alterTable('chatbot_chunks')
          .addColumn(field, 'text', (c) => c.notNull().defaultTo(''))
          .execute();
      }

      // Document frequency of each term among a chatbot's chunks.
      await db.schema
        .createTable('chatbot_terms')
        .addColumn('chatbot_id', id, (c) => c.notNull().references('chatbots.id').onDelete('cascade'))
        // Compared bytewise on PostgreSQL too, so a term's prefix range is an index range.
        .addColumn('term', id, (c) => c.notNull())
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('chunks', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('chatbot_terms_pk', ['chatbot_id', 'term'])
        .execute();
      // Chunks and terms per field, by language: BM25's collection size and average lengths.
      await db.schema
        .createTable('chatbot_index_stats')
        .addColumn('chatbot_id', id, (c) => c.notNull().references('chatbots.id').onDelete('cascade'))
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('chunks', 'integer', (c) => c.notNull())
        .addColumn('title_length', 'integer', (c) => c.notNull())
        .addColumn('heading_length', 'integer', (c) => c.notNull())
        .addColumn('path_length', 'integer', (c) => c.notNull())
        .addColumn('text_length', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('chatbot_index_stats_pk', ['chatbot_id', 'language'])
        .execute();

      await reanalyzeChunks(db, dialect);

      if (dialect === 'sqlite') await sqliteIndex(db);
      // GIN defers new entries to a pending list that every search scans until
      // (auto)vacuum merges it; a small list keeps searches fast while a chatbot trains.
      else
        await sql`create index chatbot_chunk_vectors_search on chatbot_chunk_vectors using gin (search) with (gin_pending_list_limit = 256)`.execute(
          db,
        );
    },
  };
}

// FTS5 over the analyzed columns, splitting on whitespace only (every other
// character category is part of a token), so it indexes the analyzer's terms
// exactly. External content: the text lives once, in chatbot_chunks.
async function sqliteIndex(db: Kysely<any>): Promise<void> {
  await sql`create virtual table chatbot_chunks_fts using fts5(
    chatbot_id, title_terms, heading_terms, path_terms, text_terms,
    content='chatbot_chunks', content_rowid='id',
    tokenize="unicode61 remove_diacritics 0 categories 'L* M* N* P* S* Co Cn'"
  )`.execute(db);
  await sql`insert into chatbot_chunks_fts(chatbot_chunks_fts) values ('rebuild')`.execute(db);
  await sql`create trigger chatbot_chunks_fts_insert after insert on chatbot_chunks begin
    insert into chatbot_chunks_fts(rowid, chatbot_id, title_terms, heading_terms, path_terms, text_terms)
      values (new.id, new.chatbot_id, new.title_terms, new.heading_terms, new.path_terms, new.text_terms);
  end`.execute(db);
  await sql`create trigger chatbot_chunks_fts_delete after delete on chatbot_chunks begin
    insert into chatbot_chunks_fts(chatbot_chunks_fts, rowid, chatbot_id, title_terms, heading_terms, path_terms, text_terms)
      values ('delete', old.id, old.chatbot_id, old.title_terms, old.heading_terms, old.path_terms, old.text_terms);
  end`.execute(db);
}
