import type { Kysely } from 'kysely';

/**
 * Blocks repeated across a site's pages (its cookie notice, its footer) kept
 * once: each page's block keys, the keys cut from its chunks, and a cut
 * chunk's text as extracted, so a later training can put a block back when
 * it is no longer repeated (training/repeated-blocks.ts). Pages indexed
 * before have no keys (null): the next training reads them from their
 * chunks, so a trained chatbot keeps answering as it did until then.
 */
export function repeatedBlocks() {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('chatbot_pages').addColumn('block_keys', 'text').execute();
      await db.schema
        .alterTable('chatbot_pages')
        .addColumn('cut_blocks', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
      await db.schema.alterTable('chatbot_chunks').addColumn('full_text', 'text').execute();
    },
  };
}
