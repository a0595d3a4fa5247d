import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Executor } from '../../storage/database.js';
import { queueDeliveries } from '../webhooks/deliveries-store.js';
import { insertEvent } from './store.js';
import type { EventType } from '../webhooks/event-types.js';

export type { EventType } from '../webhooks/event-types.js';

/**
 * Records that something happened in a workspace, and one pending delivery to
 * each enabled endpoint subscribed to its type. Call it inside the transaction
 * that makes the change, so an event is never lost nor emitted for a change
 * rolled back; the webhook sweep delivers the rows once they are committed.
 * Returns the event's id (`evt_…`).
 */
export async function emitEvent(
  db: Executor,
  workspaceId: string,
  type: EventType,
  data: Record<string, unknown>,
  options: { onlyEndpointId?: string; now?: string } = {},
): Promise<string> {
  const id = newId('evt');
  const createdAt = options.now ?? nowIso();
  await insertEvent(db, { id, workspace_id: workspaceId, type, data: JSON.stringify(data), created_at: createdAt });
  await queueDeliveries(db, { workspaceId, eventId: id, type, createdAt, onlyEndpointId: options.onlyEndpointId });
  return id;
}
