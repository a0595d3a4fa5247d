import type { MailConfig } from '../../../config.js';
import type { Mailer, SendOutcome } from '../../../providers/mail/mailer.js';
import { retryDelayMs } from '../../../jobs/queue.js';
import { isoIn, nowIso } from '../../../lib/time.js';
import type { Database } from '../../../storage/database.js';
import { setContactStatusIf } from '../../contacts/store.js';
import type { SendControl } from './control.js';
import type { SendTally } from './counters.js';
import type { BuildMessage } from './message.js';
import { updateCampaignIf } from '../store.js';
import { markSending, recordResult, releaseClaim, type DueRecipient, type RecipientResult } from './recipients-store.js';
import type { ServerOutage } from './server-outage.js';

export interface DeliverContext {
  database: Database;
  mailer: Mailer;
  mail: Pick<MailConfig, 'maxAttempts' | 'retryBaseMs'>;
  campaign: { id: string; workspace_id: string };
  run: number;
  buildMessage: BuildMessage;
  control: SendControl;
  tally: SendTally;
  outage: ServerOutage;
}

// Two lanes per connection: while one lane's message is on the wire, the
// other renders and records, so the connection never waits for us. A message
// waiting in the pool's queue was never transmitted, so resending it after a
// kill is no duplicate: the doubt stays at one message per connection.
const LANES_PER_CONNECTION = 2;

/**
 * Sends to `recipients` over lanes. Each lane claims a recipient, hands its
 * message to the server, and records the result before it claims the next:
 * so at any moment at most one message per connection is on the wire
 * unrecorded — the only messages a kill can leave in doubt.
 */
export async function deliver(ctx: DeliverContext, recipients: DueRecipient[]): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (!ctx.control.stopped && next < recipients.length) {
      await ctx.outage.wait(ctx.control);
      if (ctx.control.stopped) return;
      const recipient = recipients[next++]!;
      // The throttle's turn is taken before the claim: a pause during the
      // wait leaves the recipient pending, never half-sent.
      try {
        await ctx.mailer.acquire(ctx.control.signal);
      } catch {
        return;
      }
      await sendOne(ctx, recipient);
    }
  };
  await Promise.all(Array.from({ length: Math.min(ctx.mailer.concurrency * LANES_PER_CONNECTION, recipients.length) }, lane));
}

async function sendOne(ctx: DeliverContext, recipient: DueRecipient): Promise<void> {
  const { database, campaign, run } = ctx;
  const email = recipient.email!;
  if (!(await markSending(database.db, campaign.id, recipient.contact_id, run, email))) return;
  const message = ctx.buildMessage(recipient.contact_id, {
    email,
    first_name: recipient.first_name,
    last_name: recipient.last_name,
    phone: recipient.phone,
    attributes: JSON.parse(recipient.attributes ?? '{}') as Record<string, unknown>,
    tags: JSON.parse(recipient.tags ?? '[]') as string[],
  });
  const outcome = await ctx.mailer.send(message);
  if (!outcome.ok && outcome.about === 'server') {
    await releaseClaim(database.db, campaign.id, recipient.contact_id, run);
    if (ctx.outage.fail()) await pauseForOutage(ctx, outcome.error);
    return;
  }
  ctx.outage.succeed();
  const result = resultOf(outcome, recipient.attempts + 1, ctx.mail);
  await recordResult(database.db, campaign.id, recipient.contact_id, run, result);
  if (result.status === 'bounced') {
    // The address is not written to again, by any campaign.
    await setContactStatusIf(database.db, { workspaceId: campaign.workspace_id, id: recipient.contact_id, from: ['subscribed'] }, 'bounced', result.at);
  }
  if (result.status !== 'retry') ctx.tally.add(result.status, result.at);
}

/** The server keeps failing: the campaign is paused, saying why, rather than every recipient failed. */
async function pauseForOutage(ctx: DeliverContext, error: string): Promise<void> {
  const now = nowIso();
  const n = ctx.outage.consecutiveFailures;
  await updateCampaignIf(
    ctx.database.db,
    { id: ctx.campaign.id, from: ['sending'], run: ctx.run },
    { status: 'paused', error: `Paused after the mail server failed ${n} times in a row (${error}). Resume once it works again.`, updated_at: now },
  );
  ctx.control.stop('paused');
}

/** A server's permanent refusal bounces; a temporary one is tried again later, up to maxAttempts. */
export function resultOf(outcome: SendOutcome, attempt: number, mail: Pick<MailConfig, 'maxAttempts' | 'retryBaseMs'>): RecipientResult {
  const at = nowIso();
  if (outcome.ok) return { status: 'sent', at };
  if (outcome.permanent) return { status: 'bounced', at, error: outcome.error };
  if (attempt >= mail.maxAttempts) return { status: 'failed', at, error: `${outcome.error} (gave up after ${attempt} attempts)` };
  return { status: 'retry', at, error: outcome.error, nextAttemptAt: isoIn(retryDelayMs(attempt, mail.retryBaseMs)) };
}
