import type { Config } from '../../../config.js';
import { handleJob } from '../../../jobs/queue.js';
import { trainChatbotJob } from './train.job.js';
import { nowIso } from '../../../lib/time.js';
import type { Executor } from '../../../storage/database.js';
import { emitEvent } from '../../events/emit.js';
import { findWorkspace } from '../../workspaces/store.js';
import { effectiveCrawl, settingsOf, toChatbotResponse, type ChatbotRow } from '../chatbot-row.js';
import { beginTrainingRun, findChatbotById, lockChatbot, updateChatbotForRun } from '../store.js';
import { TrainingRun, type TrainDeps } from './training-run.js';
import { noPagesMessage } from './failure-text.js';
import { countIndexedPages, removeUnseenPages } from './pages-store.js';
import { keepRepeatedBlocksOnce } from './repeated-blocks.js';

/**
 * Trains a chatbot on its website: crawls, and re-indexes only the pages
 * that changed. Safe to run again at any point: each run takes a new run
 * number, a page is replaced whole in one transaction, and only the run that
 * finishes removes the pages it did not see.
 */
export function trainChatbotHandler(deps: TrainDeps) {
  return handleJob(trainChatbotJob, {
    async handle({ chatbotId }) {
      const chatbot = await beginTrainingRun(deps.database.db, chatbotId);
      if (chatbot) await train(deps, chatbot);
    },
    async onFailed({ chatbotId }, error) {
      deps.logger?.warn({ chatbotId, error }, 'training failed for good');
      const chatbot = await findChatbotById(deps.database.db, chatbotId);
      if (chatbot?.status !== 'training') return;
      await finishRun(
        deps,
        chatbot,
        chatbot.train_run,
        `Training stopped because of a problem on Grivo's side. Train again to retry. Technical detail: ${error}`,
      );
    },
  });
}

async function train(deps: TrainDeps, chatbot: ChatbotRow): Promise<void> {
  const workspace = await findWorkspace(deps.database.db, chatbot.workspace_id);
  const plan = deps.config.plans[(workspace?.plan ?? 'free') as keyof Config['plans']] ?? deps.config.plans.free;
  const settings = settingsOf(chatbot);
  const run = new TrainingRun(deps, chatbot, effectiveCrawl(settings.crawl, plan.pages), settings.urls);
  const outcome = await run.crawl();
  if (outcome.superseded) return;

  if (outcome.kept === 0) {
    // Nothing reachable (the site is down, or every page was refused): the
    // previous index stays, and the error says why.
    await finishRun(deps, chatbot, chatbot.train_run, noPagesMessage(outcome.skipped));
    return;
  }
  const target = { workspaceId: chatbot.workspace_id, chatbotId: chatbot.id };
  // Over the pages this run kept, before the chatbot says it is trained; a
  // newer run (which took over meanwhile) does it over its own.
  if ((await findChatbotById(deps.database.db, chatbot.id))?.train_run === chatbot.train_run)
    await keepRepeatedBlocksOnce(deps.database, target, chatbot.train_run);
  await deps.database.db.transaction().execute(async (trx) => {
    await lockChatbot(trx, deps.database.engine, chatbot.id);
    const pages = await removeUnseenPages(trx, target, chatbot.train_run);
    const now = nowIso();
    const changed = await updateChatbotForRun(trx, chatbot.id, chatbot.train_run, {
      status: 'active',
      pages_trained: pages,
      error: pages === 0 ? noPagesMessage(outcome.skipped) : null,
      trained_at: now,
      updated_at: now,
    });
    if (changed) await emitTrainingEvent(trx, chatbot.id, 'chatbot.trained', plan.pages);
  });
}

async function finishRun(deps: TrainDeps, chatbot: ChatbotRow, run: number, error: string): Promise<void> {
  const { database } = deps;
  const indexed = await countIndexedPages(database.db, chatbot.id);
  const workspace = await findWorkspace(database.db, chatbot.workspace_id);
  const planPages = deps.config.plans[(workspace?.plan ?? 'free') as keyof Config['plans']]?.pages ?? 0;
  await database.db.transaction().execute(async (trx) => {
    const changed = await updateChatbotForRun(trx, chatbot.id, run, {
      status: indexed > 0 ? 'active' : 'failed',
      pages_trained: indexed,
      error: indexed > 0 ? `The last training failed and the previous pages were kept. ${error}` : error,
      updated_at: nowIso(),
    });
    if (changed) await emitTrainingEvent(trx, chatbot.id, 'chatbot.training_failed', planPages);
  });
}

/** chatbot.trained or chatbot.training_failed, with the chatbot as the API shows it. */
async function emitTrainingEvent(
  trx: Executor,
  chatbotId: string,
  type: 'chatbot.trained' | 'chatbot.training_failed',
  planPages: number,
): Promise<void> {
  const row = await findChatbotById(trx, chatbotId);
  if (row) await emitEvent(trx, row.workspace_id, type, toChatbotResponse(row, planPages));
}
