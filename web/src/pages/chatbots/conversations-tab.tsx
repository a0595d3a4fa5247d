import { Link, useSearchParams } from 'react-router';
import { withQuery, type List } from '../../api/client';
import { useApi } from '../../api/hooks';
import { EmptyState, ErrorNote, Loading } from '../../ui/feedback';
import { formatDate, formatNumber } from '../../ui/format';
import { Pagination } from '../../ui/pagination';
import type { TabProps } from './chatbot-page';
import { LeadCell } from './lead-cell';
import { chatbotApi, chatbotPath, type ConversationSummary } from './types';

const PER_PAGE = 20;

/** Conversations, newest first, with what went unanswered and who left their email. */
export function ConversationsTab({ chatbot }: TabProps) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useApi<List<ConversationSummary>>(
    withQuery(chatbotApi(chatbot.id, 'conversations'), { page, per_page: PER_PAGE }),
  );

  return (
    <section aria-label="Conversations">
      <ErrorNote error={list.error} />
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.total === 0 && (
        <EmptyState title="No conversations yet">
          Conversations appear here once visitors use the chat on your website (see the Embed tab) or you try it in the
          Playground. Leads — visitors who left their email — show in the Lead column.
        </EmptyState>
      )}
      {list.data && list.data.data.length > 0 && (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Last message</th>
                  <th scope="col">Where</th>
                  <th scope="col" className="num">
                    Messages
                  </th>
                  <th scope="col" className="num">
                    Unanswered
                  </th>
                  <th scope="col">Lead</th>
                </tr>
              </thead>
              <tbody>
                {list.data.data.map((c) => (
                  <tr key={c.id}>
                    <td className="cb-nowrap">
                      <Link
                        to={chatbotPath(chatbot.id, `conversations/${c.id}`)}
                        aria-label={`Open conversation of ${formatDate(c.last_message_at)}`}
                      >
                        {formatDate(c.last_message_at)}
                      </Link>
                    </td>
                    <td className="cb-url">
                      {c.channel === 'widget' ? (c.origin ?? 'Website widget') : 'API / Playground'}
                    </td>
                    <td className="num">{formatNumber(c.message_count)}</td>
                    <td className="num">
                      {c.unanswered_count > 0 ? (
                        <strong className="cb-warn">{formatNumber(c.unanswered_count)}</strong>
                      ) : (
                        0
                      )}
                    </td>
                    <td>
                      <LeadCell conversation={c} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
