import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/hooks';
import { Button } from '../../ui/buttons';
import { EmptyState, ErrorNote, Loading } from '../../ui/feedback';
import { formatDate, formatNumber, plural } from '../../ui/format';
import { ThumbIcon } from '../../ui/icons';
import { Pagination } from '../../ui/pagination';
import { SafeLink } from '../../ui/safe-link';
import { readConversations, type ConversationsQuery } from './api';
import type { TabProps } from './chatbot-page';
import { LeadCell } from './lead-cell';
import { chatbotPath, type ConversationFilter, type ConversationSummary } from './types';
import { TableWrap } from '../../ui/table-wrap';

const PER_PAGE = 20;

const FILTERS: Array<{ value: ConversationFilter; label: string; query: ConversationsQuery; empty: string }> = [
  { value: '', label: 'All', query: {}, empty: '' },
  {
    value: 'unanswered',
    label: 'Unanswered',
    query: { unanswered: 'true' },
    empty: 'No conversation has a question the chatbot could not answer.',
  },
  {
    value: 'down',
    label: 'Thumbs down',
    query: { feedback: 'down' },
    empty: 'No visitor rated an answer with a thumbs down.',
  },
  { value: 'lead', label: 'With lead', query: { lead: 'true' }, empty: 'No visitor left their email yet.' },
];

/** Conversations, newest first, filtered to what needs a look: unanswered, rated down, or with a lead. */
export function ConversationsTab({ chatbot }: TabProps) {
  const [params, setParams] = useSearchParams();
  const filter = FILTERS.find((f) => f.value === params.get('show')) ?? FILTERS[0]!;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useApi(readConversations(chatbot.id, { ...filter.query, page, per_page: PER_PAGE }));
  const show = (next: { filter?: ConversationFilter; page?: number }) => {
    const f = next.filter ?? filter.value;
    const p = next.page ?? 1;
    setParams({ ...(f ? { show: f } : {}), ...(p > 1 ? { page: String(p) } : {}) });
  };

  return (
    <section className="stack" aria-label="Conversations">
      <div className="row cb-toolbar cb-toolbar-center">
        <fieldset className="cb-segmented" aria-label="Show">
          {FILTERS.map((f) => (
            <Button key={f.value} aria-pressed={f.value === filter.value} onClick={() => show({ filter: f.value })}>
              {f.label}
            </Button>
          ))}
        </fieldset>
        {list.data && <p className="muted">{plural(list.data.total, 'conversation')}</p>}
      </div>
      <ErrorNote error={list.error} />
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.total === 0 && filter.value === '' && (
        <EmptyState title="No conversations yet">
          Conversations appear here once visitors use the chat on your website (see the Embed tab) or you try it in the
          Playground. Leads — visitors who left their email — show in the Lead column.
        </EmptyState>
      )}
      {list.data && list.data.total === 0 && filter.value !== '' && (
        <EmptyState title="Nothing to show">{filter.empty}</EmptyState>
      )}
      {list.data && list.data.data.length > 0 && (
        <>
          <TableWrap>
            <table className="cb-cards">
              <thead>
                <tr>
                  <th scope="col">First question</th>
                  <th scope="col">Page</th>
                  <th scope="col" className="num">
                    Messages
                  </th>
                  <th scope="col">Flags</th>
                  <th scope="col">Lead</th>
                  <th scope="col">Last message</th>
                </tr>
              </thead>
              <tbody>
                {list.data.data.map((c) => (
                  <tr key={c.id}>
                    <td className="cb-question-cell">
                      <Link to={chatbotPath(chatbot.id, `conversations/${encodeURIComponent(c.id)}`)}>
                        {c.first_question ?? `Conversation of ${formatDate(c.created_at)}`}
                      </Link>
                    </td>
                    <td data-label="Page" className="cb-url cb-small cb-page-col">
                      <Where conversation={c} />
                    </td>
                    <td data-label="Messages" className="num">
                      {formatNumber(c.message_count)}
                    </td>
                    <td data-label="Flags">
                      <Flags conversation={c} />
                    </td>
                    <td data-label="Lead">
                      <LeadCell conversation={c} />
                    </td>
                    <td data-label="Last message" className="cb-nowrap">
                      {formatDate(c.last_message_at)}
                    </td>
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

/** The page the chat happened on, else the site or the channel. */
function Where({ conversation: c }: { conversation: ConversationSummary }) {
  if (c.page_url) return <SafeLink href={c.page_url}>{c.page_url.replace(/^https?:\/\//i, '')}</SafeLink>;
  return <>{c.channel === 'widget' ? (c.origin ?? 'Website widget') : 'API / Playground'}</>;
}

/** What needs a look: questions left unanswered, and the answers' ratings. */
export function Flags({ conversation: c }: { conversation: ConversationSummary }) {
  if (c.unanswered_count === 0 && c.thumbs_up === 0 && c.thumbs_down === 0) return <span className="muted">—</span>;
  return (
    <span className="cb-flags">
      {c.unanswered_count > 0 && (
        <span className="badge badge-unanswered">{formatNumber(c.unanswered_count)} unanswered</span>
      )}
      {c.thumbs_up > 0 && (
        <span className="badge badge-up">
          <ThumbIcon /> {formatNumber(c.thumbs_up)}
          <span className="visually-hidden"> thumbs up</span>
        </span>
      )}
      {c.thumbs_down > 0 && (
        <span className="badge badge-down">
          <ThumbIcon down /> {formatNumber(c.thumbs_down)}
          <span className="visually-hidden"> thumbs down</span>
        </span>
      )}
    </span>
  );
}
