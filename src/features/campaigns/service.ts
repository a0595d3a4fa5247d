import type { Config } from '../../config.js';
import { pageOf, type Page } from '../../http/pagination.js';
import type { EnqueueOptions, Queue } from '../../jobs/queue.js';
import { ApiError, notFound } from '../../http/api-error.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Database, Executor } from '../../storage/database.js';
import { GRIVO, recordAudit, type AuditBy } from '../audit/record.js';
import { toCampaignResponse } from './campaign-row.js';
import { assertAudienceSegment, assertSegmentStillThere } from './audience-segment.js';
import { describeLimit, TemplateLimitError } from './render/template-limits.js';
import type { CampaignContent } from './render/template.js';
import type { TemplateSandbox } from './sandbox/sandbox.js';
import {
  EDITABLE_STATUSES,
  type CampaignResponse,
  type CampaignStatus,
  type CreateCampaignBody,
  type ListCampaignsQuery,
  type UpdateCampaignBody,
} from './schema.js';
import { sendCampaignJob } from './send/send.job.js';
import {
  countCampaigns,
  deleteCampaignIf,
  findCampaign,
  insertCampaign,
  listCampaignRows,
  replaceCampaignLinks,
  updateCampaignIf,
  type CampaignRow,
} from './store.js';

export interface CampaignDeps {
  database: Database;
  queue: Queue;
  /** Where templates are checked and rendered. */
  templates: TemplateSandbox;
  config: Pick<Config, 'mail' | 'publicUrl'>;
  /** A template's content, for a campaign made from one (given by the root: templates is not a dependency of campaigns). */
  findTemplate?(
    workspaceId: string,
    id: string,
  ): Promise<{ subject: string; html: string; text: string | null } | undefined>;
}

export async function listCampaigns(
  deps: CampaignDeps,
  workspaceId: string,
  query: ListCampaignsQuery,
): Promise<Page<CampaignResponse>> {
  const { db } = deps.database;
  const filter = { status: query.status };
  return pageOf(
    query,
    {
      rows: (window) => listCampaignRows(db, workspaceId, filter, window),
      count: () => countCampaigns(db, workspaceId, filter),
    },
    toCampaignResponse,
  );
}

export async function getCampaignRow(
  deps: Pick<CampaignDeps, 'database'>,
  workspaceId: string,
  id: string,
): Promise<CampaignRow> {
  const row = await findCampaign(deps.database.db, workspaceId, id);
  if (!row) throw notFound('campaign', id);
  return row;
}

export async function getCampaign(deps: CampaignDeps, workspaceId: string, id: string): Promise<CampaignResponse> {
  return toCampaignResponse(await getCampaignRow(deps, workspaceId, id));
}

/** Checks templates in the sandbox: a 400 naming the field, line and reason, or the limit a render broke; else the tracked links. */
export async function assertValidTemplates(
  deps: Pick<CampaignDeps, 'templates'>,
  content: CampaignContent,
): Promise<string[]> {
  const checked = await deps.templates.check(content).catch((error: unknown) => {
    throw templateLimitApiError(deps, error);
  });
  if ('problem' in checked)
    throw new ApiError('invalid_template', `The ${checked.problem.message}`, checked.problem.field);
  return checked.links;
}

/** A TemplateLimitError as the 400 that names the limit; other errors unchanged. */
export function templateLimitApiError(deps: Pick<CampaignDeps, 'templates'>, error: unknown, param?: string): unknown {
  if (!(error instanceof TemplateLimitError)) return error;
  return new ApiError('template_limit_exceeded', describeLimit(error, deps.templates.limits), param ?? error.field);
}

export async function createCampaign(
  deps: CampaignDeps,
  workspaceId: string,
  body: CreateCampaignBody,
): Promise<CampaignResponse> {
  await assertAudienceSegment(deps.database.db, workspaceId, body.audience);
  const content = await startingContent(deps, workspaceId, body);
  const links = await assertValidTemplates(deps, content);
  const now = nowIso();
  const id = newId('cmp');
  await deps.database.db.transaction().execute(async (trx) => {
    await insertCampaign(trx, {
      id,
      workspace_id: workspaceId,
      name: body.name,
      ...content,
      from_name: body.from_name ?? null,
      from_email: body.from_email,
      reply_to: body.reply_to ?? null,
      audience: JSON.stringify(body.audience ?? { tags: [], match: 'any' }),
      status: 'draft',
      error: null,
      scheduled_at: null,
      started_at: null,
      finished_at: null,
      snapshot_after: null,
      created_at: now,
      updated_at: now,
    });
    await replaceCampaignLinks(trx, workspaceId, id, links);
  });
  return getCampaign(deps, workspaceId, id);
}

