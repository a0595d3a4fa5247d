import { useState } from 'react';
import { Link } from 'react-router';
import { useApi, usePolling } from '../../api/hooks';
import { ErrorNote, Loading, StatusBadge } from '../../ui/feedback';
import { formatDate, formatNumber } from '../../ui/format';
import { Pagination } from '../../ui/pagination';
import { readImports } from './api';
import { isRunning } from './types';
import { TableWrap } from '../../ui/table-wrap';

const PER_PAGE = 10;

/** Earlier imports, newest first, each opening its result; kept fresh while one runs. */
export function PastImports() {
  const [page, setPage] = useState(1);
  const list = useApi(readImports({ page, per_page: PER_PAGE }));
  usePolling(() => list.reload(true), 2000, list.data?.data.some(isRunning) ?? false);
  const data = list.data;
  return (
    <section className="panel" aria-labelledby="past-imports-title">
      <h2 id="past-imports-title">Past imports</h2>
      <ErrorNote error={list.error} />
      {!data ? (
        !list.error && <Loading label="Loading imports…" />
      ) : data.total === 0 ? (
        <p className="muted">No imports yet. The files you import appear here with their results.</p>
      ) : (
        <>
          <TableWrap>
            <table aria-label="Past imports">
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Rows
                  </th>
                  <th scope="col" className="num">
                    Created
                  </th>
                  <th scope="col" className="num">
                    Updated
                  </th>
                  <th scope="col" className="num">
                    Failed
                  </th>
                  <th scope="col">Started</th>
                </tr>
              </thead>
              <tbody>
                {data.data.map((imp) => (
                  <tr key={imp.id}>
                    <td className="contacts-file">
                      <Link to={`/contacts/imports/${encodeURIComponent(imp.id)}`}>{imp.filename ?? imp.id}</Link>
                    </td>
                    <td>
                      <StatusBadge status={imp.status} />
                    </td>
                    <td className="num">{formatNumber(imp.rows_total)}</td>
                    <td className="num">{formatNumber(imp.created)}</td>
                    <td className="num">{formatNumber(imp.updated)}</td>
                    <td className="num">{formatNumber(imp.failed)}</td>
                    <td className="contacts-date">{formatDate(imp.created_at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <Pagination page={data.page} perPage={data.per_page} total={data.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}
