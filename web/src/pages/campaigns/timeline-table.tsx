import { formatNumber } from '../../ui/format';
import { bucketName, type Bucket } from './timeline-data';
import { TableWrap } from '../../ui/table-wrap';

/** The chart's numbers as a table, folded away: for screen readers, and for anyone who wants the exact counts. */
export function TimelineTable({ buckets, hours, timeZone }: { buckets: Bucket[]; hours: number; timeZone: string }) {
  const active = buckets.filter((b) => b.sent || b.opens || b.clicks);
  return (
    <details className="cmp-data">
      <summary>Show the numbers</summary>
      <TableWrap>
        <table>
          <thead>
            <tr>
              <th scope="col">
                {hours === 1 ? 'Hour' : 'Period'} ({timeZone.replace(/_/g, ' ')})
              </th>
              <th scope="col" className="num">
                Messages sent
              </th>
              <th scope="col" className="num">
                Times opened
              </th>
              <th scope="col" className="num">
                Links clicked
              </th>
            </tr>
          </thead>
          <tbody>
            {active.map((b) => (
              <tr key={b.start}>
                <th scope="row">{bucketName(b, hours, timeZone)}</th>
                <td className="num">{formatNumber(b.sent)}</td>
                <td className="num">{formatNumber(b.opens)}</td>
                <td className="num">{formatNumber(b.clicks)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </details>
  );
}
