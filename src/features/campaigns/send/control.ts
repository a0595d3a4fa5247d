import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../../../storage/database.js';

const POLL_MS = 200;

/**
 * Watches a campaign while a run sends it: as soon as it is paused,
 * cancelled, or taken over by a newer run, `stopped` turns true and `signal`
 * aborts, so the run stops within a poll (200 ms) plus the messages already
 * with the mail server. Every poll also gives the run a chance to flush.
 */
export class SendControl {
  private readonly abort = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private polling = false;

  constructor(
    private readonly db: Db,
    private readonly campaignId: string,
    private readonly run: number,
    private readonly onPoll: () => Promise<void> = async () => {},
  ) {}

  get signal(): AbortSignal {
    return this.abort.signal;
  }
  get stopped(): boolean {
    return this.abort.signal.aborted;
  }

  start(): void {
    this.timer = setInterval(() => void this.poll(), POLL_MS);
  }

  stop(reason = 'stopped'): void {
    if (!this.stopped) this.abort.abort(new Error(reason));
  }

  close(): void {
    clearInterval(this.timer);
  }

  /** Waits `ms`, or less if the run is stopped meanwhile. */
  async wait(ms: number): Promise<void> {
    await sleep(ms, undefined, { signal: this.signal }).catch(() => {});
  }

  private async poll(): Promise<void> {
    if (this.polling || this.stopped) return;
    this.polling = true;
    try {
      const row = await this.db
        .selectFrom('campaigns')
        .select(['status', 'send_run'])
        .where('id', '=', this.campaignId)
        .executeTakeFirst();
      if (!row) this.stop('deleted');
      else if (row.send_run !== this.run) this.stop('taken over by a newer run');
      else if (row.status !== 'sending') this.stop(row.status);
      await this.onPoll();
    } catch {
      // A failed poll is retried on the next tick; the run itself surfaces database trouble.
    } finally {
      this.polling = false;
    }
  }
}
