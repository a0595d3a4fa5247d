import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/hooks';
import { EmptyState, ErrorNote, Loading } from '../../ui/feedback';
import { formatDate, plural } from '../../ui/format';
import { Pagination } from '../../ui/pagination';
import { SafeLink } from '../../ui/safe-link';
import { leadsExportUrl, readLeads } from './api';
import type { TabProps } from './chatbot-page';
import { chatbotPath } from './types';
import { TableWrap } from '../../ui/table-wrap';
import { useCanManage } from '../../api/session';

const PER_PAGE = 25;

/** Visitors who left their email in the widget, latest first, and the CSV of them all. */
export function LeadsTab({ chatbot }: TabProps) {
  const canManage = useCanManage();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useApi(readLeads(chatbot.id, { page, per_page: PER_PAGE }));

  return (
    <section className="stack" aria-label="Leads">
      <div className="row cb-toolbar cb-toolbar-center">
        <p className="muted cb-grow">
          {list.data ? `${plural(list.data.total, 'lead')}. ` : ''}
          Each is also a contact, tagged with the chatbot's name.
        </p>
        {/* A plain link: the session cookie goes with it, and the browser saves the file however many leads there are. */}
        {canManage && (
          <a className="btn btn-secondary" href={leadsExportUrl(chatbot.id)} download>
            Export CSV
          </a>
        )}
      </div>
      <ErrorNote error={list.error} />
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.total === 0 && (
        <EmptyState title="No leads yet">
          Visitors who leave their name and email in the chat show here.{' '}
          {chatbot.lead_capture.enabled
            ? 'The widget asks for them as set in Settings.'
            : 'The widget does not ask for them yet: turn it on in Settings.'}
        </EmptyState>
      )}
      {list.data && list.data.data.length > 0 && (
        <>
          <TableWrap>
            <table className="cb-cards">
              <thead>
                <tr>
                  <th scope="col">Visitor</th>
                  <th scope="col">First question</th>
                  <th scope="col">Page</th>
                  <th scope="col">Left their email</th>
                </tr>
              </thead>
              <tbody>
                {list.data.data.map((l) => (
                  <tr key={l.conversation_id}>
                    <td className="cb-lead-cell">
                      {l.name && <div>{l.name}</div>}
                      <div className="cb-url">{l.email}</div>
                      <div className="cb-small">
                        {l.contact_id && (
                          <>
                            <Link to={`/contacts/${encodeURIComponent(l.contact_id)}`}>
                              View contact<span className="visually-hidden"> {l.email}</span>
                            </Link>{' '}
                            ·{' '}
                          </>
                        )}
                        <Link to={chatbotPath(chatbot.id, `conversations/${encodeURIComponent(l.conversation_id)}`)}>
                          Conversation<span className="visually-hidden"> with {l.email}</span>
                        </Link>
                      </div>
                    </td>
                    <td data-label="First question" className="cb-question-cell">
                      {l.first_question ?? <span className="muted">—</span>}
                    </td>
                    <td data-label="Page" className="cb-url cb-small">
                      {l.page_url ? (
                        <SafeLink href={l.page_url}>{l.page_url}</SafeLink>
                      ) : (
                        (l.origin ?? <span className="muted">—</span>)
                      )}
                    </td>
                    <td data-label="Left their email" className="cb-nowrap">
                      {formatDate(l.created_at)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <Pagination
            page={page}
            perPage={PER_PAGE}
            total={list.data.total}
            onPage={(p) => setParams(p > 1 ? { page: String(p) } : {})}
          />
        </>
      )}
    </section>
  );
}
