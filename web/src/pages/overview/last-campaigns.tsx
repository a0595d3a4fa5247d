import { Link } from 'react-router';
import { StatusBadge } from '../../ui/feedback';
import { formatDate, formatNumber, percent } from '../../ui/format';
import { campaignPath } from '../campaigns/types';
import type { Overview } from './api';
import { TableWrap } from '../../ui/table-wrap';

const share = (rate: number | null) => (rate === null ? '—' : percent(rate, 1));

/** The last campaigns sent, with their open and click rates, each linked to its stats. */
export function LastCampaigns({ campaigns }: { campaigns: Overview['campaigns'] }) {
  return (
    <section className="panel" aria-labelledby="ov-campaigns-heading">
      <h2 id="ov-campaigns-heading">Last campaigns</h2>
      {campaigns.length === 0 ? (
        <p className="muted">
          No campaign sent yet. <Link to="/campaigns/new">Write a campaign</Link> to your contacts.
        </p>
      ) : (
        <TableWrap>
          <table className="cmp-table ov-campaigns">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Sent
                </th>
                <th scope="col" className="num">
                  Opened
                </th>
                <th scope="col" className="num">
                  Clicked
                </th>
                <th scope="col">Started</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={campaignPath(c.id)}>{c.name}</Link>
                  </td>
                  <td data-label="Status">
                    <StatusBadge status={c.status} />
                  </td>
                  <td className="num" data-label="Sent">
                    {formatNumber(c.sent)}
                  </td>
                  <td className="num" data-label="Opened">
                    {share(c.open_rate)}
                  </td>
                  <td className="num" data-label="Clicked">
                    {share(c.click_rate)}
                  </td>
                  <td data-label="Started">{formatDate(c.started_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
