import { formatNumber } from '../../ui/format';
import { SafeLink } from '../../ui/safe-link';
import type { CampaignStats } from './types';
import { TableWrap } from '../../ui/table-wrap';

/** Clicks per tracked link: a table whose rows carry a bar to compare them at a glance. */
export function LinkClicks({ links }: { links: CampaignStats['links'] }) {
  if (links.length === 0) {
    return (
      <p className="muted">
        This campaign has no tracked links. Links (http or https) in the HTML body are counted here when clicked.
      </p>
    );
  }
  const most = Math.max(1, ...links.map((l) => l.clicks));
  const sorted = [...links].sort((a, b) => b.clicks - a.clicks);
  return (
    <TableWrap>
      <table className="cmp-links">
        <thead>
          <tr>
            <th scope="col">Link</th>
            <th scope="col" className="num">
              Total clicks
            </th>
            <th scope="col" className="num">
              Unique clicks
            </th>
            <th scope="col" className="cmp-bar-col">
              <span className="visually-hidden">Share of clicks</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((l) => (
            <tr key={l.url}>
              <td className="cmp-url">
                <SafeLink href={l.url}>{l.url}</SafeLink>
              </td>
              <td className="num">{formatNumber(l.clicks)}</td>
              <td className="num">{formatNumber(l.unique_clicks)}</td>
              <td className="cmp-bar-col" aria-hidden="true">
                <div className="cmp-hbar">
                  <span style={{ width: `${(l.clicks / most) * 100}%` }} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
