import { sendPasswordResetHandler } from './features/accounts/recovery/password-reset.handler.js';
import { sendInvitationHandler } from './features/members/invitation.handler.js';
import { deleteExpiredResets } from './features/accounts/recovery/store.js';
import { deleteExpiredSessions } from './features/accounts/store.js';
import { sendCampaignHandler } from './features/campaigns/send/send.handler.js';
import { sendEmailHandler } from './features/emails/send.handler.js';
import { sendConfirmationHandler } from './features/consent/send-confirmation.handler.js';
import { deleteUnconfirmedContacts } from './features/consent/confirm.js';
import { sweepEmails } from './features/emails/sweep.js';
import { sweepCampaigns } from './features/campaigns/send/sweep.js';
import { scheduleRetrains } from './features/chatbots/retrain-schedule.js';
import { reanalyzeChatbotHandler, reanalyzeOutdatedChatbots } from './features/chatbots/training/reanalyze.handler.js';
import { trainSourceHandler } from './features/chatbots/sources/train-source.handler.js';
import { trainChatbotHandler } from './features/chatbots/training/train.handler.js';
import { importContactsHandler } from './features/contacts/import/import.handler.js';
import { contactBulkHandler } from './features/contacts/bulk/bulk.handler.js';
import { segmentFilter } from './features/segments/service.js';
import { deleteExpiredIdempotencyKeys } from './features/idempotency/store.js';
import { pruneEvents } from './features/events/store.js';
import { pruneDeliveryState } from './features/bounces/store.js';
import { pruneOldAuditEntries } from './features/audit/service.js';
import { sweepWebhooks } from './features/webhooks/deliver.js';
import { pruneJob, schedulePrune } from './jobs/prune.job.js';
import { handleJob, type JobHandler } from './jobs/queue.js';
import { isoIn, nowIso } from './lib/time.js';
import { deleteExpiredUploads } from './storage/uploads.js';
import type { Services } from './services.js';

// An upload is consumed within minutes; one a week old belongs to a process
// that died while receiving it.
const UPLOAD_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** Events (and their webhook deliveries) are kept 30 days. */
const EVENT_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Every background job Grivo runs, each with its handler; a worker process works all of them. */
export function jobHandlers(services: Services): JobHandler[] {
  return [
    pruneHandler(services),
    importContactsHandler(services),
    contactBulkHandler({ ...services, segmentFilter: (workspaceId, id) => segmentFilter(services, workspaceId, id) }),
    sendCampaignHandler(services),
    sendEmailHandler(services),
    sendConfirmationHandler(services),
    sendPasswordResetHandler(services),
    sendInvitationHandler(services),
    trainChatbotHandler(services),
    trainSourceHandler(services),
    reanalyzeChatbotHandler(services),
  ];
}

/** Works the queue, and starts the hourly prune and the campaign sweep; returns what stops the timers. */
export function startWorker(services: Services): () => void {
  services.queue.work(jobHandlers(services));
  reanalyzeOutdatedChatbots(services).then(
    (n) => n > 0 && services.logger.info({ chatbots: n }, 'analyzing chatbots again with the new text analyzer'),
    (error: unknown) => services.logger.error({ error }, 'could not queue the re-analysis of chatbots'),
  );
  const stoppers = [
    schedulePrune(services.queue),
    sweepCampaigns(services),
    sweepEmails(services),
    sweepWebhooks(services),
    scheduleRetrains(services, (error) => services.logger.error({ error }, 'could not start scheduled crawls')),
  ];
  return () => {
    for (const stop of stoppers) stop();
  };
}

/**
 * Drops idempotency keys past their 24 h, abandoned uploads, expired sessions and reset links,
 * and audit log entries older than GRIVO_AUDIT_LOG_DAYS.
 */
function pruneHandler(services: Pick<Services, 'database' | 'config'>) {
  const { db } = services.database;
  return handleJob(pruneJob, {
    async handle() {
      await deleteExpiredIdempotencyKeys(db, nowIso());
      await deleteExpiredUploads(db, isoIn(-UPLOAD_TTL_MS));
      await deleteExpiredSessions(db, nowIso());
      await deleteExpiredResets(db, nowIso());
      await pruneEvents(db, isoIn(-EVENT_TTL_MS));
      await pruneDeliveryState(db, isoIn(-EVENT_TTL_MS));
      await deleteUnconfirmedContacts(services);
      await pruneOldAuditEntries(db, services.config.audit.retentionDays);
    },
  });
}
