import type { Database } from '../../../storage/database.js';
import { hourOfIso } from '../../../storage/hour.js';
import { addToCampaignCounters, addToTimeline, clearTimelineSends, setSendCounts } from '../counters-store.js';
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
  private written: Promise<void> = Promise.resolve();

  add(outcome: Outcome, at: string, n = 1): void {
    this.counts[outcome] += n;
    if (outcome === 'sent') {
      const hour = hourOfIso(at);
      this.sentPerHour.set(hour, (this.sentPerHour.get(hour) ?? 0) + n);
    }
  }

  /**
   * Adds the counts to the campaign (only while `run` is still its current
   * run) and starts afresh. Resolves once every earlier flush has landed too,
   * so a recount that follows can never be overtaken by a flush of counts it
   * has already counted.
   */
  flush(database: Database, campaign: { id: string; workspace_id: string }, run: number): Promise<void> {
    const write = this.written.then(() => this.write(database, campaign, run));
    this.written = write.catch(() => {});
    return write;
  }

  private async write(database: Database, campaign: { id: string; workspace_id: string }, run: number) {
    const { counts, sentPerHour } = this;
    if (Object.values(counts).every((n) => n === 0)) return;
    this.counts = { sent: 0, failed: 0, bounced: 0, skipped: 0 };
    this.sentPerHour = new Map();
    try {
      await database.db.transaction().execute(async (trx) => {
        if (!(await addToCampaignCounters(trx, campaign.id, counts, { run }))) return;
        for (const [hour, n] of sentPerHour) await addToTimeline(trx, campaign, hour, { sent: n });
      });
    } catch (error) {
      // Kept for the next flush rather than lost.
      for (const [outcome, n] of Object.entries(counts)) this.counts[outcome as Outcome] += n;
      for (const [hour, n] of sentPerHour) this.sentPerHour.set(hour, (this.sentPerHour.get(hour) ?? 0) + n);
      throw error;
    }
  }
}

/**
 * Sets the recipient and send counts and the timeline's sends from the
 * recipients themselves, while `run` is the campaign's current run: run when a
 * send resumes (a killed run may not have flushed) and when it finishes. A
 * superseded run leaves the counts to the current one, whose unflushed tally
 * its recount would otherwise count twice.
 */
export async function recountCampaign(
  database: Database,
  campaign: { id: string; workspace_id: string },
  run: number,
): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    const byStatus = await countRecipientsByStatus(trx, campaign.id);
    const current = await setSendCounts(trx, campaign.id, run, {
      recipients: Object.values(byStatus).reduce((a, b) => a + b, 0),
      sent: byStatus.sent ?? 0,
      failed: byStatus.failed ?? 0,
      bounced: byStatus.bounced ?? 0,
      skipped: byStatus.skipped ?? 0,
    });
    if (!current) return;
    await clearTimelineSends(trx, campaign.id);
    for (const { hour, n } of await countSentPerHour(trx, database.engine, campaign.id)) {
      await addToTimeline(trx, campaign, hour, { sent: n });
    }
  });
}