/** The templates given, else the template's (template_id); a 400 naming the one missing. */
async function startingContent(deps: CampaignDeps, workspaceId: string, body: CreateCampaignBody) {
  const id = body.template_id;
  const template = id === undefined ? undefined : await deps.findTemplate?.(workspaceId, id);
  if (id !== undefined && !template)
    throw new ApiError('not_found', `No template with id '${id}' exists in this workspace.`, 'template_id');
  const subject = body.subject ?? template?.subject;
  const html = body.html ?? template?.html;
  if (subject === undefined) throw new ApiError('invalid_request', 'Give a subject, or a template_id.', 'subject');
  if (html === undefined) throw new ApiError('invalid_request', 'Give html, or a template_id.', 'html');
  return { subject, html, text: body.text !== undefined ? body.text : (template?.text ?? null) };
}

const NAME_MAX = 200;
const COPY_SUFFIX = ' (copy)';

/** A new draft with the campaign's templates, sender and audience, named "<name> (copy)". */
export async function duplicateCampaign(
  deps: CampaignDeps,
  workspaceId: string,
  id: string,
): Promise<CampaignResponse> {
  const row = await getCampaignRow(deps, workspaceId, id);
  return createCampaign(deps, workspaceId, {
    name: row.name.slice(0, NAME_MAX - COPY_SUFFIX.length) + COPY_SUFFIX,
    subject: row.subject,
    html: row.html,
    text: row.text,
    from_name: row.from_name,
    from_email: row.from_email,
    reply_to: row.reply_to,
    audience: JSON.parse(row.audience) as CreateCampaignBody['audience'],
  });
}

function stateError(row: CampaignRow, action: string, allowed: readonly CampaignStatus[]): ApiError {
  return new ApiError(
    'invalid_campaign_state',
    `Campaign ${row.id} is ${row.status}; it can be ${action} only while ${allowed.join(' or ')}.`,
  );
}

/** Moves a campaign from one of `from` to the values given, or answers 409 naming its actual state. */
async function transition(
  deps: Pick<CampaignDeps, 'database'>,
  workspaceId: string,
  id: string,
  action: string,
  from: readonly CampaignStatus[],
  values: Parameters<typeof updateCampaignIf>[2],
  write?: (trx: Executor) => Promise<void>,
): Promise<void> {
  const changed = await deps.database.db.transaction().execute(async (trx) => {
    const ok = await updateCampaignIf(trx, { workspaceId, id, from }, values);
    if (ok && write) await write(trx);
    return ok;
  });
  if (!changed) throw stateError(await getCampaignRow(deps, workspaceId, id), action, from);
}

export async function updateCampaign(
  deps: CampaignDeps,
  workspaceId: string,
  id: string,
  body: UpdateCampaignBody,
): Promise<CampaignResponse> {
  const row = await getCampaignRow(deps, workspaceId, id);
  await assertAudienceSegment(deps.database.db, workspaceId, body.audience);
  const content = {
    subject: body.subject ?? row.subject,
    html: body.html ?? row.html,
    text: body.text === undefined ? row.text : body.text,
  };
  const links = await assertValidTemplates(deps, content);
  const { audience, ...fields } = body;
  await transition(
    deps,
    workspaceId,
    id,
    'edited',
    EDITABLE_STATUSES,
    { ...fields, ...(audience ? { audience: JSON.stringify(audience) } : {}), updated_at: nowIso() },
    (trx) => replaceCampaignLinks(trx, workspaceId, id, links),
  );
  return getCampaign(deps, workspaceId, id);
}

