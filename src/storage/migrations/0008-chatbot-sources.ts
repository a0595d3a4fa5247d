import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

/**
 * What a chatbot learns from besides its crawl — a text an owner wrote, a
 * question with its answer, a file — each trained into pages of its own
 * (`chatbot_pages.source_id`), which a crawl neither sees nor removes;
 * visitors' thumbs on answers; what an owner reads conversations and leads by;
 * widget settings and scheduled re-crawls; and analytics kept as they happen.
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
        // text | qna | file, or the crawl's website | sitemap | urls
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
      // A chatbot crawls one website, one sitemap and one list of URLs: its
      // settings, shown as sources (see sources/crawl-sources.ts).
      await sql`create unique index chatbot_sources_crawl on chatbot_sources (chatbot_id, type)
        where type in ('website', 'sitemap', 'urls')`.execute(db);

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

      // What an owner reads a conversation by, kept on it rather than found in its messages.
      const conversationColumns: [string, unknown, (c: any) => any][] = [
        ['page_url', 'text', (c) => c],
        ['first_question', 'text', (c) => c],
        ['thumbs_up', 'integer', (c) => c.notNull().defaultTo(0)],
        ['thumbs_down', 'integer', (c) => c.notNull().defaultTo(0)],
        ['lead_at', timestamp, (c) => c],
      ];
      for (const [name, type, build] of conversationColumns)
        await db.schema
          .alterTable('conversations')
          .addColumn(name, type as any, build)
          .execute();
      await db
        .updateTable('conversations')
        .set((eb) => ({ lead_at: eb.ref('last_message_at') }))
        .where('lead_email', 'is not', null)
        .execute();
      await db.schema
        .createIndex('conversations_leads')
        .on('conversations')
        .columns(['workspace_id', 'chatbot_id', 'lead_at', 'id'])
        .execute();

      // Widget settings, and the schedule of re-crawls.
      const chatbotColumns: [string, unknown, (c: any) => any][] = [
        ['display_name', 'text', (c) => c],
        ['starter_questions', json, (c) => c.notNull().defaultTo('[]')],
        ['retrain_schedule', 'text', (c) => c.notNull().defaultTo('off')],
        ['next_retrain_at', timestamp, (c) => c],
      ];
      for (const [name, type, build] of chatbotColumns)
        await db.schema
          .alterTable('chatbots')
          .addColumn(name, type as any, build)
          .execute();
      await db.schema.createIndex('chatbots_next_retrain').on('chatbots').columns(['next_retrain_at']).execute();

      // Analytics, counted as conversations happen: per chatbot and UTC day, and
      // per question (its analyzed terms) and day.
      await db.schema
        .createTable('chatbot_daily_stats')
        .addColumn('chatbot_id', id, (c) => c.notNull().references('chatbots.id').onDelete('cascade'))
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('conversations', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('questions', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('answered', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('thumbs_up', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('thumbs_down', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('leads', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('chatbot_daily_stats_pk', ['chatbot_id', 'day'])
        .execute();
      await db.schema
        .createTable('chatbot_question_stats')
        .addColumn('chatbot_id', id, (c) => c.notNull().references('chatbots.id').onDelete('cascade'))
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('terms', 'text', (c) => c.notNull())
        .addColumn('workspace_id', id, (c) => c.notNull())
        .addColumn('asked', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('unanswered', 'integer', (c) => c.notNull().defaultTo(0))
        // The latest wording asked, and its conversation.
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('conversation_id', id, (c) => c.notNull())
        .addPrimaryKeyConstraint('chatbot_question_stats_pk', ['chatbot_id', 'day', 'terms'])
        .execute();
    },
  };
}
