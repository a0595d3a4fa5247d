import type { Database, Executor } from '../../../storage/database.js';
import { hourOfIso } from '../../../storage/hour.js';
import { countRecipientsByStatus, countSentPerHour } from './recipients-store.js';

type Outcome = 'sent' | 'failed' | 'bounced' | 'skipped';

/**
 * The send job's counts since its last flush. Written to the campaign row
 * once a second rather than per message; whatever a crash loses here is
 * recounted from the recipients when the next run starts (`recountCampaign`).
 */
export class SendTally {
  private counts: Record<Outcome, number> = { sent: 0, failed: 0, bounced: 0, skipped: 0 };
  private sentPerHour = new Map<string, number>();

  add(outcome: Outcome, at: string, n = 1): void {
    this.counts[outcome] += n;
    if (outcome === 'sent') {
      const hour = hourOfIso(at);
      this.sentPerHour.set(hour, (this.sentPerHour.get(hour) ?? 0) + n);
    }
  }

  /** Adds the counts to the campaign (only while `run` is still its current run) and starts afresh. */
  async flush(database: Database, campaign: { id: string; workspace_id: string }, run: number): Promise<void> {
    const { counts, sentPerHour } = this;
    if (Object.values(counts).every((n) => n === 0)) return;
    this.counts = { sent: 0, failed: 0, bounced: 0, skipped: 0 };
    this.sentPerHour = new Map();
    await database.db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('campaigns')
        .set((eb) => ({
          sent: eb('sent', '+', counts.sent),
          failed: eb('failed', '+', counts.failed),
          bounced: eb('bounced', '+', counts.bounced),
          skipped: eb('skipped', '+', counts.skipped),
        }))
        .where('id', '=', campaign.id)
        .where('send_run', '=', run)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) return;
      for (const [hour, n] of sentPerHour) await addToTimeline(trx, campaign, hour, { sent: n });
    });
  }
}

/** Adds to one hour of a campaign's timeline. */
export async function addToTimeline(
  db: Executor,
  campaign: { id: string; workspace_id: string },
  hour: string,
  add: Partial<Record<'sent' | 'opens' | 'clicks', number>>,
): Promise<void> {
  const values = { sent: add.sent ?? 0, opens: add.opens ?? 0, clicks: add.clicks ?? 0 };
  await db
    .insertInto('campaign_timeline')
    .values({ campaign_id: campaign.id, hour, workspace_id: campaign.workspace_id, ...values })
    .onConflict((oc) =>
      oc.columns(['campaign_id', 'hour']).doUpdateSet((eb) => ({
        sent: eb('campaign_timeline.sent', '+', eb.ref('excluded.sent')),
        opens: eb('campaign_timeline.opens', '+', eb.ref('excluded.opens')),
        clicks: eb('campaign_timeline.clicks', '+', eb.ref('excluded.clicks')),
      })),
    )
    .execute();
}

/**
 * Sets the recipient and send counts and the timeline's sends from the recipients
 * themselves: run when a send resumes (a killed run may not have flushed) and
 * when it finishes.
 */
export async function recountCampaign(
  database: Database,
  campaign: { id: string; workspace_id: string },
): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    const byStatus = await countRecipientsByStatus(trx, campaign.id);
    await trx
      .updateTable('campaigns')
      .set({
        recipients: Object.values(byStatus).reduce((a, b) => a + b, 0),
        sent: byStatus.sent ?? 0,
        failed: byStatus.failed ?? 0,
        bounced: byStatus.bounced ?? 0,
        skipped: byStatus.skipped ?? 0,
      })
      .where('id', '=', campaign.id)
      .execute();
    await trx.updateTable('campaign_timeline').set({ sent: 0 }).where('campaign_id', '=', campaign.id).execute();
    for (const { hour, n } of await countSentPerHour(trx, database.dialect, campaign.id)) {
      await addToTimeline(trx, campaign, hour, { sent: n });
    }
  });
}
