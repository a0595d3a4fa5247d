import { hasSources, nextRetrainAt } from './chatbot-row.js';
import { startTraining, type ChatbotDeps } from './service.js';
import { claimScheduledRetrain, listDueRetrains } from './store.js';

const SWEEP_MS = 60_000;

/**
 * Starts the crawls that chatbots' `retrain_schedule` has made due by `now`
 * (ms): each due time is claimed by one process (moved to the next one
 * first), and the crawl goes through the queue with its per-chatbot key, so a
 * chatbot never crawls twice at once. A chatbot already training skips this
 * turn. Returns how many crawls it started.
 */
export async function startDueRetrains(deps: ChatbotDeps, now = Date.now()): Promise<number> {
  let started = 0;
  for (const row of await listDueRetrains(deps.database.db, new Date(now).toISOString())) {
    const next = nextRetrainAt(row.retrain_schedule, now);
    if (!(await claimScheduledRetrain(deps.database.db, row.id, row.next_retrain_at!, next))) continue;
    if (row.status === 'training' || !hasSources(row)) continue;
    await startTraining(deps, row);
    started++;
  }
  return started;
}

/** Checks every minute for due crawls; returns what stops it. */
export function scheduleRetrains(deps: ChatbotDeps, onError: (error: unknown) => void): () => void {
  const sweep = () => void startDueRetrains(deps).catch(onError);
  const timer = setInterval(sweep, SWEEP_MS).unref();
  sweep();
  return () => clearInterval(timer);
}