export async function deleteCampaign(deps: CampaignDeps, workspaceId: string, id: string): Promise<void> {
  if (await deleteCampaignIf(deps.database.db, workspaceId, id, EDITABLE_STATUSES)) return;
  throw stateError(await getCampaignRow(deps, workspaceId, id), 'deleted', EDITABLE_STATUSES);
}

// A send_at this far in the past is a mistake, not "now" with a slow clock.
const PAST_TOLERANCE_MS = 60_000;

/** Starts sending now, or schedules it; the send job does the rest. */
/** Sends a draft now or schedules it; the audit log names `by` as who did. */
export async function sendCampaign(
  deps: CampaignDeps,
  workspaceId: string,
  id: string,
  input: { send_at?: string },
  by: AuditBy = GRIVO,
): Promise<CampaignResponse> {
  const now = nowIso();
  const at = input.send_at === undefined ? undefined : new Date(input.send_at);
  if (at && at.getTime() < Date.now() - PAST_TOLERANCE_MS) {
    throw new ApiError(
      'invalid_request',
      `send_at ${input.send_at} is in the past; leave it out to send now.`,
      'send_at',
    );
  }
  const later = at !== undefined && at.getTime() > Date.now();
  const row = await getCampaignRow(deps, workspaceId, id);
  await assertSegmentStillThere(deps.database.db, workspaceId, row);
  await transition(
    deps,
    workspaceId,
    id,
    'sent',
    ['draft'],
    later
      ? { status: 'scheduled', scheduled_at: at.toISOString(), updated_at: now }
      : { status: 'sending', started_at: now, updated_at: now },
    (trx) =>
      recordAudit(
        trx,
        { ...by, workspaceId },
        {
          action: later ? 'campaign.scheduled' : 'campaign.sent',
          resourceType: 'campaign',
          resourceId: id,
          details: later ? { name: row.name, send_at: at.toISOString() } : { name: row.name },
        },
      ),
  );
  await enqueueSend(deps, id, later ? at.getTime() - Date.now() : 0);
  return getCampaign(deps, workspaceId, id);
}

export async function pauseCampaign(deps: CampaignDeps, workspaceId: string, id: string): Promise<CampaignResponse> {
  await transition(deps, workspaceId, id, 'paused', ['sending'], { status: 'paused', updated_at: nowIso() });
  return getCampaign(deps, workspaceId, id);
}

export async function resumeCampaign(deps: CampaignDeps, workspaceId: string, id: string): Promise<CampaignResponse> {
  await transition(deps, workspaceId, id, 'resumed', ['paused'], {
    status: 'sending',
    error: null,
    updated_at: nowIso(),
  });
  await enqueueSend(deps, id, 0);
  return getCampaign(deps, workspaceId, id);
}

/** Stops a scheduled, sending or paused campaign for good; the audit log names `by` as who did. */
export async function cancelCampaign(
  deps: CampaignDeps,
  workspaceId: string,
  id: string,
  by: AuditBy = GRIVO,
): Promise<CampaignResponse> {
  const now = nowIso();
  const row = await getCampaignRow(deps, workspaceId, id);
  await transition(
    deps,
    workspaceId,
    id,
    'cancelled',
    ['scheduled', 'sending', 'paused'],
    { status: 'cancelled', finished_at: now, updated_at: now },
    (trx) =>
      recordAudit(
        trx,
        { ...by, workspaceId },
        {
          action: row.status === 'scheduled' ? 'campaign.schedule_cancelled' : 'campaign.cancelled',
          resourceType: 'campaign',
          resourceId: id,
          details: { name: row.name },
        },
      ),
  );
  return getCampaign(deps, workspaceId, id);
}

/**
 * Queues the campaign's send job; the key makes a second call a no-op while
 * it waits, and one run more while it runs (a resume landing as a paused run
 * stops), unless `whileRunning` says a running job is enough.
 */
export async function enqueueSend(
  deps: Pick<CampaignDeps, 'queue' | 'database' | 'templates' | 'config'>,
  id: string,
  delayMs: number,
  whileRunning: EnqueueOptions['whileRunning'] = 'run-again',
): Promise<void> {
  await deps.queue.enqueue(sendCampaignJob, { campaignId: id }, { key: `campaigns.send.${id}`, delayMs, whileRunning });
}
