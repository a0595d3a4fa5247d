import { ApiError, notFound } from '../../http/api-error.js';
import { pageOf, type Page } from '../../http/pagination.js';
import type { Queue } from '../../jobs/queue.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Database } from '../../storage/database.js';
import type { TemplateSandbox } from '../campaigns/sandbox/sandbox.js';
import { templateLimitApiError } from '../campaigns/service.js';
import { isSuppressed } from '../suppressions/store.js';
import { templates } from '../templates/store.js';
import { findWorkspaceSettings } from '../workspaces/store.js';
import { toEmailResponse } from './email-row.js';
import type { EmailResponse, ListEmailsQuery, SendEmailBody } from './schema.js';
import { sendEmailJob } from './send.job.js';
import { countEmails, findEmail, insertEmail, listEmailRows, updateEmail, type EmailRow } from './store.js';

export interface EmailDeps {
  database: Database;
  queue: Queue;
  /** Renders the email's Liquid over its data, with the campaigns' limits. */
  templates: TemplateSandbox;
  /** Its secret keys the hashes erased addresses are kept as (suppression checks). */
  signer: { secret: Uint8Array };
}

/** The suppression's wording, at acceptance or at send time. */
export const SUPPRESSED_ERROR =
  'Not sent: the address is on the suppression list of this workspace (a bounce, complaint, unsubscribe or manual entry); see GET /v1/suppressions.';

/** What to send: the body's fields, else the template's. */
async function contentOf(deps: EmailDeps, workspaceId: string, body: SendEmailBody) {
  const template =
    body.template_id === undefined ? undefined : await templates.find(deps.database.db, workspaceId, body.template_id);
  if (body.template_id !== undefined && !template) {
    throw new ApiError(
      'not_found',
      `No template with id '${body.template_id}' exists in this workspace.`,
      'template_id',
    );
  }
  const subject = body.subject ?? template?.subject;
  if (subject === undefined) throw new ApiError('invalid_request', 'Give a subject, or a template_id.', 'subject');
  const html = body.html ?? template?.html ?? null;
  const text = body.text ?? template?.text ?? null;
  if (html === null && text === null)
    throw new ApiError('invalid_request', 'Give html or text (or both), or a template_id.', 'html');
  return { subject, html, text, templateId: template?.id ?? null };
}

async function senderOf(deps: EmailDeps, workspaceId: string, body: SendEmailBody) {
  const settings = await findWorkspaceSettings(deps.database.db, workspaceId);
  const fromEmail = body.from_email ?? settings?.default_from_email ?? null;
  if (fromEmail === null) {
    throw new ApiError(
      'invalid_request',
      'Give from_email, or set a default sender with PATCH /v1/settings (default_from_email).',
      'from_email',
    );
  }
  return { fromEmail, fromName: body.from_name ?? settings?.default_from_name ?? null };
}

/**
 * Accepts one transactional email: renders it now (so a template problem is
 * a 400 now, and what is sent is what was accepted), then queues it for the
 * send job — or records it as suppressed, sending nothing.
 */
export async function sendEmail(deps: EmailDeps, workspaceId: string, body: SendEmailBody): Promise<EmailResponse> {
  const content = await contentOf(deps, workspaceId, body);
  const sender = await senderOf(deps, workspaceId, body);
  const rendered = await deps.templates
    .renderData({ subject: content.subject, html: content.html, text: content.text }, body.data ?? {}, body.to)
    .catch((error: unknown) => {
      throw templateLimitApiError(deps, error);
    });
  if ('problem' in rendered) {
    const from = content.templateId && !(rendered.problem.field in body) ? ` (of template ${content.templateId})` : '';
    throw new ApiError('invalid_template', `The ${rendered.problem.message}${from}`, rendered.problem.field);
  }
  const suppressed = await isSuppressed(deps.database.db, deps.signer.secret, workspaceId, body.to);
  const now = nowIso();
  const id = newId('em');
  const row: EmailRow = {
    id,
    workspace_id: workspaceId,
    to_email: body.to,
    from_email: sender.fromEmail,
    from_name: sender.fromName,
    reply_to: body.reply_to ?? null,
    subject: rendered.content.subject,
    html: rendered.content.html,
    text: rendered.content.text,
    tags: JSON.stringify(body.tags ?? []),
    template_id: content.templateId,
    status: suppressed ? 'suppressed' : 'queued',
    error: suppressed ? SUPPRESSED_ERROR : null,
    attempts: 0,
    events: JSON.stringify([{ type: suppressed ? 'suppressed' : 'queued', at: now, detail: null }]),
    created_at: now,
    sent_at: null,
    updated_at: now,
  };
  await insertEmail(deps.database.db, row);
  if (!suppressed) await enqueueEmail(deps, row);
  return toEmailResponse((await findEmail(deps.database.db, workspaceId, id)) ?? row);
}

/** Queues the send job; an email the queue refused fails, saying so, rather than waiting forever. */
async function enqueueEmail(deps: EmailDeps, row: EmailRow): Promise<void> {
  try {
    await deps.queue.enqueue(sendEmailJob, { emailId: row.id }, { key: `emails.send.${row.id}` });
  } catch (error) {
    const detail = `The email could not be queued: ${error instanceof Error ? error.message : String(error)}`;
    await updateEmail(
      deps.database.db,
      { id: row.id, from: ['queued'] },
      { status: 'failed', error: detail },
      {
        type: 'failed',
        at: nowIso(),
        detail,
      },
    );
    throw error;
  }
}

export async function getEmail(deps: Pick<EmailDeps, 'database'>, workspaceId: string, id: string) {
  const row = await findEmail(deps.database.db, workspaceId, id);
  if (!row) throw notFound('email', id);
  return toEmailResponse(row);
}

export async function listEmails(
  deps: Pick<EmailDeps, 'database'>,
  workspaceId: string,
  query: ListEmailsQuery,
): Promise<Page<EmailResponse>> {
  const { db } = deps.database;
  const filter = { status: query.status, to: query.to };
  return pageOf(
    query,
    {
      rows: (window) => listEmailRows(db, workspaceId, filter, window),
      count: () => countEmails(db, workspaceId, filter),
    },
    toEmailResponse,
  );
}
