import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useAction } from '../../api/hooks';
import { Button } from '../../ui/buttons';
import { ErrorNote, Loading, Notice } from '../../ui/feedback';
import { TextField } from '../../ui/fields';
import { ChatMessage } from './chat-message';
import type { TabProps } from './chatbot-page';
import { chatbotApi, chatbotPath, type ChatReply, type Source } from './types';

interface Turn {
  key: number;
  role: 'user' | 'assistant';
  text: string;
  answered?: boolean;
  sources?: Source[];
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
  const ask = useAction((body: { message: string; conversation_id?: string }) => api<ChatReply>(chatbotApi(chatbot.id, 'chat'), { body }));

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
    const reply = await ask.run({ message: text, conversation_id: conversationId });
    setAsking('');
    // On failure the question goes back in the box, to send again.
    if (!reply) return setMessage(text);
    add({ role: 'user', text });
    add({ role: 'assistant', text: reply.answer, answered: reply.answered, sources: reply.sources });
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
        {turns.length === 0 && <p className="muted">Ask a question your visitors might ask. Answers cite the pages they come from.</p>}
        {turns.map((t) => (
          <ChatMessage key={t.key} role={t.role} text={t.text} answered={t.answered} sources={t.sources} />
        ))}
        {asking && <ChatMessage role="user" text={asking} />}
        {asking && <Loading label="Looking through your pages…" />}
      </div>
      <ErrorNote error={ask.error} />
      <form className="cb-chat-form" onSubmit={send}>
        <div ref={box} className="cb-chat-input">
          <TextField label="Message" value={message} maxLength={4000} autoComplete="off" onChange={(e) => setMessage(e.target.value)} />
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
          Saved as <Link to={chatbotPath(chatbot.id, `conversations/${conversationId}`)}>{conversationId}</Link> under Conversations.
        </p>
      )}
    </section>
  );
}
