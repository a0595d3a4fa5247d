import { setImmediate } from 'node:timers/promises';
import type { Config } from '../../../config.js';
import { handleJob } from '../../../jobs/queue.js';
import { sendCampaignJob } from './send.job.js';
import { nowIso } from '../../../lib/time.js';
import type { Mailer } from '../../../providers/mail/mailer.js';
import type { Database } from '../../../storage/database.js';
import { beginSendRun, findCampaign, updateCampaignIf, type CampaignRow } from '../store.js';
import { toCampaignResponse } from '../campaign-row.js';
import { emitEvent } from '../../events/emit.js';
import { RecipientAdvancer } from './advance-store.js';
import { SendControl } from './control.js';
import { recountCampaign, SendTally } from './counters.js';
import { deliver, type DeliverContext } from './deliver.js';
import { describeLimit } from '../render/template-limits.js';
import { RecipientLimitError, type TemplateSandbox } from '../sandbox/sandbox.js';
import {
  loadDueRecipients,
  markSkipped,
  releaseInterrupted,
  remainingWork,
  type DueRecipient,
} from './recipients-store.js';
import { renderDue, senderFooterOf, type Rendered } from './renderer.js';

import { ServerOutage } from './server-outage.js';
import { snapshotAudience } from './snapshot.js';

// How often a run that has nothing due looks again, and how long another
// run's unrecorded claims are waited for.
const CLAIM_WAIT_MS = 200;
const ABANDONED_CLAIM_MS = 60_000;
const FIRST_BATCH = 50;

export interface SendJobDeps {
  database: Database;
  mailer: Mailer;
  templates: TemplateSandbox;
  config: Pick<Config, 'mail'>;
  logger?: { warn(obj: unknown, msg?: string): void };
}

/**
 * Sends a campaign. Safe to run again at any point — after a crash, a pause,
 * or alongside a stale copy of itself: each run takes a new run number, and
 * recipients are claimed one by one (see deliver.ts).
 */
export function sendCampaignHandler(deps: SendJobDeps) {
  return handleJob(sendCampaignJob, {
    async handle({ campaignId }) {
      // A campaign resumed while this run was stopping gets a run after this
      // one: its enqueue finds the job running and the queue runs it again.
      const campaign = await startIfDue(deps.database, campaignId);
      if (campaign) await runSend(deps, campaign);
    },
    async onFailed({ campaignId }) {
      const now = nowIso();
      await updateCampaignIf(
        deps.database.db,
        { id: campaignId, from: ['sending'] },
        {
          status: 'failed',
          error: 'Sending stopped after repeated internal errors; messages sent so far are kept.',
          finished_at: now,
          updated_at: now,
        },
      );
    },
  });
}

/** The campaign if it is (now) sending: a due scheduled campaign starts here. */
async function startIfDue(database: Database, id: string): Promise<CampaignRow | undefined> {
  const campaign = await findCampaign(database.db, undefined, id);
  if (campaign?.status === 'scheduled' && campaign.scheduled_at !== null && campaign.scheduled_at <= nowIso()) {
    const now = nowIso();
    await updateCampaignIf(
      database.db,
      { id, from: ['scheduled'] },
      { status: 'sending', started_at: now, updated_at: now },
    );
    return startIfDue(database, id);
  }
  return campaign?.status === 'sending' ? campaign : undefined;
}

/** One run, until the campaign is sent or the run is paused or stopped. */
async function runSend(deps: SendJobDeps, campaign: CampaignRow): Promise<void> {
  const { database } = deps;
  const run = await beginSendRun(database.db, campaign.id);
  if (run === undefined) return;
  const tally = new SendTally();
  const footer = await senderFooterOf(database.db, campaign.workspace_id);
  const control = new SendControl(database.db, campaign.id, run, () => tally.flush(database, campaign, run));
  control.start();
  try {
    if (campaign.snapshot_done) {
      const interrupted = await releaseInterrupted(database.db, campaign.id, run);
      if (interrupted > 0) {
        deps.logger?.warn(
          { campaignId: campaign.id, interrupted },
          'resuming a send: messages in flight when the last run stopped are sent again',
        );
      }
      await recountCampaign(database, campaign, run);
    } else {
      await snapshotAudience(database, campaign, run, control);
    }
    // The recipients were just written in bulk (or by a run that stopped):
    // without fresh statistics PostgreSQL reads every remaining recipient for
    // each batch of due ones, a cost that grows with the audience.
    await database.engine.refreshStatistics(database.db, 'campaign_recipients');
    const ctx: DeliverContext = {
      database,
      mailer: deps.mailer,
      mail: deps.config.mail,
      campaign,
      run,
      control,
      tally,
      outage: new ServerOutage({ baseMs: deps.config.mail.retryBaseMs, maxFailures: deps.config.mail.maxAttempts }),
      advancer: new RecipientAdvancer(database.db, database.engine, campaign.id, run),
    };
    try {
      if (
        await sendAllDue(ctx, (batch) => renderDue(deps.templates, campaign, batch, footer), deps.config.mail.batchSize)
      )
        await finish(database, campaign, run, tally);
    } catch (error) {
      if (!(error instanceof RecipientLimitError)) throw error;
      await pauseForTemplateLimit(deps, campaign, run, error);
    }
  } finally {
    control.close();
    await tally.flush(database, campaign, run);
  }
}

