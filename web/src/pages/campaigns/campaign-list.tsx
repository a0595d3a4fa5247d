import { Link, useLocation, useSearchParams } from 'react-router';
import { useApi, usePolling } from '../../api/hooks';
import { EmptyState, ErrorNote, Notice, Pending, StatusBadge } from '../../ui/feedback';
import { formatDate, formatNumber, percent } from '../../ui/format';
import { PageHeader } from '../../ui/layout';
import { Pagination } from '../../ui/pagination';
import { useTimeZone } from '../../ui/time-zone';
import { readCampaigns } from './api';
import { campaignPath, type Campaign } from './types';
import { TableWrap } from '../../ui/table-wrap';

const PER_PAGE = 20;

/** /campaigns: every campaign, newest first; numbers refresh while one is sending. */
export function CampaignList() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useApi(readCampaigns({ page, per_page: PER_PAGE }));
  const sending = list.data?.data.some((c) => c.status === 'sending') ?? false;
  usePolling(() => list.reload(true), 2000, sending);
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const data = list.data;

  return (
    <>
      <PageHeader title="Campaigns">
        {data && data.total > 0 && (
          <Link className="btn btn-primary" to="/campaigns/new">
            New campaign
          </Link>
        )}
      </PageHeader>
      {notice && <Notice tone="success">{notice}</Notice>}
      <ErrorNote error={list.error} />
      {!data && <Pending error={list.error} reload={list.reload} />}
      {data && data.total === 0 && (
        <EmptyState
          title="No campaigns yet"
          action={
            <Link className="btn btn-primary" to="/campaigns/new">
              New campaign
            </Link>
          }
        >
          A campaign is an email to your contacts — all of them, or those with some tags. Write it, preview it for any
          contact, send yourself a test, then send it now or schedule it. Opens, clicks and unsubscribes show up here as
          they happen.
        </EmptyState>
      )}
      {data && data.data.length > 0 && (
        <>
          <TableWrap>
            <table className="cmp-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Recipients
                  </th>
                  <th scope="col" className="num">
                    Sent
                  </th>
                  <th scope="col" className="num">
                    Opened
                  </th>
                  <th scope="col" className="num">
                    Clicked
                  </th>
                  <th scope="col">Date</th>
                </tr>
              </thead>
              <tbody>
                {data.data.map((c) => (
                  <CampaignRow key={c.id} campaign={c} />
                ))}
              </tbody>
            </table>
          </TableWrap>
          <Pagination
            page={page}
            perPage={PER_PAGE}
            total={data.total}
            onPage={(p) => setParams({ page: String(p) })}
          />
        </>
      )}
    </>
  );
}

/** The date that matters for its state: when it goes out, went out, or was made. */
function dateOf(c: Campaign): { label: string; at: string } {
  if (c.status === 'scheduled' && c.scheduled_at) return { label: 'Scheduled', at: c.scheduled_at };
  if (c.started_at) return { label: 'Started', at: c.started_at };
  return { label: 'Created', at: c.created_at };
}

/** A share of the messages sent, as a percentage; a dash before any is sent. */
const rateOf = (rate: number | null) => (rate === null ? '—' : percent(rate, 1));

function CampaignRow({ campaign: c }: { campaign: Campaign }) {
  const date = dateOf(c);
  const timeZone = useTimeZone();
  return (
    <tr>
      <td>
        <Link to={campaignPath(c.id)}>{c.name}</Link>
        <div className="muted cmp-subject">{c.subject}</div>
      </td>
      <td data-label="Status">
        <StatusBadge status={c.status} />
      </td>
      <td className="num" data-label="Recipients">
        {c.status === 'draft' || c.status === 'scheduled' ? '—' : formatNumber(c.recipients)}
      </td>
      <td className="num" data-label="Sent">
        {c.status === 'draft' || c.status === 'scheduled' ? '—' : formatNumber(c.sent)}
      </td>
      <td className="num" data-label="Opened">
        {rateOf(c.open_rate)}
      </td>
      <td className="num" data-label="Clicked">
        {rateOf(c.click_rate)}
      </td>
      <td data-label="Date">
        <span>
          <span className="muted">{date.label}</span>{' '}
          {formatDate(date.at, c.status === 'scheduled' ? timeZone : undefined)}
        </span>
      </td>
    </tr>
  );
}
