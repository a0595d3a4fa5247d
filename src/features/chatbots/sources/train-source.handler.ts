import type { Config } from '../../../config.js';
import { handleJob } from '../../../jobs/queue.js';
import { nowIso } from '../../../lib/time.js';
import type { Embedder } from '../../../providers/llm/llm.js';
import type { Database } from '../../../storage/database.js';
import { findWorkspace } from '../../workspaces/store.js';
import { lockChatbot, setPagesTrained } from '../store.js';
import { chunkPage, embedChunks } from '../training/index-page.js';
import { countIndexedPages, sourcePageId, writePages } from '../training/pages-store.js';
import { SourceProblem } from './file-html.js';
import { matchKeys } from './qna-match.js';
import { qnaContent, sourceHtml, sourceUrl } from './source-page.js';
import { findSourceById, sourceFileBytes, sourceUsage, updateSourceRow, type SourceRow } from './sources-store.js';
import { trainSourceJob } from './train-source.job.js';

interface TrainSourceDeps {
  database: Database;
  config: Pick<Config, 'publicUrl' | 'plans'>;
  embedder: Embedder | undefined;
  logger?: { warn(obj: unknown, msg?: string): void };
}

/**
 * Trains one source at one revision: its page replaces its previous one in
 * one transaction, so the chatbot answers from either version whole. A newer
 * revision (the source changed again) or its deletion makes the run a no-op.
 * A source that cannot be learned from (an encrypted PDF, a file past the
 * plan) is `failed` with the reason; the chatbot keeps its other pages.
 */
export function trainSourceHandler(deps: TrainSourceDeps) {
  return handleJob(trainSourceJob, {
    async handle({ sourceId, revision }) {
      const { db } = deps.database;
      const source = await findSourceById(db, sourceId);
      if (!source || source.revision !== revision) return;
      await updateSourceRow(db, sourceId, { status: 'training', error: null }, revision);
      const url = sourceUrl(deps.config.publicUrl, source);
      let page: ReturnType<typeof chunkPage>;
      try {
        const bytes = source.type === 'file' ? await sourceFileBytes(db, sourceId) : undefined;
        page = chunkPage(await sourceHtml(source, bytes), url);
        if (page.chunks.length === 0) throw new SourceProblem('The source holds no text to answer from.');
        if (source.type === 'file') await assertWithinPlan(deps, source, characters(page));
      } catch (error) {
        if (!(error instanceof SourceProblem)) throw error;
        await updateSourceRow(db, sourceId, { status: 'failed', error: error.message, updated_at: nowIso() }, revision);
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
          {
            status: 'trained',
            pages: 1,
            chunks: chunks.length,
            match_keys: JSON.stringify(keys),
            trained_at: now,
            ...(source.type === 'file' ? { characters: characters(page) } : {}),
          },
          revision,
        );
        if (!current) return;
        const known = await sourcePageId(trx, source.chatbot_id, sourceId);
        await writePages(trx, deps.database.engine, target, [
          {
            kind: 'indexed',
            known: known === undefined ? undefined : { id: known },
            who: { ...target, url, run: 0, now, sourceId },
            facts: { title: page.title, etag: null, lastModified: null, contentHash: page.contentHash, links: [] },
            chunks,
          },
        ]);
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
          error: `Training stopped because of a problem on Grivo's side. Save the source again to retry. Technical detail: ${error}`,
        },
        revision,
      );
    },
  });
}

const characters = (page: ReturnType<typeof chunkPage>) => page.chunks.reduce((n, c) => n + c.text.length, 0);

// A file's text is known only now: with the chatbot's other sources it must fit the plan.
async function assertWithinPlan(deps: TrainSourceDeps, source: SourceRow, adding: number): Promise<void> {
  const workspace = await findWorkspace(deps.database.db, source.workspace_id);
  const plan = (workspace?.plan ?? 'free') as keyof Config['plans'];
  const limit = deps.config.plans[plan].sourceCharacters;
  const usage = await sourceUsage(deps.database.db, { workspaceId: source.workspace_id, chatbotId: source.chatbot_id });
  const total = usage.characters - source.characters + adding;
  if (total > limit)
    throw new SourceProblem(
      `The file holds ${adding.toLocaleString('en')} characters of text, and the chatbot's sources would come to ${total.toLocaleString('en')}: your ${plan} plan allows ${limit.toLocaleString('en')}. Delete or shorten a source, or upgrade your plan.`,
    );
}
