import type { Config } from '../../config.js';
import type { Principal } from '../api-keys/service.js';
import { ApiError, notFound } from '../../lib/api-error.js';
import { newId } from '../../lib/ids.js';
import { apiTime, nowIso } from '../../lib/time.js';
import { knownTotal, offsetOf, toPage, type Page, type PageQuery } from '../../http/pagination.js';
import type { Database } from '../../storage/database.js';
import { lockWorkspace } from '../../storage/locks.js';
import type { ChatbotResponse, CreateChatbotBody, UpdateChatbotBody } from './schema.js';
import {
  countChatbots,
  deleteChatbotRow,
  findChatbot,
  insertChatbot,
  listChatbotRows,
  updateChatbotRow,
  type ChatbotRow,
} from './store.js';

export interface ChatbotDeps {
  database: Database;
  config: Pick<Config, 'plans'>;
}

export async function listChatbots(deps: ChatbotDeps, workspaceId: string, query: PageQuery): Promise<Page<ChatbotResponse>> {
  const { db } = deps.database;
  const offset = offsetOf(query);
  const rows = await listChatbotRows(db, workspaceId, { limit: query.per_page, offset });
  const total = knownTotal(rows.length, offset, query.per_page) ?? (await countChatbots(db, workspaceId));
  return toPage(rows.map(toChatbotResponse), total, query);
}

export async function createChatbot(deps: ChatbotDeps, principal: Principal, body: CreateChatbotBody): Promise<ChatbotResponse> {
  const limit = deps.config.plans[principal.plan].chatbots;
  const now = nowIso();
  const row: ChatbotRow = {
    id: newId('bot'),
    workspace_id: principal.workspaceId,
    name: body.name,
    status: 'untrained',
    pages_trained: 0,
    website_url: body.website_url ?? null,
    instructions: body.instructions ?? null,
    created_at: now,
    updated_at: now,
  };
  await deps.database.db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, deps.database.dialect, principal.workspaceId);
    if ((await countChatbots(trx, principal.workspaceId)) >= limit) {
      throw new ApiError(
        'plan_limit_exceeded',
        `Your ${principal.plan} plan allows ${limit} chatbot${limit === 1 ? '' : 's'}. Delete one or upgrade your plan to create more.`,
      );
    }
    await insertChatbot(trx, row);
  });
  return toChatbotResponse(row);
}

export async function getChatbot(deps: ChatbotDeps, workspaceId: string, id: string): Promise<ChatbotResponse> {
  const row = await findChatbot(deps.database.db, workspaceId, id);
  if (!row) throw notFound('chatbot', id);
  return toChatbotResponse(row);
}

export async function updateChatbot(
  deps: ChatbotDeps,
  workspaceId: string,
  id: string,
  body: UpdateChatbotBody,
): Promise<ChatbotResponse> {
  const changes = { ...body, updated_at: nowIso() };
  if (!(await updateChatbotRow(deps.database.db, workspaceId, id, changes))) throw notFound('chatbot', id);
  return getChatbot(deps, workspaceId, id);
}

export async function deleteChatbot(deps: ChatbotDeps, workspaceId: string, id: string): Promise<void> {
  if (!(await deleteChatbotRow(deps.database.db, workspaceId, id))) throw notFound('chatbot', id);
}

function toChatbotResponse(row: ChatbotRow): ChatbotResponse {
  return {
    id: row.id,
    name: row.name,
    status: row.status as ChatbotResponse['status'],
    pages_trained: row.pages_trained,
    website_url: row.website_url,
    instructions: row.instructions,
    created_at: apiTime(row.created_at),
    updated_at: apiTime(row.updated_at),
  };
}
