import type { Config } from '../../config.js';
import { ApiError, notFound } from '../../http/api-error.js';
import { offsetOf, toPage, type Page, type PageQuery } from '../../http/pagination.js';
import { newId, randomBase62 } from '../../lib/ids.js';
import { apiTime, nowIso } from '../../lib/time.js';
import { checkUrl } from '../../providers/crawler/ssrf.js';
import type { Database } from '../../storage/database.js';
import { GRIVO, recordAudit, type AuditBy } from '../audit/record.js';
import {
  type DeliveryRow,
  failPendingDeliveries,
  findDelivery,
  listDeliveries,
  requeueDelivery,
} from './deliveries-store.js';
import type {
  CreateEndpointBody,
  DeliveryResponse,
  EndpointResponse,
  EndpointWithSecretResponse,
  ListDeliveriesQuery,
  UpdateEndpointBody,
} from './schema.js';
import {
  deleteEndpoint,
  type EndpointRow,
  findEndpoint,
  insertEndpoint,
  listEndpoints,
  updateEndpoint,
} from './store.js';

export interface WebhookDeps {
  database: Database;
  config: Pick<Config, 'webhooks'>;
}

export function newSecret(): string {
  return `whsec_${randomBase62(32)}`;
}

export function toEndpointResponse(row: EndpointRow): EndpointResponse {
  return {
    id: row.id,
    url: row.url,
    events: JSON.parse(row.events) as string[],
    description: row.description,
    enabled: row.enabled === 1,
    disabled_reason: row.disabled_reason,
    failing_since: apiTime(row.failing_since),
    created_at: apiTime(row.created_at),
    updated_at: apiTime(row.updated_at),
  };
}

export function toDeliveryResponse(row: DeliveryRow): DeliveryResponse {
  return {
    id: row.id,
    endpoint_id: row.endpoint_id,
    event_id: row.event_id,
    event_type: row.event_type,
    status: row.status,
    attempts: row.attempts,
    response_status: row.response_status,
    duration_ms: row.duration_ms,
    error: row.error,
    next_attempt_at: row.status === 'pending' ? apiTime(row.next_attempt_at) : null,
    last_attempt_at: apiTime(row.last_attempt_at),
    created_at: apiTime(row.created_at),
  };
}

/** Refuses an address the operator has not allowed (an IP literal that is not public); host names are checked when they resolve. */
function checkEndpointUrl(deps: WebhookDeps, url: string): void {
  const refusal = checkUrl(new URL(url), { allowPrivate: deps.config.webhooks.allowPrivate });
  if (refusal) throw new ApiError('invalid_request', `url is not allowed: ${refusal.detail}.`, 'url');
}

export async function createEndpoint(
  deps: WebhookDeps,
  workspaceId: string,
  body: CreateEndpointBody,
  by: AuditBy = GRIVO,
): Promise<EndpointWithSecretResponse> {
  checkEndpointUrl(deps, body.url);
  const now = nowIso();
  const row: EndpointRow = {
    id: newId('we'),
    workspace_id: workspaceId,
    url: body.url,
    events: JSON.stringify(body.events),
    description: body.description ?? null,
    secret: newSecret(),
    enabled: 1,
    disabled_reason: null,
    failing_since: null,
    created_at: now,
    updated_at: now,
  };
  await deps.database.db.transaction().execute(async (trx) => {
    await insertEndpoint(trx, row);
    await recordAudit(
      trx,
      { ...by, workspaceId },
      {
        action: 'webhook_endpoint.created',
        resourceType: 'webhook_endpoint',
        resourceId: row.id,
        details: { url: row.url, events: body.events },
      },
    );
  });
  return { ...toEndpointResponse(row), secret: row.secret };
}

export async function requireEndpoint(deps: WebhookDeps, workspaceId: string, id: string): Promise<EndpointRow> {
  const row = await findEndpoint(deps.database.db, workspaceId, id);
  if (!row) throw notFound('webhook endpoint', id);
  return row;
}

export async function getEndpoint(deps: WebhookDeps, workspaceId: string, id: string): Promise<EndpointResponse> {
  return toEndpointResponse(await requireEndpoint(deps, workspaceId, id));
}

