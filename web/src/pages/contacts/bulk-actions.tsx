import { useCallback, useEffect, useMemo, useState } from 'react';
import { errorText } from '../../api/error-text';
import { ApiFailure } from '../../api/client';
import { usePolling } from '../../api/hooks';
import { Button } from '../../ui/buttons';
import { Notice, ProgressBar } from '../../ui/feedback';
import { Select, TextField } from '../../ui/fields';
import { plural } from '../../ui/format';
import { fetchBulk, startBulk, type BulkAction, type BulkBody, type BulkJob } from './bulk-api';
import './bulk.css';

/** The contacts ticked on the page, or every contact the filters match (`all`). */
export interface Selection {
  ids: ReadonlySet<string>;
  all: boolean;
  pageIds: readonly string[];
  toggle(id: string): void;
  togglePage(): void;
  selectAll(): void;
  clear(): void;
}

/** Selection of the contacts list; cleared when the filters (`scope`) change. */
export function useSelection(pageIds: readonly string[], scope: string): Selection {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  const [all, setAll] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new scope starts a new selection.
  useEffect(() => {
    setIds(new Set());
    setAll(false);
  }, [scope]);
  const clear = useCallback(() => {
    setIds(new Set());
    setAll(false);
  }, []);
  return useMemo(
    () => ({
      ids,
      all,
      pageIds,
      toggle(id) {
        setAll(false);
        setIds((current) => {
          const next = new Set(current);
          if (next.has(id)) next.delete(id);
          else next.add(id);
          return next;
        });
      },
      togglePage() {
        setAll(false);
        setIds((current) => (pageIds.every((id) => current.has(id)) ? new Set() : new Set(pageIds)));
      },
      selectAll() {
        setAll(true);
        setIds(new Set(pageIds));
      },
      clear,
    }),
    [ids, all, pageIds, clear],
  );
}

/** The header checkbox: the whole page. */
export function SelectPageBox({ selection }: { selection: Selection }) {
  const { ids, pageIds } = selection;
  const checked = pageIds.length > 0 && pageIds.every((id) => ids.has(id));
  return (
    <input
      type="checkbox"
      className="bulk-check"
      aria-label="Select every contact on this page"
      checked={checked}
      ref={(el) => {
        if (el) el.indeterminate = !checked && pageIds.some((id) => ids.has(id));
      }}
      onChange={() => selection.togglePage()}
    />
  );
}

/** A row's checkbox. */
export function SelectBox({ selection, id, email }: { selection: Selection; id: string; email: string }) {
  return (
    <input
      type="checkbox"
      className="bulk-check"
      aria-label={`Select ${email}`}
      checked={selection.all || selection.ids.has(id)}
      onChange={() => selection.toggle(id)}
    />
  );
}

const ACTIONS: { value: BulkAction; label: string; verb: string; done: string }[] = [
  { value: 'tag', label: 'Add a tag', verb: 'Adding the tag', done: 'Tagged' },
  { value: 'untag', label: 'Remove a tag', verb: 'Removing the tag', done: 'Removed the tag from' },
  { value: 'unsubscribe', label: 'Unsubscribe', verb: 'Unsubscribing', done: 'Unsubscribed' },
  { value: 'delete', label: 'Delete', verb: 'Deleting', done: 'Deleted' },
];
const actionOf = (value: BulkAction) => ACTIONS.find((a) => a.value === value)!;

function plainError(error: unknown): string {
  if (error instanceof ApiFailure) {
    if (error.param?.startsWith('tags')) return 'Enter a tag of at most 100 characters.';
    if (error.code === 'network_error' || error.status === 429) return errorText(error);
  }
  return 'The action could not be started. Try again in a moment.';
}

/**
 * What to do with the selected contacts: add or remove a tag, unsubscribe,
 * delete (asked twice). Runs in the background; shows its progress, then
 * reloads the list (`onChanged`).
 */
