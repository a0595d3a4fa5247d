import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

/**
 * What a chatbot learns from besides its crawl — a text an owner wrote, a
 * question with its answer, a file — each trained into pages of its own
 * (`chatbot_pages.source_id`), which a crawl neither sees nor removes; and
 * visitors' thumbs on answers.
 */
export function chatbotSources(dialect: Dialect) {
  const { id, timestamp, json, bytes } = columnTypes(dialect);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('chatbot_sources')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('chatbot_id', id, (c) => c.notNull().references('chatbots.id').onDelete('cascade'))
        // text | qna | file
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        // The source as given: { text }, { question, answer, alternatives } or { name, media_type, size }.
        .addColumn('content', json, (c) => c.notNull())
        .addColumn('characters', 'integer', (c) => c.notNull())
        // pending | training | trained | failed
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('error', 'text')
        // Each change takes the next number; a training writes only for the number it read.
        .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('pages', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('chunks', 'integer', (c) => c.notNull().defaultTo(0))
        // Q&A only: each wording's analyzed terms, as [{ language, terms }].
        .addColumn('match_keys', json, (c) => c.notNull().defaultTo('[]'))
        .addColumn('from_message_id', id)
        .addColumn('trained_at', timestamp)
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('updated_at', timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('chatbot_sources_chatbot')
        .on('chatbot_sources')
        .columns(['workspace_id', 'chatbot_id', 'type', 'id'])
        .execute();

      // An uploaded file's bytes, apart from the row every list reads.
      await db.schema
        .createTable('chatbot_source_files')
        .addColumn('source_id', id, (c) => c.primaryKey().references('chatbot_sources.id').onDelete('cascade'))
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('bytes', bytes, (c) => c.notNull())
        .execute();

      await db.schema.alterTable('chatbot_pages').addColumn('source_id', id).execute();
      await db.schema.createIndex('chatbot_pages_source').on('chatbot_pages').columns(['source_id']).execute();

      for (const [name, type] of [
        ['feedback', 'text'],
        ['feedback_comment', 'text'],
        ['feedback_at', timestamp],
      ] as const)
        await db.schema
          .alterTable('conversation_messages')
          .addColumn(name, type as any)
          .execute();
    },
  };
}
