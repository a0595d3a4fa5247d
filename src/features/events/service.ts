import { notFound } from '../../http/api-error.js';
import { offsetOf, toPage, type Page } from '../../http/pagination.js';
import { apiTime, isoIn, nowIso } from '../../lib/time.js';
import type { Database } from '../../storage/database.js';
import { deliveriesOfEvent } from '../webhooks/deliveries-store.js';
import type { EventType } from '../webhooks/event-types.js';
import type { DeliveryResponse } from '../webhooks/schema.js';
import { requireEndpoint, toDeliveryResponse, type WebhookDeps } from '../webhooks/service.js';
import { emitEvent } from './emit.js';
import type { EventResponse, ListEventsQuery } from './schema.js';
import { type EventRow, findEvent, listEvents } from './store.js';

/** Events are listed, and delivered, for 30 days. */
export const EVENT_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export interface EventDeps {
  database: Database;
}

function toEventResponse(row: EventRow): EventResponse {
  return {
    id: row.id,
    type: row.type as EventType,
    created_at: apiTime(row.created_at),
    data: JSON.parse(row.data) as Record<string, unknown>,
  };
}

export async function listEventsPage(
  deps: EventDeps,
  workspaceId: string,
  query: ListEventsQuery,
): Promise<Page<EventResponse>> {
  const { rows, total } = await listEvents(
    deps.database.db,
    workspaceId,
    { type: query.type, since: isoIn(-EVENT_RETENTION_MS) },
    { limit: query.per_page, offset: offsetOf(query) },
  );
  return toPage(rows.map(toEventResponse), total, query);
}

export async function getEvent(deps: EventDeps, workspaceId: string, id: string): Promise<EventResponse> {
  const row = await findEvent(deps.database.db, workspaceId, id);
  if (!row) throw notFound('event', id);
  return toEventResponse(row);
}

/** Sends a `ping` event to one endpoint (enabled or not, whatever it subscribes to); returns its delivery. */
export async function pingEndpoint(
  deps: WebhookDeps,
  workspaceId: string,
  endpointId: string,
): Promise<DeliveryResponse> {
  const endpoint = await requireEndpoint(deps, workspaceId, endpointId);
  const { db } = deps.database;
  const eventId = await db
    .transaction()
    .execute((trx) =>
      emitEvent(
        trx,
        workspaceId,
        'ping',
        { endpoint_id: endpoint.id, url: endpoint.url, message: 'A test event from Grivo.' },
        { onlyEndpointId: endpoint.id, now: nowIso() },
      ),
    );
  const [row] = await deliveriesOfEvent(db, workspaceId, eventId);
  return toDeliveryResponse(row!);
}
