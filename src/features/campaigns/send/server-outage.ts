import { retryDelayMs } from '../../../jobs/queue.js';
import type { SendControl } from './control.js';

/**
 * The mail server's failures that are not about any recipient (unreachable,
 * connection dropped, login or sender refused), shared by a run's lanes:
 * after one, every lane waits out an exponential backoff before its next
 * message, and no recipient is charged an attempt. Failures of lanes that
 * were already under way when the first came count as one.
 */
export class ServerOutage {
  private failures = 0;
  private until = 0;

  constructor(private readonly options: { baseMs: number; maxFailures: number }) {}

  /** Records a failure; true when the server has now failed `maxFailures` times in a row. */
  fail(): boolean {
    if (Date.now() < this.until) return false;
    this.failures++;
    this.until = Date.now() + retryDelayMs(this.failures, this.options.baseMs);
    return this.failures >= this.options.maxFailures;
  }

  succeed(): void {
    this.failures = 0;
    this.until = 0;
  }

  get consecutiveFailures(): number {
    return this.failures;
  }

  /** Waits until the backoff is over (or the run stops). */
  async wait(control: SendControl): Promise<void> {
    const ms = this.until - Date.now();
    if (ms > 0) await control.wait(ms);
  }
}
