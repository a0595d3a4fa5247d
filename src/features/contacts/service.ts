import type { Expression, SqlBool } from 'kysely';
import type { Config, Plan } from '../../config.js';
import type { Principal } from '../../http/principal.js';
import { ApiError, notFound } from '../../http/api-error.js';
import { nowIso } from '../../lib/time.js';
import { knownTotal, offsetOf, toPage, type Page } from '../../http/pagination.js';
import type { Database, Executor } from '../../storage/database.js';
import { isUniqueViolation } from '../../storage/errors.js';
import { columnsOf, newContactRow, toContactResponse, valuesOf } from './contact-row.js';
import { emailKey } from '../../lib/email.js';
import { applyPatch, sameValues, type ContactPatch } from './merge.js';
import type {
  ContactResponse,
  ContactSource,
  CreateContactBody,
  ListContactsQuery,
  UpdateContactBody,
} from './schema.js';
import {
  countContacts,
  deleteContactRow,
  findContact,
  findContactsByEmailKeys,
  insertContact,
  listContactRows,
  updateContactRow,
} from './store.js';
import { addToContactsCount, readContactsCount } from '../workspaces/store.js';
import { emitEvent } from '../events/emit.js';
import { assertNotSuppressed } from '../suppressions/service.js';

export interface ContactDeps {
  database: Database;
  config: Pick<Config, 'plans'>;
  /** Its secret keys the hashes erased addresses are kept as (a suppressed address is not subscribed). */
  signer: { secret: Uint8Array };
  /** The condition for a segment's contacts (`?segment=`); throws not_found for another workspace's. Given by the root. */
  segmentFilter?: (workspaceId: string, segmentId: string) => Promise<Expression<SqlBool>>;
}

export async function listContacts(
  deps: ContactDeps,
  workspaceId: string,
  query: ListContactsQuery,
): Promise<Page<ContactResponse>> {
  const { db, engine } = deps.database;
  const { page, per_page, starting_after, segment, ...rest } = query;
  // A cursor says where the page starts; a page number would move it again.
  if (starting_after && page > 1)
    throw new ApiError(
      'invalid_parameter',
      'page cannot be combined with starting_after: the cursor already says where the page starts.',
      'page',
    );
  const filter = segment === undefined ? rest : { ...rest, where: await segmentCondition(deps, workspaceId, segment) };
  const offset = offsetOf(query);
  // One row more than the page shows whether another page follows.
  const rows = await listContactRows(db, engine, workspaceId, filter, {
    limit: per_page + 1,
    offset,
    before: starting_after,
  });
  const data = rows.slice(0, per_page).map(toContactResponse);
  const known = starting_after ? undefined : knownTotal(rows.length, offset, per_page + 1);
  const total = known ?? (await countContacts(db, engine, workspaceId, filter));
  return { ...toPage(data, total, query), has_more: rows.length > per_page };
}

async function segmentCondition(deps: ContactDeps, workspaceId: string, id: string): Promise<Expression<SqlBool>> {
  if (!deps.segmentFilter) throw new ApiError('invalid_parameter', 'Segments cannot filter this list.', 'segment');
  return deps.segmentFilter(workspaceId, id);
}

export async function getContact(deps: ContactDeps, workspaceId: string, id: string): Promise<ContactResponse> {
  const row = await findContact(deps.database.db, workspaceId, id);
  if (!row) throw notFound('contact', id);
  return toContactResponse(row);
}

export function planLimitError(plan: Plan, limit: number): ApiError {
  return new ApiError(
    'plan_limit_exceeded',
    `Your ${plan} plan allows ${limit} contact${limit === 1 ? '' : 's'}. Delete some or upgrade your plan to add more.`,
  );
}

function existsError(email: string, id: string): ApiError {
  return new ApiError(
    'contact_exists',
    `A contact with email '${email}' already exists: ${id}. Update it with PATCH /v1/contacts/${id}, or send ?upsert=true.`,
    'email',
  );
}

/** A suppressed address is not made subscribed (again) by the API: its suppression must be removed first. */
async function refuseSuppressed(
  db: Executor,
  secret: Uint8Array,
  workspaceId: string,
  before: { email: string; status: string } | undefined,
  after: { email: string; status: string },
): Promise<void> {
  const unchanged = before?.status === 'subscribed' && emailKey(before.email) === emailKey(after.email);
  if (after.status === 'subscribed' && !unchanged) await assertNotSuppressed(db, secret, workspaceId, after.email);
}

