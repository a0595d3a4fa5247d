import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useAction } from '../../api/hooks';
import { Button } from '../../ui/buttons';
import { ErrorNote, Loading, Notice } from '../../ui/feedback';
import { TextField } from '../../ui/fields';
import { SafeLink } from '../../ui/safe-link';
import { askChatbot, searchChatbot, type ChatBody } from './api';
import { ChatMessage } from './chat-message';
import type { TabProps } from './chatbot-page';
import { chatbotPath, type SearchHit, type Source } from './types';

interface Turn {
  key: number;
  role: 'user' | 'assistant';
  text: string;
  answered?: boolean;
  sources?: Source[];
  /** What the search found for the question: the sections the answer could come from. */
  retrieved?: SearchHit[];
}

/** Ask the chatbot as a visitor would; the conversation carries on until "New conversation". */
export function PlaygroundTab({ chatbot }: TabProps) {
  const [turns, setTurns] = useState<Turn[]>([]);
  const [conversationId, setConversationId] = useState<string>();
  const [message, setMessage] = useState('');
  const nextKey = useRef(0);
  const log = useRef<HTMLDivElement>(null);
  const [asking, setAsking] = useState('');
  // TextField keeps its <input> to itself; its frame is enough to find it.
  const box = useRef<HTMLDivElement>(null);
  const focusInput = () => box.current?.querySelector('input')?.focus();
  const ask = useAction((body: ChatBody) => askChatbot(chatbot.id, body));
  // Retrieval testing beside the answer; the answer does not wait on it, nor fail with it.
  const search = (query: string) =>
    searchChatbot(chatbot.id, { query, limit: 5 }).then(
      (found) => found.data,
      () => undefined,
    );

  // biome-ignore lint/correctness/useExhaustiveDependencies: the log scrolls down whenever a turn or a question is added
  useEffect(() => {
    log.current?.scrollTo({ top: log.current.scrollHeight });
  }, [turns, asking]);

  const add = (turn: Omit<Turn, 'key'>) => setTurns((t) => [...t, { ...turn, key: nextKey.current++ }]);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const text = message.trim();
    if (!text || ask.pending) return;
    setAsking(text);
    setMessage('');
    const [reply, retrieved] = await Promise.all([
      ask.run({ message: text, conversation_id: conversationId }),
      search(text),
    ]);
    setAsking('');
    // On failure the question goes back in the box, to send again.
    if (!reply) return setMessage(text);
    add({ role: 'user', text });
    add({ role: 'assistant', text: reply.answer, answered: reply.answered, sources: reply.sources, retrieved });
    setConversationId(reply.conversation_id);
    focusInput();
  };
  const restart = () => {
    setTurns([]);
    setConversationId(undefined);
    ask.setError(undefined);
    focusInput();
  };

  return (
    <section className="panel chat" aria-label="Playground">
      {chatbot.pages_trained === 0 && (
        <Notice tone="warning">
          {chatbot.status === 'training'
            ? 'The chatbot is still learning your website; it can answer once the first pages are trained.'
            : 'The chatbot has not learned any pages yet, so it will say it cannot answer. Train it from the Overview tab first.'}
        </Notice>
      )}
      <div className="chat-log cb-chat-log" ref={log} aria-live="polite" aria-label="Conversation" role="log">
        {turns.length === 0 && (
          <p className="muted">Ask a question your visitors might ask. Answers cite the pages they come from.</p>
        )}
        {turns.map((t) => (
          <div key={t.key} className={`cb-turn cb-turn-${t.role}`}>
            <ChatMessage speaker={t.role} text={t.text} answered={t.answered} sources={t.sources} />
            {t.retrieved && <RetrievedSections hits={t.retrieved} />}
          </div>
        ))}
        {asking && <ChatMessage speaker="user" text={asking} />}
        {asking && <Loading label="Looking through your pages…" />}
      </div>
      <ErrorNote error={ask.error} />
      <form className="cb-chat-form" onSubmit={send}>
        <div ref={box} className="cb-chat-input">
          <TextField
            label="Message"
            value={message}
            maxLength={4000}
            autoComplete="off"
            onChange={(e) => setMessage(e.target.value)}
          />
        </div>
        <div className="actions">
          <Button type="submit" variant="primary" pending={ask.pending} disabled={!message.trim()}>
            Send
          </Button>
          <Button onClick={restart} disabled={ask.pending || (turns.length === 0 && !conversationId)}>
            New conversation
          </Button>
        </div>
      </form>
      {conversationId && (
        <p className="muted cb-small">
          Saved as <Link to={chatbotPath(chatbot.id, `conversations/${conversationId}`)}>{conversationId}</Link> under
          Conversations.
        </p>
      )}
    </section>
  );
}

/** The ranked sections the search endpoint found for the question, as Dify's retrieval testing shows them. */
function RetrievedSections({ hits }: { hits: SearchHit[] }) {
  return (
    <details className="cb-retrieved">
      <summary>Retrieved sections ({hits.length})</summary>
      {hits.length === 0 ? (
        <p className="muted cb-small">No section of the trained pages matches this question.</p>
      ) : (
        <ol>
          {hits.map((hit) => (
            <li key={hit.url}>
              <div className="cb-retrieved-head">
                <SafeLink href={hit.url}>{hit.section ?? hit.title}</SafeLink>
                <span className="muted cb-small">
                  score {hit.score.toFixed(2)} · {hit.language}
                </span>
              </div>
              <p className="cb-small">{hit.snippet}</p>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
