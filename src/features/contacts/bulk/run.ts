import { setImmediate } from 'node:timers/promises';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { ApiError } from '../../../http/api-error.js';
import { nowIso } from '../../../lib/time.js';
import type { Database, Executor } from '../../../storage/database.js';
import type { Tables } from '../../../storage/tables.js';
import { emitEvent } from '../../events/emit.js';
import { addToContactsCount } from '../../workspaces/store.js';
import { columnsOf, toContactResponse, valuesOf } from '../contact-row.js';
import { deleteContactRow, filtered, setContactStatusIf, updateContactRow, type ContactRow } from '../store.js';
import { mergeTags, removeTags } from '../tags/keys.js';
import type { BulkAction, BulkSelector } from './schema.js';
import { advanceBulkJob, findBulkJob, setBulkStatus, type BulkProgress, type BulkRow } from './store.js';

export const DEFAULT_BULK_BATCH = 500;
/** The statuses an unsubscribe changes: bounced and complained stay as they are. */
const UNSUBSCRIBABLE = ['subscribed', 'pending', 'non_subscribed'];

/** Another runner recorded this batch first; this one stops. */
export class BulkTakenOver extends Error {}
/** The selection cannot be read any more (its segment was deleted). */
export class BulkSelectionGone extends Error {}

/** A segment's condition over `contacts`; throws not_found (param `segment`) for none of the workspace's. */
export type SegmentFilter = (workspaceId: string, segmentId: string) => Promise<Expression<SqlBool>>;

export interface BulkRunDeps {
  database: Database;
  /** Given by the root (segments import contacts, so contacts cannot import segments). */
  segmentFilter?: SegmentFilter;
  /** Contacts per batch (one transaction each). */
  bulkBatchSize?: number;
}

type Where = (eb: ExpressionBuilder<Tables, 'contacts'>) => Expression<SqlBool>;

/**
 * The condition over `contacts` a segment or filter selector stands for;
 * throws not_found (param `segment`) when the segment is not the workspace's.
 */
export async function selectionWhere(
  deps: Pick<BulkRunDeps, 'database' | 'segmentFilter'>,
  workspaceId: string,
  selector: Exclude<BulkSelector, { ids: string[] }>,
): Promise<Where> {
  if ('filter' in selector) return filtered(deps.database.engine, workspaceId, selector.filter);
  if (!deps.segmentFilter) throw new ApiError('invalid_parameter', 'Segments cannot select contacts here.', 'segment');
  const where = await deps.segmentFilter(workspaceId, selector.segment);
  return (eb) => eb.and([eb('workspace_id', '=', workspaceId), where]);
}

const isGone = (error: unknown) => error instanceof ApiError && error.code === 'not_found';

/** How many contacts a selector picks now, and the newest of them (later ones are left alone). */
export async function measureSelection(db: Executor, where: Where): Promise<{ total: number; upto: string | null }> {
  const row = await db
    .selectFrom('contacts')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('id').as('upto')])
    .where(where)
    .executeTakeFirstOrThrow();
  return { total: Number(row.n), upto: row.upto ?? null };
}

interface Batch {
  contacts: ContactRow[];
  notFound: number;
  cursor: string | null;
  last: boolean;
}

/** The next batch after `cursor`, in id order, read in the transaction that changes it. */
async function nextBatch(
  trx: Executor,
  job: BulkRow,
  selector: BulkSelector,
  where: Where | undefined,
  cursor: string | null,
  size: number,
): Promise<Batch> {
  if ('ids' in selector) {
    const rest = [...selector.ids].sort().filter((id) => cursor === null || id > cursor);
    const ids = rest.slice(0, size);
    if (ids.length === 0) return { contacts: [], notFound: 0, cursor, last: true };
    const contacts = await trx
      .selectFrom('contacts')
      .selectAll()
      .where('workspace_id', '=', job.workspace_id)
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
    return {
      contacts,
      notFound: ids.length - contacts.length,
      cursor: ids[ids.length - 1]!,
      last: rest.length <= size,
    };
  }
  if (!where || job.upto === null) return { contacts: [], notFound: 0, cursor, last: true };
  const contacts = await trx
    .selectFrom('contacts')
    .selectAll()
    .where(where)
    .where('workspace_id', '=', job.workspace_id)
    .where('id', '<=', job.upto)
    .$if(cursor !== null, (q) => q.where('id', '>', cursor!))
    .orderBy('id')
    .limit(size)
    .execute();
  const lastRow = contacts[contacts.length - 1];
  return { contacts, notFound: 0, cursor: lastRow?.id ?? cursor, last: contacts.length < size };
}

