import type { MailConfig } from '../../../config.js';
import type { Mailer, SendOutcome } from '../../../providers/mail/mailer.js';
import { retryDelayMs } from '../../../jobs/queue.js';
import { isoIn, nowIso } from '../../../lib/time.js';
import type { Database } from '../../../storage/database.js';
import { setContactStatusIf } from '../../contacts/store.js';
import { updateCampaignIf } from '../store.js';
import type { RecipientAdvancer } from './advance-store.js';
import type { SendControl } from './control.js';
import type { SendTally } from './counters.js';
import { releaseClaim, type DueRecipient, type RecipientResult } from './recipients-store.js';
import type { Rendered } from './renderer.js';
import type { ServerOutage } from './server-outage.js';

export interface DeliverContext {
  database: Database;
  mailer: Mailer;
  mail: Pick<MailConfig, 'maxAttempts' | 'retryBaseMs'>;
  campaign: { id: string; workspace_id: string };
  run: number;
  control: SendControl;
  tally: SendTally;
  outage: ServerOutage;
  advancer: RecipientAdvancer;
}

// Two lanes per connection: while one lane's message is on the wire, the
// other records and claims, so the connection never waits for us. A kill can
// leave each lane's last message accepted but not yet recorded, so up to two
// per connection are in doubt. A message waiting in the pool's queue was never
// transmitted, so resending it after a kill is no duplicate.
const LANES_PER_CONNECTION = 2;

type Sent = { contactId: string; result: RecipientResult };

/**
 * Sends the rendered messages of a batch over lanes. Each lane claims a recipient, hands its
 * message to the server and, the moment the server answers, records the
 * result in the same statement that claims its next recipient. So at any
 * moment at most one message per lane has been transmitted but not recorded:
 * the only messages a kill can leave in doubt.
 */
export async function deliver(
  ctx: DeliverContext,
  items: Array<{ recipient: DueRecipient; message: Rendered }>,
): Promise<void> {
  const { database, campaign, run, control } = ctx;
  let next = 0;
  const lane = async () => {
    let previous: Sent | undefined;
    try {
      while (!control.stopped && next < items.length) {
        const { recipient, message } = items[next++]!;
        const email = recipient.email!;
        const claimed = await ctx.advancer.advance({ previous, next: { contactId: recipient.contact_id, email } });
        previous = undefined;
        if (!claimed) continue;
        // Claimed but not yet transmitted: a pause or kill while waiting for
        // the throttle or a server backoff leaves nothing in doubt.
        try {
          await ctx.outage.wait(control);
          await ctx.mailer.acquire(control.signal);
          control.signal.throwIfAborted();
        } catch {
          await releaseClaim(database.db, campaign.id, recipient.contact_id, run);
          return;
        }
        previous = await sendOne(ctx, recipient, message);
      }
    } finally {
      if (previous) await ctx.advancer.advance({ previous });
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(ctx.mailer.concurrency * LANES_PER_CONNECTION, items.length) }, lane),
  );
}

/** Sends one claimed recipient's message; returns its result to record, or undefined when the claim was handed back. */
async function sendOne(ctx: DeliverContext, recipient: DueRecipient, message: Rendered): Promise<Sent | undefined> {
  const { database, campaign, run } = ctx;
  if ('error' in message) {
    const failed = {
      status: 'failed' as const,
      at: nowIso(),
      error: `The message could not be rendered: ${message.error}`,
    };
    ctx.tally.add('failed', failed.at);
    return { contactId: recipient.contact_id, result: failed };
  }
  const outcome = await ctx.mailer.send(message);
  if (!outcome.ok && outcome.about === 'server') {
    await releaseClaim(database.db, campaign.id, recipient.contact_id, run);
    if (ctx.outage.fail()) await pauseForOutage(ctx, outcome.error);
    return undefined;
  }
  ctx.outage.succeed();
  const result = resultOf(outcome, recipient.attempts + 1, ctx.mail);
  if (result.status === 'bounced') {
    // The address is not written to again, by any campaign.
    await setContactStatusIf(
      database.db,
      { workspaceId: campaign.workspace_id, id: recipient.contact_id, from: ['subscribed'] },
      'bounced',
      result.at,
    );
  }
  if (result.status !== 'retry') ctx.tally.add(result.status, result.at);
  return { contactId: recipient.contact_id, result };
}

/** The server keeps failing: the campaign is paused, saying why, rather than every recipient failed. */
async function pauseForOutage(ctx: DeliverContext, error: string): Promise<void> {
  const now = nowIso();
  const n = ctx.outage.consecutiveFailures;
  await updateCampaignIf(
    ctx.database.db,
    { id: ctx.campaign.id, from: ['sending'], run: ctx.run },
    {
      status: 'paused',
      error: `Paused after the mail server failed ${n} times in a row (${error}). Resume once it works again.`,
      updated_at: now,
    },
  );
  ctx.control.stop('paused');
}

/** A server's permanent refusal bounces; a temporary one is tried again later, up to maxAttempts. */
export function resultOf(
  outcome: SendOutcome,
  attempt: number,
  mail: Pick<MailConfig, 'maxAttempts' | 'retryBaseMs'>,
): RecipientResult {
  const at = nowIso();
  if (outcome.ok) return { status: 'sent', at };
  if (outcome.permanent) return { status: 'bounced', at, error: outcome.error };
  if (attempt >= mail.maxAttempts)
    return { status: 'failed', at, error: `${outcome.error} (gave up after ${attempt} attempts)` };
  return { status: 'retry', at, error: outcome.error, nextAttemptAt: isoIn(retryDelayMs(attempt, mail.retryBaseMs)) };
}
