import type { Config } from '../../config.js';
import { handleJob, retryDelayMs, type Queue } from '../../jobs/queue.js';
import { nowIso } from '../../lib/time.js';
import { returnPathFor } from '../../lib/verp.js';
import type { Mailer, OutgoingMessage } from '../../providers/mail/mailer.js';
import type { Database, Executor } from '../../storage/database.js';
import { emitEvent } from '../events/emit.js';
import { isSuppressed } from '../suppressions/store.js';
import { SUPPRESSED_ERROR } from './service.js';
import { sendEmailJob } from './send.job.js';
import { claimEmail, findEmail, updateEmail, type EmailRow } from './store.js';

export interface SendEmailDeps {
  database: Database;
  mailer: Mailer;
  queue: Queue;
  config: Pick<Config, 'mail' | 'bounces' | 'secret' | 'dataDir'>;
  /** Its secret keys the hashes erased addresses are kept as (suppression checks). */
  signer: { secret: Uint8Array };
}

/** What an email that was being handed to the server when its worker stopped becomes. */
export const IN_DOUBT_ERROR =
  'The worker stopped while handing this email to the mail server, so whether it left is unknown; ' +
  'it is not sent again, to never send it twice. Send a new one if it did not arrive.';

/**
 * Sends one transactional email, exactly once: the email is claimed
 * (queued → sending) right before it is handed to the mail server, and its
 * outcome recorded the moment the server answers. A run that finds it still
 * `sending` follows a worker that died in between: the email is in doubt and
 * is not sent again (it fails, saying so). A temporary failure puts it back
 * in the queue with a backoff, up to GRIVO_MAIL_MAX_ATTEMPTS handoffs.
 */
export function sendEmailHandler(deps: SendEmailDeps) {
  return handleJob(sendEmailJob, {
    async handle({ emailId }) {
      const found = await findEmail(deps.database.db, undefined, emailId);
      if (found?.status === 'sending') return fail(deps, found, IN_DOUBT_ERROR, 'sending');
      if (found?.status !== 'queued') return;
      if (await isSuppressed(deps.database.db, deps.signer.secret, found.workspace_id, found.to_email)) {
        await updateEmail(
          deps.database.db,
          { id: found.id, from: ['queued'] },
          { status: 'suppressed', error: SUPPRESSED_ERROR },
          { type: 'suppressed', at: nowIso(), detail: null },
        );
        return;
      }
      await deps.mailer.acquire();
      const email = await claimEmail(deps.database.db, emailId, nowIso());
      if (!email) return;
      const outcome = await deps.mailer.send(messageOf(deps, email));
      if (outcome.ok) return succeed(deps, email);
      if (outcome.permanent) return fail(deps, email, outcome.error, 'sending');
      if (email.attempts >= deps.config.mail.maxAttempts)
        return fail(deps, email, `${outcome.error} (gave up after ${email.attempts} attempts)`, 'sending');
      await retryLater(deps, email, outcome.error);
    },
    async onFailed({ emailId }, error) {
      const email = await findEmail(deps.database.db, undefined, emailId);
      if (email?.status === 'queued')
        await fail(deps, email, `Sending stopped after internal errors: ${error}`, 'queued');
    },
  });
}

/** The message as the mail server gets it: Message-ID `<em_X@from-domain>`, bounces to the VERP return path when configured. */
export function messageOf(deps: Pick<SendEmailDeps, 'config'>, email: EmailRow): OutgoingMessage {
  const domain = email.from_email.slice(email.from_email.lastIndexOf('@') + 1);
  const envelopeFrom = returnPathFor(deps.config, { workspaceId: email.workspace_id, messageKey: email.id });
  return {
    from: { name: email.from_name, address: email.from_email },
    to: email.to_email,
    replyTo: email.reply_to,
    subject: email.subject,
    html: email.html ?? '',
    text: email.text ?? '',
    headers: { 'X-Grivo-Email': email.id },
    messageId: `<${email.id}@${domain}>`,
    ...(envelopeFrom === undefined ? {} : { envelopeFrom }),
    key: email.id,
  };
}

async function succeed(deps: SendEmailDeps, email: EmailRow): Promise<void> {
  const at = nowIso();
  await deps.database.db.transaction().execute(async (trx) => {
    const done = await updateEmail(
      trx,
      { id: email.id, from: ['sending'] },
      { status: 'sent', sent_at: at, error: null },
      { type: 'sent', at, detail: null },
    );
    if (done) await emitEvent(trx, email.workspace_id, 'email.sent', await currentEventData(trx, email));
  });
}

async function fail(deps: SendEmailDeps, email: EmailRow, error: string, from: 'sending' | 'queued'): Promise<void> {
  await deps.database.db.transaction().execute(async (trx) => {
    const done = await updateEmail(
      trx,
      { id: email.id, from: [from] },
      { status: 'failed', error },
      { type: 'failed', at: nowIso(), detail: error },
    );
    if (done)
      await emitEvent(trx, email.workspace_id, 'email.failed', { ...(await currentEventData(trx, email)), error });
  });
}

/** A temporary failure: queued again, its job enqueued with a backoff (a key per attempt: a job of its own, with its delay). */
async function retryLater(deps: SendEmailDeps, email: EmailRow, error: string): Promise<void> {
  const delayMs = retryDelayMs(email.attempts, deps.config.mail.retryBaseMs);
  await updateEmail(deps.database.db, { id: email.id, from: ['sending'] }, { status: 'queued', error }, undefined);
  await deps.queue.enqueue(
    sendEmailJob,
    { emailId: email.id },
    { key: `emails.send.${email.id}.${email.attempts}`, delayMs },
  );
}

/**
 * The event's data from the row as it is now, not as the send began: the person may have
 * been erased meanwhile, and their address and subject must not come back through the event.
 */
async function currentEventData(db: Executor, email: EmailRow): Promise<Record<string, unknown>> {
  return eventData((await findEmail(db, email.workspace_id, email.id)) ?? email);
}

function eventData(email: EmailRow): Record<string, unknown> {
  return {
    email_id: email.id,
    email: email.to_email,
    from_email: email.from_email,
    subject: email.subject,
    tags: JSON.parse(email.tags) as string[],
    template_id: email.template_id,
  };
}
