import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';

/**
 * Which version of the text analyzer each chatbot's index was built with
 * (`ANALYZER_VERSION`): the worker re-analyzes the chunks of chatbots indexed
 * by an older one, so an upgrade's better analysis reaches them without a
 * retrain (which would skip every page whose content did not change). Every
 * chatbot indexed so far is at version 1. On SQLite, FTS5 follows updates of
 * a chunk's terms too.
 */
export function analyzerVersion(dialect: Dialect) {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .alterTable('chatbots')
        .addColumn('analyzer_version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      if (dialect === 'sqlite')
        await sql`create trigger chatbot_chunks_fts_update
          after update of title_terms, heading_terms, path_terms, text_terms on chatbot_chunks begin
            insert into chatbot_chunks_fts(chatbot_chunks_fts, rowid, chatbot_id, title_terms, heading_terms, path_terms, text_terms)
              values ('delete', old.id, old.chatbot_id, old.title_terms, old.heading_terms, old.path_terms, old.text_terms);
            insert into chatbot_chunks_fts(rowid, chatbot_id, title_terms, heading_terms, path_terms, text_terms)
              values (new.id, new.chatbot_id, new.title_terms, new.heading_terms, new.path_terms, new.text_terms);
          end`.execute(db);
    },
  };
}
