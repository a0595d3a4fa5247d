import { useState } from 'react';
import { useApi } from '../../api/hooks';
import { useSession } from '../../api/session';
import { Button } from '../../ui/buttons';
import { EmptyState, ErrorNote, Notice, Pending } from '../../ui/feedback';
import { Select, TextField } from '../../ui/fields';
import { formatDate, plural } from '../../ui/format';
import { Pagination } from '../../ui/pagination';
import { readAuditLog, type AuditQuery, type AuditResourceType } from './audit-api';
import { actorKind, auditSentence, RESOURCE_KINDS, resourceName } from './audit-sentence';
import { TableWrap } from '../../ui/table-wrap';

const PER_PAGE = 25;

/** A day picked in the viewer's zone, as the instant it starts (or ends). */
function dayEdge(day: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const at = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/** Settings → Audit log: who did what in the workspace, newest first, by kind and date. */
export function AuditLogPage() {
  const { session } = useSession();
  const [kind, setKind] = useState<AuditResourceType | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const member = session?.workspace.role === 'member';
  const backwards = from !== '' && to !== '' && from > to;
  const query: AuditQuery = {
    page,
    per_page: PER_PAGE,
    ...(kind ? { resource_type: kind } : {}),
    ...(dayEdge(from, false) ? { since: dayEdge(from, false) } : {}),
    ...(dayEdge(to, true) ? { until: dayEdge(to, true) } : {}),
  };
  const list = useApi(member || backwards ? null : readAuditLog(query));
  const filtered = kind !== '' || from !== '' || to !== '';
  const change = (apply: () => void) => {
    apply();
    setPage(1);
  };

  if (member)
    return (
      <Notice>
        Only an owner or admin of this workspace can read its audit log. Ask one of them if you need to know who changed
        something.
      </Notice>
    );

  const data = list.data;
  return (
    <div className="stack">
      <p className="muted">
        Who did what in this workspace: API keys, campaigns sent, contact exports, imports and erasures, chatbots,
        webhooks and settings. Entries are kept for a year unless your server is set otherwise.
      </p>
      <div className="row au-filters">
        <Select label="What" value={kind} onChange={(e) => change(() => setKind(e.target.value as typeof kind))}>
          <option value="">Everything</option>
          {RESOURCE_KINDS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        <TextField
          label="From"
          type="date"
          value={from}
          max={to || undefined}
          onChange={(e) => change(() => setFrom(e.target.value))}
        />
        <TextField
          label="To"
          type="date"
          value={to}
          min={from || undefined}
          onChange={(e) => change(() => setTo(e.target.value))}
          error={backwards ? 'Pick a day on or after the first one.' : undefined}
        />
        {filtered && (
          <Button variant="link" onClick={() => change(() => (setKind(''), setFrom(''), setTo('')))}>
            Show everything
          </Button>
        )}
      </div>
      <ErrorNote error={list.error} />
      {backwards ? null : !data ? (
        <Pending error={list.error} reload={list.reload} label="Loading the audit log…" />
      ) : data.data.length === 0 ? (
        <EmptyState title={filtered ? 'Nothing matches these filters' : 'Nothing recorded yet'}>
          {filtered
            ? 'Try another kind of change or a wider range of days.'
            : 'Changes to API keys, campaigns, contacts, chatbots, webhooks and settings will show here.'}
        </EmptyState>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {plural(data.total, 'entry', 'entries')}
            {list.loading && ' · updating…'}
          </p>
          <TableWrap>
            <table className="cb-cards au-table">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Resource</th>
                </tr>
              </thead>
              <tbody>
                {data.data.map((entry) => (
                  <tr key={entry.id}>
                    <td data-label="When" className="cb-nowrap">
                      <time dateTime={entry.created_at}>{formatDate(entry.created_at)}</time>
                    </td>
                    <td data-label="Who" className="au-who">
                      <div>
                        {entry.actor.label}
                        <div className="muted au-kind">{actorKind(entry)}</div>
                      </div>
                    </td>
                    <td data-label="What" className="au-what">
                      {auditSentence(entry)}
                    </td>
                    <td data-label="Resource">
                      <div>
                        {resourceName(entry.resource.type)}
                        {entry.resource.id && (
                          <div>
                            <code className="au-id">{entry.resource.id}</code>
                          </div>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <Pagination page={data.page} perPage={data.per_page ?? PER_PAGE} total={data.total} onPage={setPage} />
        </>
      )}
    </div>
  );
}
