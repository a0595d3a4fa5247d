import { handleJob, type Queue } from '../../../jobs/queue.js';
import { ANALYZER_VERSION } from '../../../lib/text-analysis/analyzer.js';
import type { Database } from '../../../storage/database.js';
import { findChatbotById, listChatbotsAnalyzedBefore, setAnalyzerVersion } from '../store.js';
import { reanalyzeChunks } from './index-page.js';
import { pageIdsAfter, reanalyzePage } from './reanalyze-store.js';
import { reanalyzeChatbotJob } from './reanalyze.job.js';

const PAGES_PER_BATCH = 100;

/**
 * Brings a chatbot's index up to today's analyzer, a page per transaction:
 * the chatbot keeps answering throughout, its term statistics always those
 * of its chunks. Safe to run again: analysis is deterministic, and a page
 * already analyzed is left as it is.
 */
export function reanalyzeChatbotHandler(deps: { database: Database }) {
  return handleJob(reanalyzeChatbotJob, {
    async handle({ chatbotId }) {
      const { db } = deps.database;
      const chatbot = await findChatbotById(db, chatbotId);
      if (!chatbot || chatbot.analyzer_version >= ANALYZER_VERSION) return;
      const target = { workspaceId: chatbot.workspace_id, chatbotId };
      for (let after = ''; ; ) {
        const pages = await pageIdsAfter(db, chatbotId, after, PAGES_PER_BATCH);
        if (pages.length === 0) break;
        for (const pageId of pages) await reanalyzePage(deps.database, target, pageId, reanalyzeChunks);
        after = pages.at(-1)!;
      }
      await setAnalyzerVersion(db, chatbotId, ANALYZER_VERSION);
    },
  });
}

/**
 * When a worker starts, every chatbot indexed by an older analyzer gets a
 * re-analysis job; the job key makes a second worker's enqueue a no-op.
 */
export async function reanalyzeOutdatedChatbots(deps: { database: Database; queue: Queue }): Promise<number> {
  const ids = await listChatbotsAnalyzedBefore(deps.database.db, ANALYZER_VERSION);
  for (const chatbotId of ids)
    await deps.queue.enqueue(
      reanalyzeChatbotJob,
      { chatbotId },
      { key: `${reanalyzeChatbotJob.name}:${chatbotId}:${ANALYZER_VERSION}`, whileRunning: 'nothing' },
    );
  return ids.length;
}