/**
 * Passes over the pending recipients until none is left; waits for the
 * retries that are not due yet. Returns false when the run was stopped.
 */
async function sendAllDue(
  ctx: DeliverContext,
  render: (batch: DueRecipient[]) => Promise<Rendered[]>,
  batchSize: number,
): Promise<boolean> {
  const { database, campaign, control } = ctx;
  let claimedSince: number | undefined;
  for (;;) {
    let after = '';
    // The first batches grow from one render task's worth, so the first
    // message goes as soon as a few are rendered, not once a whole batch is.
    let size = Math.min(batchSize, FIRST_BATCH);
    /** The next batch of due recipients, without those gone since the snapshot, rendered. */
    const prepare = async () => {
      const batch = await loadDueRecipients(database.db, campaign.id, after, nowIso(), size);
      size = Math.min(batchSize, size * 2);
      if (batch.length === 0) return undefined;
      after = batch[batch.length - 1]!.contact_id;
      const gone = new Set(
        batch.filter((r) => r.contact_status !== 'subscribed' || r.email === null || Boolean(r.suppressed)),
      );
      if (gone.size > 0)
        ctx.tally.add(
          'skipped',
          nowIso(),
          await markSkipped(
            database.db,
            campaign.id,
            [...gone].map((r) => r.contact_id),
          ),
        );
      const sendable = gone.size > 0 ? batch.filter((r) => !gone.has(r)) : batch;
      const messages = await render(sendable);
      return sendable.map((recipient, i) => ({ recipient, message: messages[i]! }));
    };
    // The next batch is read and rendered while this one is sent; its failure
    // is seen when it is awaited, not as an unhandled rejection meanwhile.
    const ahead = () => {
      const next = prepare();
      next.catch(() => {});
      return next;
    };
    let upcoming = control.stopped ? undefined : ahead();
    while (upcoming) {
      const items = await upcoming;
      if (!items) break;
      upcoming = control.stopped ? undefined : ahead();
      await deliver(ctx, items);
      // SQLite answers synchronously; let requests in between batches.
      await setImmediate();
      if (control.stopped) {
        await upcoming?.catch(() => {});
        upcoming = undefined;
      }
    }
    if (control.stopped) return false;
    const left = await remainingWork(database.db, campaign.id);
    if (!left.claimed && !left.pending) return true;
    if (left.pending) {
      const wait = left.nextDueAt === null ? 0 : Date.parse(left.nextDueAt) - Date.now();
      if (wait > 0) await control.wait(wait);
    } else {
      // Only messages another run claimed are left: wait for it to record them.
      // A run that has not recorded its claims in a minute is gone, and its
      // claims are taken back (with PostgreSQL or Redis the job queue restarts
      // a dead run far sooner; this covers a stale run that lost its lease).
      claimedSince ??= Date.now();
      if (Date.now() - claimedSince > ABANDONED_CLAIM_MS) {
        await releaseInterrupted(database.db, campaign.id, ctx.run);
        claimedSince = undefined;
      }
      await control.wait(CLAIM_WAIT_MS);
    }
    // SQLite answers synchronously: without a real wait here the loop could
    // spin on microtasks and starve the very run it is waiting for.
    await setImmediate();
  }
}

/** A render broke a sandbox limit: the campaign is paused with the reason, its pending recipients kept. */
async function pauseForTemplateLimit(
  deps: SendJobDeps,
  campaign: CampaignRow,
  run: number,
  error: RecipientLimitError,
): Promise<void> {
  const who = error.contactId ? ` while rendering for contact ${error.contactId}` : '';
  const reason = `Paused${who}: ${describeLimit(error, deps.templates.limits)} Messages sent so far are kept; cancel the campaign, or change or remove that contact and resume.`;
  await updateCampaignIf(
    deps.database.db,
    { id: campaign.id, from: ['sending'], run },
    { status: 'paused', error: reason, updated_at: nowIso() },
  );
}

async function finish(database: Database, campaign: CampaignRow, run: number, tally: SendTally): Promise<void> {
  await tally.flush(database, campaign, run);
  await recountCampaign(database, campaign, run);
  const counts = (await findCampaign(database.db, undefined, campaign.id))!;
  const now = nowIso();
  const nothingDelivered = counts.sent === 0 && counts.failed > 0;
  await database.db.transaction().execute(async (trx) => {
    const finished = await updateCampaignIf(
      trx,
      { id: campaign.id, from: ['sending'], run },
      {
        status: nothingDelivered ? 'failed' : 'sent',
        error: nothingDelivered
          ? 'No message could be delivered: the mail server kept refusing or could not be reached.'
          : null,
        finished_at: now,
        updated_at: now,
      },
    );
    const sent = finished && !nothingDelivered ? await findCampaign(trx, undefined, campaign.id) : undefined;
    if (sent) await emitEvent(trx, sent.workspace_id, 'campaign.sent', toCampaignResponse(sent));
  });
}
