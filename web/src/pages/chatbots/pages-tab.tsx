import { useSearchParams } from 'react-router';
import { useApi, usePolling } from '../../api/hooks';
import { EmptyState, ErrorNote, Loading, StatusBadge } from '../../ui/feedback';
import { Select } from '../../ui/fields';
import { formatDate, plural } from '../../ui/format';
import { Pagination } from '../../ui/pagination';
import { readPages } from './api';
import type { TabProps } from './chatbot-page';
import { SafeLink } from '../../ui/safe-link';
import type { TrainedPage } from './types';
import { TableWrap } from '../../ui/table-wrap';

const PER_PAGE = 25;
type Filter = '' | TrainedPage['status'];

/** The pages the chatbot learned, and those it left out with the reason. */
export function PagesTab({ chatbot }: TabProps) {
  const [params, setParams] = useSearchParams();
  const status = (['indexed', 'skipped'].includes(params.get('status') ?? '') ? params.get('status') : '') as Filter;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useApi(readPages(chatbot.id, { status: status || undefined, page, per_page: PER_PAGE }));
  // New pages appear as the training reads them.
  usePolling(() => list.reload(true), 3000, chatbot.status === 'training');
  const show = (next: { status?: Filter; page?: number }) => {
    const s = next.status ?? status;
    const p = next.page ?? 1;
    setParams({ ...(s ? { status: s } : {}), ...(p > 1 ? { page: String(p) } : {}) });
  };

  return (
    <section aria-label="Pages">
      <div className="row cb-toolbar">
        <Select label="Show" value={status} onChange={(e) => show({ status: e.target.value as Filter })}>
          <option value="">All pages</option>
          <option value="indexed">Indexed (answers come from these)</option>
          <option value="skipped">Skipped (with the reason)</option>
        </Select>
        {list.data && <p className="muted">{plural(list.data.total, 'page')}</p>}
      </div>
      <ErrorNote error={list.error} />
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.total === 0 && <NoPages status={status} training={chatbot.status === 'training'} />}
      {list.data && list.data.data.length > 0 && (
        <>
          <TableWrap>
            <table>
              <thead>
                <tr>
                  <th scope="col">Page</th>
                  <th scope="col">Status</th>
                  <th scope="col">Details</th>
                  <th scope="col">Last trained</th>
                </tr>
              </thead>
              <tbody>
                {list.data.data.map((p) => (
                  <tr key={p.id}>
                    <td className="cb-page-cell">
                      <div>{p.title || 'Untitled'}</div>
                      <SafeLink href={p.url} className="cb-url cb-small">
                        {p.url}
                      </SafeLink>
                    </td>
                    <td>
                      <StatusBadge status={p.status} />
                    </td>
                    <td>{p.status === 'skipped' ? (p.reason ?? 'No reason given') : plural(p.chunks, 'passage')}</td>
                    <td className="cb-nowrap">{formatDate(p.last_trained_at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <Pagination page={page} perPage={PER_PAGE} total={list.data.total} onPage={(p) => show({ page: p })} />
        </>
      )}
    </section>
  );
}

function NoPages({ status, training }: { status: Filter; training: boolean }) {
  if (training)
    return <EmptyState title="Reading your website…">Pages appear here as the training reads them.</EmptyState>;
  if (status === 'skipped')
    return <EmptyState title="No skipped pages">Every page the crawler reached was learned.</EmptyState>;
  return (
    <EmptyState title="No pages yet">
      Train the chatbot from the Overview tab: it reads your website and lists every page here, with the reason for any
      it leaves out.
    </EmptyState>
  );
}
