import { Link, useParams } from 'react-router';
import { useApi } from '../../api/hooks';
import { ErrorNote, Loading } from '../../ui/feedback';
import { formatDate, plural } from '../../ui/format';
import { ChatMessage } from './chat-message';
import type { TabProps } from './chatbot-page';
import { LeadCell } from './lead-cell';
import { chatbotApi, chatbotPath, type Conversation } from './types';

/** One conversation as the visitor saw it, with the sources of each answer. */
export function ConversationDetail({ chatbot }: TabProps) {
  const conversationId = useParams().conversationId!;
  const loaded = useApi<Conversation>(chatbotApi(chatbot.id, `conversations/${encodeURIComponent(conversationId)}`));
  const c = loaded.data;
  return (
    <section className="stack" aria-labelledby="conversation-heading">
      <Link to={chatbotPath(chatbot.id, 'conversations')}>← All conversations</Link>
      <h2 id="conversation-heading">Conversation {c ? `of ${formatDate(c.created_at)}` : ''}</h2>
      <ErrorNote error={loaded.error} />
      {loaded.loading && !c && <Loading />}
      {c && (
        <>
          <dl className="cb-facts panel">
            <dt>Where</dt>
            <dd className="cb-url">
              {c.channel === 'widget' ? `Website widget${c.origin ? ` on ${c.origin}` : ''}` : 'API / Playground'}
            </dd>
            <dt>Messages</dt>
            <dd>
              {plural(c.message_count, 'message')}, {plural(c.unanswered_count, 'question')} not answered
            </dd>
            <dt>Lead</dt>
            <dd>
              <LeadCell conversation={c} />
            </dd>
          </dl>
          <div className="panel chat">
            <div className="chat-log cb-chat-log cb-chat-log-full" role="log" aria-label="Messages">
              {c.messages.map((m) => (
                <ChatMessage key={m.id} speaker={m.role} text={m.content} answered={m.answered} sources={m.sources} />
              ))}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
