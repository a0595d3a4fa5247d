import { notFound } from '../../../http/api-error.js';
import { offsetOf, toPage, type Page } from '../../../http/pagination.js';
import { apiTime } from '../../../lib/time.js';
import type { Database } from '../../../storage/database.js';
import { findSuppression } from '../../suppressions/store.js';
import { findContact } from '../store.js';
import type { ActivityQuery, ActivityResponse, ActivitySource } from './schema.js';

/**
 * Each source gives at most its latest SOURCE_CAP records (campaign messages,
 * transactional emails, conversations), merged and sorted here: a timeline of a
 * few hundred entries costs a few indexed reads, and only a very active
 * contact's oldest activity falls off the end.
 */
export const SOURCE_CAP = 200;

/** What the activity timeline reads: the database, and the other features' sources (given by the root). */
export interface ActivityDeps {
  database: Database;
  activitySources: ActivitySource[];
}

/** Everything that happened to a contact, newest first. */
export async function getContactActivity(
  deps: ActivityDeps,
  workspaceId: string,
  contactId: string,
  query: ActivityQuery,
): Promise<Page<ActivityResponse>> {
  const { db } = deps.database;
  const row = await findContact(db, workspaceId, contactId);
  if (!row) throw notFound('contact', contactId);
  const contact = { id: row.id, emailKey: row.email_key };
  const [suppression, ...fromSources] = await Promise.all([
    findSuppression(db, workspaceId, contact.emailKey),
    ...deps.activitySources.map((source) => source(db, workspaceId, contact, SOURCE_CAP)),
  ]);
  const items: ActivityResponse[] = [{ type: 'contact.created', at: row.created_at, detail: row.source }];
  for (const part of fromSources) items.push(...(part as ActivityResponse[]));
  if (suppression) items.push({ type: 'suppressed', at: suppression.created_at, detail: suppression.reason });
  // Sorted on the stored times (to the millisecond; apiTime may round them), then shown as the API shows times.
  const sorted = items
    .map((item) => ({ item, ms: Date.parse(item.at) }))
    .sort((a, b) => b.ms - a.ms)
    .map(({ item }) => ({ ...item, at: apiTime(item.at) }));
  const offset = offsetOf(query);
  return toPage(sorted.slice(offset, offset + query.per_page), sorted.length, query);
}