/** Applies the action to a batch's contacts; returns how many it changed. */
async function applyAction(
  trx: Executor,
  job: BulkRow,
  action: BulkAction,
  tags: string[],
  contacts: ContactRow[],
  now: string,
): Promise<number> {
  const workspaceId = job.workspace_id;
  let changed = 0;
  for (const contact of contacts) {
    if (action === 'tag' || action === 'untag') {
      const values = valuesOf(contact);
      const next = action === 'tag' ? mergeTags([...values.tags, ...tags]) : removeTags(values.tags, tags);
      if (next.length === values.tags.length) continue;
      const row = { ...contact, ...columnsOf({ ...values, tags: next }, now) };
      if (!(await updateContactRow(trx, row))) continue;
      await emitEvent(trx, workspaceId, 'contact.updated', toContactResponse(row), { now });
      changed++;
    } else if (action === 'unsubscribe') {
      if (!UNSUBSCRIBABLE.includes(contact.status)) continue;
      const changedNow = await setContactStatusIf(
        trx,
        { workspaceId, id: contact.id, from: UNSUBSCRIBABLE },
        'unsubscribed',
        now,
      );
      if (!changedNow) continue;
      const response = toContactResponse({ ...contact, status: 'unsubscribed', updated_at: now });
      await emitEvent(trx, workspaceId, 'contact.updated', response, { now });
      await emitEvent(trx, workspaceId, 'contact.unsubscribed', response, { now });
      changed++;
    } else {
      if (!(await deleteContactRow(trx, workspaceId, contact.id))) continue;
      await emitEvent(trx, workspaceId, 'contact.deleted', toContactResponse(contact), { now });
      changed++;
    }
  }
  if (action === 'delete' && changed > 0) await addToContactsCount(trx, workspaceId, -changed);
  return changed;
}

/**
 * Runs a bulk job to its end, one batch per transaction that also records
 * the progress: after a crash the job resumes after the last recorded batch,
 * and nothing is applied twice. `maxBatches` stops early (tests of a crash).
 */
export async function runBulkJob(deps: BulkRunDeps, bulkId: string, options: { maxBatches?: number } = {}) {
  const { db, engine } = deps.database;
  const job = await findBulkJob(db, undefined, bulkId);
  if (!job || job.status === 'done' || job.status === 'failed') return;
  if (job.status === 'queued') await setBulkStatus(db, job.id, { status: 'running', now: nowIso() });
  const selector = JSON.parse(job.selector) as BulkSelector;
  const tags = JSON.parse(job.tags) as string[];
  const action = job.action as BulkAction;
  const size = deps.bulkBatchSize ?? DEFAULT_BULK_BATCH;
  let progress: BulkProgress = {
    cursor: job.cursor,
    processed: job.processed,
    changed: job.changed,
    not_found: job.not_found,
  };
  let where: Where | undefined;
  if (!('ids' in selector)) {
    where = await selectionWhere(deps, job.workspace_id, selector).catch((error: unknown) => {
      if (isGone(error)) return undefined;
      throw error;
    });
    if (!where) {
      await setBulkStatus(db, job.id, {
        status: 'failed',
        error: 'The segment was deleted before the action finished; contacts handled so far keep the change.',
        now: nowIso(),
      });
      return;
    }
  }
  for (let batches = 0; options.maxBatches === undefined || batches < options.maxBatches; batches++) {
    const before = progress;
    const step = await db.transaction().execute(async (trx) => {
      // Deletes keep the workspace's contact count; writers of one workspace take turns.
      await engine.lockWorkspace(trx, job.workspace_id);
      const batch = await nextBatch(trx, job, selector, where, before.cursor, size);
      if (batch.contacts.length === 0 && batch.notFound === 0) return { next: before, last: true };
      const changed = await applyAction(trx, job, action, tags, batch.contacts, nowIso());
      const next: BulkProgress = {
        cursor: batch.cursor,
        processed: before.processed + batch.contacts.length + batch.notFound,
        changed: before.changed + changed,
        not_found: before.not_found + batch.notFound,
      };
      if (!(await advanceBulkJob(trx, job.id, before.cursor, next))) throw new BulkTakenOver();
      return { next, last: batch.last };
    });
    progress = step.next;
    if (step.last) {
      await setBulkStatus(db, job.id, { status: 'done', now: nowIso() });
      return;
    }
    // SQLite answers synchronously: let requests in between batches.
    await setImmediate();
  }
}
