import { ApiError } from '../../http/api-error.js';
import { knownTotal, offsetOf, toPage, type Page } from '../../http/pagination.js';
import { apiTime } from '../../lib/time.js';
import { hashInKey } from '../../lib/email-hash.js';
import type { Database, Executor } from '../../storage/database.js';
import type { CreateSuppressionBody, ListSuppressionsQuery, SuppressionResponse } from './schema.js';
import {
  addSuppression,
  countSuppressions,
  deleteSuppression,
  findSuppression,
  isSuppressed,
  listSuppressionRows,
  type SuppressionReason,
  type SuppressionRow,
} from './store.js';

export interface SuppressionDeps {
  database: Database;
  /** Its secret keys the hashes erased addresses are kept as. */
  signer: { secret: Uint8Array };
}

function toResponse(row: SuppressionRow): SuppressionResponse {
  const hash = hashInKey(row.email_key);
  return {
    email: hash === undefined ? row.email : null,
    email_hash: hash ?? null,
    reason: row.reason as SuppressionReason,
    source: row.source,
    created_at: apiTime(row.created_at),
  };
}

export async function listSuppressions(
  deps: SuppressionDeps,
  workspaceId: string,
  query: ListSuppressionsQuery,
): Promise<Page<SuppressionResponse>> {
  const { db } = deps.database;
  const prefix = query.email?.toLowerCase();
  const offset = offsetOf(query);
  const rows = await listSuppressionRows(db, workspaceId, prefix, { limit: query.per_page + 1, offset });
  const total =
    knownTotal(rows.length, offset, query.per_page + 1) ?? (await countSuppressions(db, workspaceId, prefix));
  return {
    ...toPage(rows.slice(0, query.per_page).map(toResponse), total, query),
    has_more: rows.length > query.per_page,
  };
}

/** Suppresses an address; an address already suppressed keeps its first reason and source (`created: false`). */
export async function createSuppression(
  deps: SuppressionDeps,
  workspaceId: string,
  body: CreateSuppressionBody,
  source: string,
): Promise<{ suppression: SuppressionResponse; created: boolean }> {
  const { db } = deps.database;
  const before = await findSuppression(db, workspaceId, body.email);
  if (!before) await addSuppression(db, { workspaceId, email: body.email, reason: body.reason, source });
  const row = before ?? (await findSuppression(db, workspaceId, body.email));
  return { suppression: toResponse(row!), created: before === undefined };
}

export async function removeSuppression(deps: SuppressionDeps, workspaceId: string, email: string): Promise<void> {
  if (!(await deleteSuppression(deps.database.db, deps.signer.secret, workspaceId, email)))
    throw new ApiError('not_found', `The address '${email}' is not suppressed in this workspace.`, 'email');
}

/** Refuses to make a suppressed address subscribed again: the suppression must be removed first. */
export async function assertNotSuppressed(
  db: Executor,
  secret: Uint8Array,
  workspaceId: string,
  email: string,
): Promise<void> {
  if (await isSuppressed(db, secret, workspaceId, email))
    throw new ApiError(
      'suppressed',
      `The address '${email}' is suppressed (it bounced, complained or was suppressed by hand), so it cannot be subscribed. Remove the suppression first with DELETE /v1/suppressions/${encodeURIComponent(email)}.`,
      'status',
    );
}
