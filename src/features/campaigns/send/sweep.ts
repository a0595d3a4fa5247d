import { nowIso } from '../../../lib/time.js';
import { enqueueSend, type CampaignDeps } from '../service.js';
import { listDueCampaignIds } from '../store.js';

const SWEEP_MS = 10_000;

/**
 * Every worker checks every few seconds that each campaign that should be
 * sending has its job: a scheduled campaign whose time has come, or a
 * sending one whose job was lost (an enqueue that failed after its state
 * change, a process that died between the two). The job key makes extra
 * enqueues no-ops, while the job waits and while it runs.
 */
export function sweepCampaigns(deps: CampaignDeps): () => void {
  const sweep = async () => {
    for (const id of await listDueCampaignIds(deps.database.db, nowIso())) await enqueueSend(deps, id, 0, 'nothing');
  };
  const timer = setInterval(() => void sweep().catch(() => {}), SWEEP_MS).unref();
  void sweep().catch(() => {});
  return () => clearInterval(timer);
}
