import { setImmediate } from 'node:timers/promises';
import type { Database } from '../../../storage/database.js';
import type { Audience } from '../schema.js';
import type { CampaignRow } from '../store.js';
import { advanceSnapshot } from '../counters-store.js';
import type { SendControl } from './control.js';
import { snapshotChunk } from './recipients-store.js';
import { resolveAudience, SegmentGoneError, type ResolvedAudience } from './audience-filter.js';
import { nowIso } from '../../../lib/time.js';
import { updateCampaignIf } from '../store.js';

const CHUNK = 5000;

/**
 * Copies the audience into per-recipient rows, a chunk per transaction with
 * the campaign's cursor, so a kill mid-way resumes where it stopped and the
 * API is never blocked for long.
 */
export async function snapshotAudience(
  database: Database,
  campaign: CampaignRow,
  run: number,
  control: SendControl,
): Promise<void> {
  // The segment is read once, as it stands when the send starts.
  let audience: ResolvedAudience;
  try {
    audience = await resolveAudience(database.db, campaign.workspace_id, JSON.parse(campaign.audience) as Audience);
  } catch (error) {
    if (!(error instanceof SegmentGoneError)) throw error;
    const now = nowIso();
    await updateCampaignIf(
      database.db,
      { id: campaign.id, from: ['sending'] },
      { status: 'failed', error: error.message, finished_at: now, updated_at: now },
    );
    control.stop('failed');
    return;
  }
  let after = campaign.snapshot_after ?? '';
  while (!control.stopped) {
    const done = await database.db.transaction().execute(async (trx) => {
      const { seen, copied, last } = await snapshotChunk(trx, database.engine, { ...campaign, audience }, after, CHUNK);
      const finished = seen < CHUNK;
      await advanceSnapshot(trx, campaign.id, run, { copied, after: last ?? after, done: finished });
      after = last ?? after;
      return finished;
    });
    if (done) return;
    await setImmediate();
  }
}
