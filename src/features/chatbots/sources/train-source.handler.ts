import type { Config } from '../../../config.js';
import { handleJob } from '../../../jobs/queue.js';
import { nowIso } from '../../../lib/time.js';
import type { Embedder } from '../../../providers/llm/llm.js';
import type { Database } from '../../../storage/database.js';
import { lockChatbot, setPagesTrained } from '../store.js';
import { embedChunks } from '../training/index-page.js';
import { countIndexedPages, sourcePageId, writePage } from '../training/pages-store.js';
import { matchKeys } from './qna-match.js';
import { indexSource, qnaContent, sourceUrl } from './source-page.js';
import { findSourceById, updateSourceRow } from './sources-store.js';
import { trainSourceJob } from './train-source.job.js';

export interface TrainSourceDeps {
  database: Database;
  config: Pick<Config, 'publicUrl'>;
  embedder: Embedder | undefined;
  logger?: { warn(obj: unknown, msg?: string): void };
}

/**
 * Trains one source at one revision: its page replaces its previous one in
 * one transaction, so the chatbot answers from either version whole. A newer
 * revision (the source changed again) or its deletion makes the run a no-op.
 */
export function trainSourceHandler(deps: TrainSourceDeps) {
  return handleJob(trainSourceJob, {
    async handle({ sourceId, revision }) {
      const { db } = deps.database;
      const source = await findSourceById(db, sourceId);
      if (!source || source.revision !== revision) return;
      await updateSourceRow(db, sourceId, { status: 'training', error: null }, revision);
      const page = indexSource(source, sourceUrl(deps.config.publicUrl, sourceId));
      if (page.chunks.length === 0) {
        await updateSourceRow(
          db,
          sourceId,
          { status: 'failed', error: 'The source holds no text to answer from.', updated_at: nowIso() },
          revision,
        );
        return;
      }
      const chunks = await embedChunks(deps.embedder, page.chunks);
      const language = chunks[0]!.language;
      const keys =
        source.type === 'qna'
          ? matchKeys([qnaContent(source).question, ...qnaContent(source).alternatives], language)
          : [];
      const target = { workspaceId: source.workspace_id, chatbotId: source.chatbot_id };
      const now = nowIso();
      await deps.database.db.transaction().execute(async (trx) => {
        // Taken first: deleting or changing the source waits for this transaction, or ends it here.
        const current = await updateSourceRow(
          trx,
          sourceId,
          { status: 'trained', pages: 1, chunks: chunks.length, match_keys: JSON.stringify(keys), trained_at: now },
          revision,
        );
        if (!current) return;
        const known = await sourcePageId(trx, source.chatbot_id, sourceId);
        await writePage(
          trx,
          deps.database.engine,
          known === undefined ? undefined : { id: known },
          { ...target, url: sourceUrl(deps.config.publicUrl, sourceId), run: 0, now, sourceId },
          { title: page.title, etag: null, lastModified: null, contentHash: page.contentHash, links: [] },
          chunks,
        );
        await lockChatbot(trx, deps.database.engine, source.chatbot_id);
        await setPagesTrained(trx, source.chatbot_id, await countIndexedPages(trx, source.chatbot_id));
      });
    },
    async onFailed({ sourceId, revision }, error) {
      deps.logger?.warn({ sourceId, error }, 'training a source failed for good');
      await updateSourceRow(
        deps.database.db,
        sourceId,
        {
          status: 'failed',
          error: `Training stopped after an internal error (${error}). Save the source again to retry.`,
        },
        revision,
      );
    },
  });
}
