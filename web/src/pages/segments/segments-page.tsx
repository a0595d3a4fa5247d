import { useRef, useState, type FormEvent } from 'react';
import { errorText } from '../../api/error-text';
import { ApiFailure } from '../../api/client';
import { useAction, useApi } from '../../api/hooks';
import { Button, ConfirmDialog } from '../../ui/buttons';
import { EmptyState, ErrorNote, Notice, Pending } from '../../ui/feedback';
import { Select, TextField } from '../../ui/fields';
import { plural } from '../../ui/format';
import { PageHeader } from '../../ui/layout';
import { Pagination } from '../../ui/pagination';
import { useLive } from '../campaigns/use-live';
import { countSegment, createSegment, deleteSegment, readSegments, updateSegment } from './api';
import { ConditionRow, freshCondition } from './condition-row';
import type { Segment, SegmentBody } from './types';
import { TableWrap } from '../../ui/table-wrap';

/** A segment being written: every part of the body, filled. */
type SegmentDraft = Required<SegmentBody>;

const PER_PAGE = 50;
const EMPTY: SegmentDraft = { name: '', match: 'all', conditions: [] };

/** The server's word on a field, said for a person. */
function plainError(error: Error | undefined): { param?: string; text: string } | undefined {
  if (!(error instanceof ApiFailure)) return error ? { text: errorText(error) } : undefined;
  const param = error.param ?? '';
  if (param === 'name') return { param, text: 'Give the segment a name.' };
  const at = /^conditions\.(\d+)\.(field|op|value)/.exec(param);
  if (at) {
    const what = { field: 'Choose a field (and a custom field name).', op: 'Choose another condition for this field.' };
    return {
      param: `conditions.${at[1]}`,
      text: what[at[2] as 'field' | 'op'] ?? 'Fill in a value that fits this condition.',
    };
  }
  if (param === 'conditions') return { param, text: 'A segment can have at most 20 conditions.' };
  return { text: errorText(error, { name: 'Name', match: 'Match', conditions: 'Conditions' }) };
}

