import type { Config, Plan } from '../../config.js';
import type { Principal } from '../../http/principal.js';
import { ApiError, notFound } from '../../http/api-error.js';
import { nowIso } from '../../lib/time.js';
import { knownTotal, offsetOf, toPage, type Page } from '../../http/pagination.js';
import type { Database } from '../../storage/database.js';
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

export interface ContactDeps {
  database: Database;
  config: Pick<Config, 'plans'>;
}

export async function listContacts(
  deps: ContactDeps,
  workspaceId: string,
  query: ListContactsQuery,
): Promise<Page<ContactResponse>> {
  const { db, engine } = deps.database;
  const { page, per_page, starting_after, ...filter } = query;
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
        const row = { ...existing, ...columnsOf(next, now) };
        await updateContactRow(trx, row);
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
      const row = newContactRow(workspaceId, values, options.source, now);
      await insertContact(trx, row);
      await addToContactsCount(trx, workspaceId, 1);
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
  const row = { ...existing, ...columnsOf(next, nowIso()) };
  try {
    if (!(await updateContactRow(db, row))) throw notFound('contact', id);
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
    if (!(await deleteContactRow(trx, workspaceId, id))) throw notFound('contact', id);
    await addToContactsCount(trx, workspaceId, -1);
  });
}
