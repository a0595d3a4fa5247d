import { Link, useParams } from 'react-router';
import { useApi } from '../../api/hooks';
import { ErrorNote, Loading } from '../../ui/feedback';
import { formatDate, plural } from '../../ui/format';
import { ThumbIcon } from '../../ui/icons';
import { SafeLink } from '../../ui/safe-link';
import { AddAnswer } from './add-answer';
import { readConversation } from './api';
import { ChatMessage } from './chat-message';
import type { TabProps } from './chatbot-page';
import { Flags } from './conversations-tab';
import { LeadCell } from './lead-cell';
import { chatbotPath, type ConversationMessage, type Feedback } from './types';

/** One conversation as the visitor saw it, with the sources and rating of each answer, and a way to fix a missed one. */
export function ConversationDetail({ chatbot }: TabProps) {
  const conversationId = useParams().conversationId!;
  const loaded = useApi(readConversation(chatbot.id, conversationId));
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
            {c.page_url && (
              <>
                <dt>Page</dt>
                <dd className="cb-url">
                  <SafeLink href={c.page_url}>{c.page_url}</SafeLink>
                </dd>
              </>
            )}
            <dt>Messages</dt>
            <dd>
              {plural(c.message_count, 'message')}, {plural(c.unanswered_count, 'question')} not answered
            </dd>
            <dt>Ratings</dt>
            <dd>
              <Flags conversation={{ ...c, unanswered_count: 0 }} />
            </dd>
            <dt>Lead</dt>
            <dd>
              <LeadCell conversation={c} />
            </dd>
          </dl>
          <div className="panel chat">
            <div className="chat-log cb-chat-log cb-chat-log-full" role="log" aria-label="Messages">
              {c.messages.map((m, i) =>
                m.role === 'user' ? (
                  <ChatMessage key={m.id} speaker="user" text={m.content} />
                ) : (
                  <div key={m.id} className="cb-turn cb-turn-assistant">
                    <ChatMessage speaker="assistant" text={m.content} answered={m.answered} sources={m.sources} />
                    {m.feedback && <Rating feedback={m.feedback} />}
                    {(m.answered === false || m.feedback?.rating === 'down') && (
                      <AddAnswer chatbotId={chatbot.id} messageId={m.id} question={questionOf(c.messages, i)} />
                    )}
                  </div>
                ),
              )}
            </div>
          </div>
        </>
      )}
    </section>
  );
}

/** The visitor's question an answer replies to: the last of theirs before it. */
function questionOf(messages: ConversationMessage[], answerIndex: number): string {
  for (let i = answerIndex - 1; i >= 0; i--) if (messages[i]!.role === 'user') return messages[i]!.content;
  return '';
}

/** How the visitor rated an answer, with their comment. */
function Rating({ feedback: f }: { feedback: Feedback }) {
  const up = f.rating === 'up';
  return (
    <div className={`cb-rating cb-rating-${f.rating}`}>
      <ThumbIcon down={!up} /> Rated {up ? 'helpful' : 'not helpful'} by the visitor
      {f.comment && <>: “{f.comment}”</>}
      <span className="muted"> · {formatDate(f.created_at)}</span>
    </div>
  );
}
