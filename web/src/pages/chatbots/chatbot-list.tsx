import { Link, useLocation, useSearchParams } from 'react-router';
import { useApi, usePolling } from '../../api/hooks';
import { EmptyState, ErrorNote, Loading, Notice, StatusBadge } from '../../ui/feedback';
import { formatDate, formatNumber, plural } from '../../ui/format';
import { PageHeader } from '../../ui/layout';
import { Pagination } from '../../ui/pagination';
import { readChatbots } from './api';
import { chatbotPath, type Chatbot } from './types';
import { TableWrap } from '../../ui/table-wrap';

const PER_PAGE = 20;

/** All chatbots of the workspace; statuses refresh while any is training. */
export function ChatbotList() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useApi(readChatbots({ page, per_page: PER_PAGE }));
  const training = list.data?.data.some((c) => c.status === 'training') ?? false;
  usePolling(() => list.reload(true), 2000, training);
  const notice = (useLocation().state as { notice?: string } | null)?.notice;

  const create = (
    <Link className="btn btn-primary" to="/chatbots/new">
      New chatbot
    </Link>
  );
  return (
    <>
      <PageHeader title="Chatbots">{list.data && list.data.total > 0 && create}</PageHeader>
      <div className="stack">
        {notice && <Notice tone="success">{notice}</Notice>}
        <ErrorNote error={list.error} />
        {list.loading && !list.data && <Loading />}
        {list.data && list.data.total === 0 && (
          <EmptyState
            title="No chatbots yet"
            action={
              <Link className="btn btn-primary" to="/chatbots/new">
                Create a chatbot
              </Link>
            }
          >
            Create a chatbot from your website URL: Grivo reads your pages and answers your visitors' questions from
            them, citing the page each answer comes from. Then add it to your site with one line of HTML.
          </EmptyState>
        )}
        {list.data && list.data.data.length > 0 && (
          <>
            <TableWrap>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Status</th>
                    <th scope="col" className="num">
                      Pages trained
                    </th>
                    <th scope="col">Created</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.data.map((c) => (
                    <ChatbotRow key={c.id} chatbot={c} />
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <Pagination
              page={page}
              perPage={PER_PAGE}
              total={list.data.total}
              onPage={(p) => setParams({ page: String(p) })}
            />
          </>
        )}
      </div>
    </>
  );
}

function ChatbotRow({ chatbot: c }: { chatbot: Chatbot }) {
  return (
    <tr>
      <td className="cb-name-cell">
        <Link to={chatbotPath(c.id)}>{c.name}</Link>
        {c.website_url && <div className="muted cb-url">{c.website_url}</div>}
      </td>
      <td>
        <StatusBadge status={c.status} />
        {c.training && c.training.pages_done > 0 && (
          <div className="muted">
            {c.training.pages_total === null
              ? `${plural(c.training.pages_done, 'page')} so far`
              : `${formatNumber(c.training.pages_done)} / ${plural(c.training.pages_total, 'page')}`}
          </div>
        )}
      </td>
      <td className="num">{formatNumber(c.pages_trained)}</td>
      <td className="cb-nowrap">{formatDate(c.created_at)}</td>
    </tr>
  );
}
