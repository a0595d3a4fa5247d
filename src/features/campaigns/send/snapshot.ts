import { setImmediate } from 'node:timers/promises';
import type { Database } from '../../../storage/database.js';
import type { Audience } from '../schema.js';
import type { CampaignRow } from '../store.js';
import type { SendControl } from './control.js';
import { snapshotChunk } from './recipients-store.js';

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
  const audience = JSON.parse(campaign.audience) as Audience;
  let after = campaign.snapshot_after ?? '';
  while (!control.stopped) {
    const done = await database.db.transaction().execute(async (trx) => {
      const { seen, copied, last } = await snapshotChunk(
        trx,
        database.dialect,
        { ...campaign, audience },
        after,
        CHUNK,
      );
      const finished = seen < CHUNK;
      await trx
        .updateTable('campaigns')
        .set((eb) => ({
          recipients: eb('recipients', '+', copied),
          snapshot_after: last ?? after,
          snapshot_done: finished ? 1 : 0,
        }))
        .where('id', '=', campaign.id)
        .where('send_run', '=', run)
        .execute();
      after = last ?? after;
      return finished;
    });
    if (done) return;
    await setImmediate();
  }
}
