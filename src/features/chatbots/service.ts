import type { Config } from '../../config.js';
import type { Principal } from '../../http/principal.js';
import { ApiError, notFound } from '../../http/api-error.js';
import { newId } from '../../lib/ids.js';
import { ANALYZER_VERSION } from '../../lib/text-analysis/analyzer.js';
import { nowIso } from '../../lib/time.js';
import { pageOf, type Page, type PageQuery } from '../../http/pagination.js';
import type { Queue } from '../../jobs/queue.js';
import type { Database } from '../../storage/database.js';
import { recordAudit } from '../audit/record.js';
import { hasSources, nextRetrainAt, settingsOf, toChatbotResponse, type ChatbotRow } from './chatbot-row.js';
import type { ChatbotResponse, CreateChatbotBody, UpdateChatbotBody } from './schema.js';
import {
  countChatbots,
  deleteChatbotRow,
  findChatbot,
  insertChatbot,
  beginTrainingRun,
  listChatbotRows,
  updateChatbotRow,
  type ChatbotChanges,
} from './store.js';
import { trainChatbotJob } from './training/train.job.js';

export interface ChatbotDeps {
  database: Database;
  queue: Queue;
  config: Pick<Config, 'plans' | 'crawl'>;
}

const pagesOf = (deps: ChatbotDeps, principal: Pick<Principal, 'plan'>) => deps.config.plans[principal.plan].pages;

export async function listChatbots(
  deps: ChatbotDeps,
  principal: Principal,
  query: PageQuery,
): Promise<Page<ChatbotResponse>> {
  const { db } = deps.database;
  return pageOf(
    query,
    {
      rows: (window) => listChatbotRows(db, principal.workspaceId, window),
      count: () => countChatbots(db, principal.workspaceId),
    },
    (r) => toChatbotResponse(r, pagesOf(deps, principal)),
  );
}

/** Creates a chatbot; one with something to train on starts training at once. */
export async function createChatbot(
  deps: ChatbotDeps,
  principal: Principal,
  body: CreateChatbotBody,
): Promise<ChatbotResponse> {
  const limit = deps.config.plans[principal.plan].chatbots;
  assertWithinPages(deps, principal, body);
  const now = nowIso();
  const row = {
    id: newId('bot'),
    workspace_id: principal.workspaceId,
    name: body.name,
    status: 'untrained',
    analyzer_version: ANALYZER_VERSION,
    created_at: now,
    updated_at: now,
    ...settingColumns(body, defaultDomains(body.website_url)),
  };
  await deps.database.db.transaction().execute(async (trx) => {
    await deps.database.engine.lockWorkspace(trx, principal.workspaceId);
    if ((await countChatbots(trx, principal.workspaceId)) >= limit) {
      throw new ApiError(
        'plan_limit_exceeded',
        `Your ${principal.plan} plan allows ${limit} chatbot${limit === 1 ? '' : 's'}. Delete one or upgrade your plan to create more.`,
      );
    }
    await insertChatbot(trx, row);
  });
  const created = await getChatbotRow(deps, principal.workspaceId, row.id);
  return toChatbotResponse(
    hasSources(created) ? await startTraining(deps, created) : created,
    pagesOf(deps, principal),
  );
}

export async function getChatbotRow(
  deps: Pick<ChatbotDeps, 'database'>,
  workspaceId: string,
  id: string,
): Promise<ChatbotRow> {
  const row = await findChatbot(deps.database.db, workspaceId, id);
  if (!row) throw notFound('chatbot', id);
  return row;
}

export async function getChatbot(deps: ChatbotDeps, principal: Principal, id: string): Promise<ChatbotResponse> {
  return toChatbotResponse(await getChatbotRow(deps, principal.workspaceId, id), pagesOf(deps, principal));
}

/** Changes settings; new sources are trained on at the next `train`. */
export async function updateChatbot(
  deps: ChatbotDeps,
  principal: Principal,
  id: string,
  body: UpdateChatbotBody,
): Promise<ChatbotResponse> {
  assertWithinPages(deps, principal, body);
  const current = await getChatbotRow(deps, principal.workspaceId, id);
  const changes: ChatbotChanges = { ...settingColumns(body, undefined, current), updated_at: nowIso() };
  if (body.name !== undefined) changes.name = body.name;
  if (!(await updateChatbotRow(deps.database.db, principal.workspaceId, id, changes))) throw notFound('chatbot', id);
  return getChatbot(deps, principal, id);
}