export function BulkActions({
  selection,
  total,
  filter,
  onChanged,
}: {
  selection: Selection;
  total: number;
  filter: { search?: string; tag?: string; status?: string };
  onChanged(): void;
}) {
  const [action, setAction] = useState<BulkAction>('tag');
  const [tag, setTag] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [job, setJob] = useState<BulkJob>();
  const [pending, setPending] = useState(false);
  const running = job !== undefined && (job.status === 'queued' || job.status === 'running');
  const count = selection.all ? total : selection.ids.size;

  usePolling(
    async () => {
      if (!job) return;
      try {
        const next = await fetchBulk(job.id);
        setJob(next);
        if (next.status === 'done' || next.status === 'failed') {
          selection.clear();
          onChanged();
        }
      } catch {
        // A missed poll is tried again on the next tick.
      }
    },
    1000,
    running,
  );

  if (count === 0 && !job) return null;

  const start = async () => {
    setError(undefined);
    const tags = action === 'tag' || action === 'untag' ? [tag.trim()] : undefined;
    if (tags && !tags[0]) {
      setError('Enter the tag to add or remove.');
      return;
    }
    if (action === 'delete' && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    const body: BulkBody = {
      action,
      ...(tags ? { tags } : {}),
      ...(selection.all
        ? {
            filter: Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== '')),
          }
        : { ids: [...selection.ids] }),
    };
    setPending(true);
    try {
      const started = await startBulk(body);
      setJob(started);
      if (started.status === 'done') {
        selection.clear();
        onChanged();
      }
    } catch (e) {
      setError(plainError(e));
    } finally {
      setPending(false);
    }
  };

  const meta = job ? actionOf(job.action) : undefined;
  const finished = job && !running;
  const summary =
    job && meta
      ? job.status === 'failed'
        ? `The action stopped after ${plural(job.processed, 'contact')} of ${job.total}. Those keep the change; run it again to finish.`
        : `${meta.done} ${plural(job.changed, 'contact')}${job.tags.length ? ` (“${job.tags.join('”, “')}”)` : ''}.${
            job.changed < job.processed - job.not_found
              ? ` ${plural(job.processed - job.not_found - job.changed, 'contact')} already matched.`
              : ''
          }`
      : '';

  return (
    <section className="bulk-bar" aria-label="Bulk actions">
      {running && meta ? (
        <ProgressBar label={`${meta.verb}: ${job.processed} of ${job.total}`} value={job.processed} max={job.total} />
      ) : (
        <>
          {finished && (
            <div className="bulk-result" role="status">
              <Notice tone={job.status === 'failed' ? 'warning' : 'success'}>{summary}</Notice>
              <Button variant="link" onClick={() => setJob(undefined)}>
                Dismiss
              </Button>
            </div>
          )}
          {count > 0 && (
            <>
              <p className="bulk-count" aria-live="polite">
                <strong>
                  {selection.all ? `All ${plural(total, 'contact')} matching` : `${plural(count, 'contact')} selected`}
                </strong>
                {!selection.all &&
                  total > selection.pageIds.length &&
                  selection.pageIds.every((id) => selection.ids.has(id)) && (
                    <Button variant="link" onClick={() => selection.selectAll()}>
                      Select all {plural(total, 'contact')} matching
                    </Button>
                  )}
                <Button variant="link" onClick={() => selection.clear()}>
                  Clear selection
                </Button>
              </p>
              <div className="row bulk-controls">
                <Select
                  label="Action"
                  value={action}
                  onChange={(e) => {
                    setAction(e.target.value as BulkAction);
                    setConfirming(false);
                    setError(undefined);
                  }}
                >
                  {ACTIONS.map((a) => (
                    <option key={a.value} value={a.value}>
                      {a.label}
                    </option>
                  ))}
                </Select>
                {(action === 'tag' || action === 'untag') && (
                  <TextField
                    label={action === 'tag' ? 'Tag to add' : 'Tag to remove'}
                    value={tag}
                    maxLength={100}
                    placeholder="e.g. vip"
                    hint="Capitals do not matter: VIP and vip are the same tag."
                    onChange={(e) => {
                      setTag(e.target.value);
                      setError(undefined);
                    }}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') void start();
                    }}
                  />
                )}
                <Button
                  variant={action === 'delete' ? 'danger' : 'primary'}
                  pending={pending}
                  onClick={() => void start()}
                >
                  {actionOf(action).label} · {plural(count, 'contact')}
                </Button>
              </div>
              {confirming && (
                <div className="bulk-confirm" role="alertdialog" aria-label="Confirm deletion">
                  <Notice tone="warning">
                    Delete {plural(count, 'contact')} for good? Their details cannot be brought back.
                  </Notice>
                  <div className="row">
                    <Button variant="danger" autoFocus onClick={() => void start()}>
                      Yes, delete {plural(count, 'contact')}
                    </Button>
                    <Button onClick={() => setConfirming(false)}>Cancel</Button>
                  </div>
                </div>
              )}
              {error && (
                <p className="field-error" role="alert">
                  {error}
                </p>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