export async function listEndpointsPage(
  deps: WebhookDeps,
  workspaceId: string,
  query: PageQuery,
): Promise<Page<EndpointResponse>> {
  const { rows, total } = await listEndpoints(deps.database.db, workspaceId, {
    limit: query.per_page,
    offset: offsetOf(query),
  });
  return toPage(rows.map(toEndpointResponse), total, query);
}

export async function changeEndpoint(
  deps: WebhookDeps,
  workspaceId: string,
  id: string,
  body: UpdateEndpointBody,
): Promise<EndpointResponse> {
  const existing = await requireEndpoint(deps, workspaceId, id);
  if (body.url !== undefined) checkEndpointUrl(deps, body.url);
  const now = nowIso();
  const disabling = body.enabled === false && existing.enabled === 1;
  // Disabled by hand: what is still pending is settled, as when it is disabled for failing.
  if (disabling) await failPendingDeliveries(deps.database.db, id, 'The endpoint was disabled.');
  await updateEndpoint(deps.database.db, workspaceId, id, {
    ...(body.url !== undefined ? { url: body.url } : {}),
    ...(body.events !== undefined ? { events: JSON.stringify(body.events) } : {}),
    ...(body.description !== undefined ? { description: body.description } : {}),
    ...(body.enabled === true ? { enabled: 1, disabled_reason: null, failing_since: null } : {}),
    ...(disabling ? { enabled: 0, disabled_reason: `Disabled through the API on ${apiTime(now)}.` } : {}),
    updated_at: now,
  });
  return getEndpoint(deps, workspaceId, id);
}

export async function removeEndpoint(
  deps: WebhookDeps,
  workspaceId: string,
  id: string,
  by: AuditBy = GRIVO,
): Promise<void> {
  const removed = await deps.database.db.transaction().execute(async (trx) => {
    const row = await findEndpoint(trx, workspaceId, id);
    if (!row || !(await deleteEndpoint(trx, workspaceId, id))) return false;
    await recordAudit(
      trx,
      { ...by, workspaceId },
      {
        action: 'webhook_endpoint.deleted',
        resourceType: 'webhook_endpoint',
        resourceId: id,
        details: { url: row.url },
      },
    );
    return true;
  });
  if (!removed) throw notFound('webhook endpoint', id);
}

export async function rollSecret(
  deps: WebhookDeps,
  workspaceId: string,
  id: string,
): Promise<EndpointWithSecretResponse> {
  await requireEndpoint(deps, workspaceId, id);
  const secret = newSecret();
  await updateEndpoint(deps.database.db, workspaceId, id, { secret, updated_at: nowIso() });
  return { ...(await getEndpoint(deps, workspaceId, id)), secret };
}

export async function listDeliveriesPage(
  deps: WebhookDeps,
  workspaceId: string,
  endpointId: string,
  query: ListDeliveriesQuery,
): Promise<Page<DeliveryResponse>> {
  await requireEndpoint(deps, workspaceId, endpointId);
  const { rows, total } = await listDeliveries(
    deps.database.db,
    workspaceId,
    endpointId,
    { status: query.status },
    { limit: query.per_page, offset: offsetOf(query) },
  );
  return toPage(rows.map(toDeliveryResponse), total, query);
}

export async function getDelivery(
  deps: WebhookDeps,
  workspaceId: string,
  endpointId: string,
  id: string,
): Promise<DeliveryResponse> {
  const row = await findDelivery(deps.database.db, workspaceId, endpointId, id);
  if (!row) throw new ApiError('not_found', `No delivery with id '${id}' exists for this endpoint.`, 'delivery_id');
  return toDeliveryResponse(row);
}

/** Puts a delivery back in line now (even one failed for good); the sweep attempts it within a second. */
export async function retryDelivery(
  deps: WebhookDeps,
  workspaceId: string,
  endpointId: string,
  id: string,
): Promise<DeliveryResponse> {
  await requireEndpoint(deps, workspaceId, endpointId);
  await getDelivery(deps, workspaceId, endpointId, id);
  await requeueDelivery(deps.database.db, id, nowIso());
  return getDelivery(deps, workspaceId, endpointId, id);
}