/** Deletes the chatbot with everything it learned and heard, and says so in the audit log. */
export async function deleteChatbot(deps: ChatbotDeps, principal: Principal, id: string): Promise<void> {
  const { workspaceId } = principal;
  const deleted = await deps.database.db.transaction().execute(async (trx) => {
    const row = await findChatbot(trx, workspaceId, id);
    if (!row || !(await deleteChatbotRow(trx, workspaceId, id))) return false;
    await recordAudit(trx, principal, {
      action: 'chatbot.deleted',
      resourceType: 'chatbot',
      resourceId: id,
      details: { name: row.name },
    });
    return true;
  });
  if (!deleted) throw notFound('chatbot', id);
}

/** Starts (re)training; while a training is queued, asking again changes nothing, and while one runs, it is superseded by one more (`startTraining`). */
export async function trainChatbot(deps: ChatbotDeps, principal: Principal, id: string): Promise<ChatbotResponse> {
  const row = await getChatbotRow(deps, principal.workspaceId, id);
  if (!hasSources(row)) {
    throw new ApiError(
      'invalid_request',
      'This chatbot has nothing to train on: set website_url, sitemap_url or urls first.',
      'website_url',
    );
  }
  return toChatbotResponse(await startTraining(deps, row), pagesOf(deps, principal));
}

/**
 * Marks the chatbot training and queues the job; returns the row as it now
 * is. A run already under way is superseded (its run number is passed): it
 * stops at its next write and never marks the chatbot trained, and the run
 * queued here (after it, by the job's key) crawls the chatbot as it now is.
 * So a chatbot whose settings changed mid-training stays `training` until
 * they are trained, and does not crawl the old ones to the end first.
 */
export async function startTraining(deps: ChatbotDeps, row: ChatbotRow): Promise<ChatbotRow> {
  const current = (await beginTrainingRun(deps.database.db, row.id)) ?? row;
  await deps.queue.enqueue(trainChatbotJob, { chatbotId: row.id }, { key: `chatbots.train.${row.id}` });
  return current;
}

function assertWithinPages(deps: ChatbotDeps, principal: Principal, body: UpdateChatbotBody): void {
  const pages = pagesOf(deps, principal);
  const asked = body.crawl?.max_pages;
  if (asked !== undefined && asked > pages) {
    throw new ApiError(
      'plan_limit_exceeded',
      `Your ${principal.plan} plan allows ${pages} pages per chatbot; crawl.max_pages is ${asked}.`,
      'crawl.max_pages',
    );
  }
  if ((body.urls?.length ?? 0) > pages) {
    throw new ApiError(
      'plan_limit_exceeded',
      `Your ${principal.plan} plan allows ${pages} pages per chatbot; urls lists ${body.urls!.length}.`,
      'urls',
    );
  }
}

// The widget works on the chatbot's own site from the start.
function defaultDomains(websiteUrl: string | null | undefined): string[] {
  if (!websiteUrl) return [];
  const host = new URL(websiteUrl).host.toLowerCase();
  const bare = host.replace(/^www\./, '');
  return [...new Set([bare, `www.${bare}`, host])];
}

/** The columns a create or update body sets; JSON settings merge over the current ones. */
function settingColumns(body: UpdateChatbotBody, domains: string[] | undefined, current?: ChatbotRow): ChatbotChanges {
  const now = current ? settingsOf(current) : undefined;
  const columns: ChatbotChanges = {};
  if (body.website_url !== undefined) columns.website_url = body.website_url;
  if (body.sitemap_url !== undefined) columns.sitemap_url = body.sitemap_url;
  if (body.instructions !== undefined) columns.instructions = body.instructions;
  if (body.welcome_message !== undefined) columns.welcome_message = body.welcome_message || null;
  if (body.urls !== undefined) columns.urls = JSON.stringify([...new Set(body.urls)]);
  if (body.crawl !== undefined) columns.crawl = JSON.stringify({ ...now?.crawl, ...body.crawl });
  if (body.color !== undefined || body.position !== undefined) {
    columns.appearance = JSON.stringify({ color: body.color ?? now?.color, position: body.position ?? now?.position });
  }
  const allowed = body.allowed_domains ?? domains;
  if (allowed !== undefined) columns.allowed_domains = JSON.stringify([...new Set(allowed)]);
  if (body.lead_capture !== undefined) columns.lead_capture = JSON.stringify(body.lead_capture);
  if (body.display_name !== undefined) columns.display_name = body.display_name || null;
  if (body.starter_questions !== undefined) columns.starter_questions = JSON.stringify(body.starter_questions);
  if (body.retrain_schedule !== undefined && body.retrain_schedule !== current?.retrain_schedule) {
    columns.retrain_schedule = body.retrain_schedule;
    columns.next_retrain_at = nextRetrainAt(body.retrain_schedule, Date.now());
  }
  return columns;
}