/** /segments: saved groups of contacts, with a builder that counts who matches as you go. */
export function SegmentsPage() {
  const [page, setPage] = useState(1);
  const list = useApi(readSegments({ page, per_page: PER_PAGE }));
  const [draft, setDraft] = useState<SegmentDraft>(EMPTY);
  const [editing, setEditing] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [removing, setRemoving] = useState<Segment>();
  const nameBox = useRef<HTMLDivElement>(null);
  const save = useAction((body: SegmentBody) => (editing ? updateSegment(editing, body) : createSegment(body)));
  const remove = useAction(deleteSegment);
  const definition = { match: draft.match, conditions: draft.conditions };
  const count = useLive({
    key: JSON.stringify(definition),
    run: (signal) => countSegment(definition, signal),
  });
  const problem = plainError(save.error);

  const startEdit = (s?: Segment) => {
    save.setError(undefined);
    setNotice(undefined);
    setEditing(s?.id);
    setDraft(s ? { name: s.name, match: s.match, conditions: s.conditions } : EMPTY);
    nameBox.current?.querySelector('input')?.focus();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await save.run({ ...draft, name: draft.name.trim() });
    if (!saved) return;
    startEdit(undefined);
    setNotice(`${saved.name} saved: ${plural(saved.contacts, 'contact')} match it now.`);
    await list.reload(true);
  };
  const confirmRemove = async () => {
    if (!removing) return;
    await remove.run(removing.id);
    if (editing === removing.id) startEdit(undefined);
    setNotice(`${removing.name} deleted. Its contacts are untouched.`);
    setRemoving(undefined);
    await list.reload(true);
  };

  const live = count.data;
  const data = list.data;
  return (
    <>
      <PageHeader title="Segments" />
      <p className="muted wh-intro">
        A segment is a group of contacts that match conditions, worked out again each time you use it: to list its
        contacts, or to send a campaign to its subscribed contacts.
      </p>

      <section className="panel" aria-labelledby="seg-form-title">
        <h2 id="seg-form-title">{editing ? 'Edit segment' : 'New segment'}</h2>
        <form onSubmit={submit} noValidate className="stack">
          <div ref={nameBox}>
            <TextField
              label="Name"
              value={draft.name}
              required
              maxLength={200}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              error={problem?.param === 'name' ? problem.text : undefined}
            />
          </div>
          <Select
            label="Contacts must match"
            value={draft.match}
            onChange={(e) => setDraft({ ...draft, match: e.target.value as SegmentDraft['match'] })}
          >
            <option value="all">All of the conditions</option>
            <option value="any">Any of the conditions</option>
          </Select>
          {draft.conditions.map((c, i) => (
            <ConditionRow
              key={i}
              index={i}
              condition={c}
              error={problem?.param === `conditions.${i}` ? problem.text : undefined}
              onChange={(next) =>
                setDraft({ ...draft, conditions: draft.conditions.map((old, j) => (j === i ? next : old)) })
              }
              onRemove={() => setDraft({ ...draft, conditions: draft.conditions.filter((_, j) => j !== i) })}
            />
          ))}
          <div className="actions">
            <Button
              onClick={() => setDraft({ ...draft, conditions: [...draft.conditions, freshCondition('tags')] })}
              disabled={draft.conditions.length >= 20}
            >
              Add a condition
            </Button>
          </div>
          <p className="cmp-count seg-count" aria-live="polite">
            {count.error ? (
              <span className="muted">Finish the conditions to see how many contacts match.</span>
            ) : live === undefined ? (
              <span className="muted">Counting contacts…</span>
            ) : (
              <>
                <strong>{plural(live.contacts, 'contact')}</strong>
                <span className="muted"> match now, {live.subscribed} of them subscribed.</span>
              </>
            )}
          </p>
          {problem && !problem.param?.startsWith('conditions.') && problem.param !== 'name' && (
            <Notice tone="warning">{problem.text}</Notice>
          )}
          <div className="actions">
            <Button type="submit" variant="primary" pending={save.pending}>
              {editing ? 'Save changes' : 'Save segment'}
            </Button>
            {editing && <Button onClick={() => startEdit(undefined)}>Cancel</Button>}
          </div>
        </form>
      </section>

      {notice && (
        <div className="wh-banner">
          <Notice tone="success">{notice}</Notice>
        </div>
      )}

      <ErrorNote error={list.error} />
      {!data ? (
        <Pending error={list.error} reload={list.reload} label="Loading segments…" />
      ) : data.data.length === 0 ? (
        <EmptyState title="No segments yet">
          Build one above: its contacts are counted as you add conditions.
        </EmptyState>
      ) : (
        <>
          <TableWrap>
            <table className="cb-cards wh-table">
              <thead>
                <tr>
                  <th scope="col">Segment</th>
                  <th scope="col">Contacts now</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.data.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <strong>{s.name}</strong>
                      <div className="muted">{plural(s.conditions.length, 'condition')}</div>
                    </td>
                    <td data-label="Contacts now">{s.contacts}</td>
                    <td className="cb-row-actions">
                      <div className="actions">
                        <Button variant="link" onClick={() => startEdit(s)} aria-label={`Edit ${s.name}`}>
                          Edit
                        </Button>
                        <Button
                          variant="link"
                          onClick={() => (remove.setError(undefined), setRemoving(s))}
                          aria-label={`Delete ${s.name}`}
                        >
                          Delete
                        </Button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <Pagination page={data.page} perPage={data.per_page} total={data.total} onPage={setPage} />
        </>
      )}

      <ConfirmDialog
        open={removing !== undefined}
        title={`Delete ${removing?.name ?? ''}?`}
        confirmLabel="Delete"
        pending={remove.pending}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setRemoving(undefined)}
      >
        <p>The contacts stay. A campaign not yet sent to this segment will need another audience before it can go.</p>
        <ErrorNote error={remove.error} />
      </ConfirmDialog>
    </>
  );
}
