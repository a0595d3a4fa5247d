import { SafeLink } from '../../ui/safe-link';
import type { Source } from './types';

/** One message as it was said: text only (never HTML), the answer's sources numbered as its [n] marks. */
export function ChatMessage({
  speaker,
  text,
  answered,
  sources,
}: {
  /** Who said it: the visitor, or the chatbot. */
  speaker: 'user' | 'assistant';
  text: string;
  answered?: boolean | null;
  sources?: Source[];
}) {
  if (speaker === 'user') {
    return (
      <div className="msg msg-user">
        <span className="visually-hidden">You: </span>
        {text}
      </div>
    );
  }
  const unanswered = answered === false;
  return (
    <div className={`msg msg-assistant${unanswered ? ' msg-unanswered' : ''}`}>
      <span className="visually-hidden">Chatbot: </span>
      {unanswered && <div className="cb-unanswered-label">Not answered — nothing on the trained pages covers this</div>}
      <AnswerText text={text} />
      {sources && sources.length > 0 && <SourceList sources={sources} />}
    </div>
  );
}

export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <div className="cb-sources">
      <div className="cb-sources-label">Sources</div>
      <ol className="sources">
        {sources.map((s, i) => (
          <li key={`${i}-${s.url}`}>
            <SafeLink href={s.url}>{s.title || s.url}</SafeLink>
            {s.section && <span className="muted"> — {s.section}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** An answer's text, its ``` fenced code blocks as <pre>: as text, never as HTML. */
function AnswerText({ text }: { text: string }) {
  const parts = text.split(/```\n?([\s\S]*?)\n?```/);
  // split() with a capture group alternates text, code, text…
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <pre key={i} className="cb-code">
            <code>{part}</code>
          </pre>
        ) : (
          part.replace(/^\n|\n$/g, '')
        ),
      )}
    </>
  );
}