/** Creates a contact, or with `upsert` updates the one with the same email. */
export async function createContact(
  deps: ContactDeps,
  principal: Pick<Principal, 'workspaceId' | 'plan'>,
  body: CreateContactBody,
  options: { upsert: boolean; source: ContactSource },
): Promise<{ contact: ContactResponse; created: boolean }> {
  const { workspaceId, plan } = principal;
  const limit = deps.config.plans[plan].contacts;
  // The email only finds the contact: an upsert keeps the existing spelling.
  const patch: ContactPatch = { ...body, email: undefined, tags: undefined, addTags: body.tags };
  try {
    return await deps.database.db.transaction().execute(async (trx) => {
      await deps.database.engine.lockWorkspace(trx, workspaceId);
      const now = nowIso();
      const [existing] = await findContactsByEmailKeys(trx, workspaceId, [emailKey(body.email)]);
      if (existing) {
        if (!options.upsert) throw existsError(existing.email, existing.id);
        const current = valuesOf(existing);
        const next = applyPatch(current, patch);
        if (sameValues(current, next)) return { contact: toContactResponse(existing), created: false };
        await refuseSuppressed(trx, deps.signer.secret, workspaceId, current, next);
        const row = { ...existing, ...columnsOf(next, now) };
        await updateContactRow(trx, row);
        await emitContactChange(trx, workspaceId, existing.status, toContactResponse(row));
        return { contact: toContactResponse(row), created: false };
      }
      if ((await readContactsCount(trx, workspaceId)) >= limit) throw planLimitError(plan, limit);
      const values = applyPatch(
        {
          email: body.email,
          first_name: null,
          last_name: null,
          phone: null,
          attributes: {},
          tags: [],
          status: 'subscribed',
        },
        patch,
      );
      await refuseSuppressed(trx, deps.signer.secret, workspaceId, undefined, values);
      const row = newContactRow(workspaceId, values, options.source, now);
      await insertContact(trx, row);
      await addToContactsCount(trx, workspaceId, 1);
      await emitEvent(trx, workspaceId, 'contact.created', toContactResponse(row));
      return { contact: toContactResponse(row), created: true };
    });
  } catch (error) {
    // A writer that does not take the workspace lock (an email change) got there first.
    if (isUniqueViolation(error)) throw existsError(body.email, 'another contact');
    throw error;
  }
}

export async function updateContact(
  deps: ContactDeps,
  workspaceId: string,
  id: string,
  body: UpdateContactBody,
): Promise<ContactResponse> {
  const { db } = deps.database;
  const existing = await findContact(db, workspaceId, id);
  if (!existing) throw notFound('contact', id);
  const current = valuesOf(existing);
  const next = applyPatch(current, body);
  if (sameValues(current, next)) return toContactResponse(existing);
  await refuseSuppressed(db, deps.signer.secret, workspaceId, current, next);
  const row = { ...existing, ...columnsOf(next, nowIso()) };
  try {
    await db.transaction().execute(async (trx) => {
      if (!(await updateContactRow(trx, row))) throw notFound('contact', id);
      await emitContactChange(trx, workspaceId, existing.status, toContactResponse(row));
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const [other] = await findContactsByEmailKeys(db, workspaceId, [row.email_key]);
    throw existsError(next.email, other?.id ?? 'another contact');
  }
  return toContactResponse(row);
}

export async function deleteContact(deps: ContactDeps, workspaceId: string, id: string): Promise<void> {
  await deps.database.db.transaction().execute(async (trx) => {
    await deps.database.engine.lockWorkspace(trx, workspaceId);
    const existing = await findContact(trx, workspaceId, id);
    if (!existing || !(await deleteContactRow(trx, workspaceId, id))) throw notFound('contact', id);
    await addToContactsCount(trx, workspaceId, -1);
    await emitEvent(trx, workspaceId, 'contact.deleted', toContactResponse(existing));
  });
}

/** contact.updated, and contact.unsubscribed when the change unsubscribed the contact. */
async function emitContactChange(
  trx: Executor,
  workspaceId: string,
  statusBefore: string,
  contact: ContactResponse,
): Promise<void> {
  await emitEvent(trx, workspaceId, 'contact.updated', contact);
  if (contact.status === 'unsubscribed' && statusBefore !== 'unsubscribed')
    await emitEvent(trx, workspaceId, 'contact.unsubscribed', contact);
}
