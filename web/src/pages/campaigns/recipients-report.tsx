import { useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/hooks';
import { ErrorNote, Loading } from '../../ui/feedback';
import { formatDate, formatNumber } from '../../ui/format';
import { Pagination } from '../../ui/pagination';
import { RECIPIENT_EVENTS, readRecipients, recipientsExportUrl, type RecipientEvent } from './recipients-api';
import './recipients.css';
import { TableWrap } from '../../ui/table-wrap';
import { useCanManage } from '../../api/session';

const PER_PAGE = 25;

// `count` names the column of each recipient's count, for the events the API counts.
const LABELS: Record<RecipientEvent, { tab: string; when: string; empty: string; count?: string }> = {
  sent: { tab: 'Received', when: 'Sent', empty: 'Nobody has received it yet.' },
  opened: { tab: 'Opened', when: 'First opened', empty: 'Nobody has opened it yet.', count: 'Opens' },
  clicked: { tab: 'Clicked', when: 'First clicked', empty: 'Nobody has clicked a link yet.', count: 'Clicks' },
  bounced: { tab: 'Bounced', when: 'Sent', empty: 'No message bounced.' },
  unsubscribed: { tab: 'Unsubscribed', when: 'Unsubscribed', empty: 'Nobody unsubscribed.' },
  failed: { tab: 'Failed', when: 'Tried', empty: 'No message failed.' },
};

/** Who received, opened, clicked, bounced, unsubscribed or failed: one tab each, and a CSV download. */
export function RecipientsReport({ campaignId }: { campaignId: string }) {
  const canManage = useCanManage();
  const [event, setEvent] = useState<RecipientEvent>('sent');
  const [page, setPage] = useState(1);
  const list = useApi(readRecipients(campaignId, { event, page, per_page: PER_PAGE }));
  const choose = (next: RecipientEvent) => {
    setEvent(next);
    setPage(1);
  };
  // Arrow keys move between the tabs, as a tab list does.
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = RECIPIENT_EVENTS.indexOf(event);
    const next =
      RECIPIENT_EVENTS[(i + (e.key === 'ArrowRight' ? 1 : RECIPIENT_EVENTS.length - 1)) % RECIPIENT_EVENTS.length]!;
    choose(next);
    document.getElementById(`rcp-tab-${next}`)?.focus();
  };
  const label = LABELS[event];
  const data = list.data;
  return (
    <section className="panel rcp" aria-labelledby="rcp-title">
      <div className="rcp-head">
        <h2 id="rcp-title">Recipients</h2>
        {canManage && (
          <a className="btn btn-secondary" href={recipientsExportUrl(campaignId, event)} download>
            Download CSV ({label.tab.toLowerCase()})
          </a>
        )}
      </div>
      <div className="rcp-tabs" role="tablist" aria-label="Recipients by what they did" onKeyDown={onKey}>
        {RECIPIENT_EVENTS.map((e) => (
          <button
            key={e}
            id={`rcp-tab-${e}`}
            type="button"
            role="tab"
            aria-selected={e === event}
            aria-controls="rcp-panel"
            tabIndex={e === event ? 0 : -1}
            className={e === event ? 'active' : undefined}
            onClick={() => choose(e)}
          >
            {LABELS[e].tab}
          </button>
        ))}
      </div>
      <div id="rcp-panel" role="tabpanel" aria-labelledby={`rcp-tab-${event}`}>
        <ErrorNote error={list.error} />
        {!data && list.loading && <Loading label="Loading recipients…" />}
        {data && data.total === 0 && <p className="muted">{label.empty}</p>}
        {data && data.total > 0 && (
          <>
            <p className="muted">{formatNumber(data.total)} in all</p>
            <TableWrap>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Email</th>
                    <th scope="col">{label.when}</th>
                    {label.count && (
                      <th scope="col" className="num">
                        {label.count}
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {data.data.map((r) => (
                    <tr key={r.contact_id}>
                      <td className="rcp-email">
                        <Link to={`/contacts/${r.contact_id}`}>{r.email}</Link>
                      </td>
                      <td>{r.first_at ? formatDate(r.first_at) : '—'}</td>
                      {label.count && <td className="num">{formatNumber(r.count ?? 0)}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            {event === 'opened' && (
              <p className="muted">
                Opens counts each time a person loaded the message's images. Opens by mail privacy proxies are left out,
                and 0 means they clicked a link with images turned off.
              </p>
            )}
            <Pagination page={page} perPage={PER_PAGE} total={data.total} onPage={setPage} />
          </>
        )}
      </div>
    </section>
  );
}
