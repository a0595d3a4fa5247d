import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../ui/buttons';
import { Notice } from '../../ui/feedback';
import { QnaSourceForm } from './source-forms';
import { chatbotPath, type KnowledgeSource } from './types';

/**
 * "Add the answer" under an answer that missed (unanswered, or rated down):
 * the visitor's question with the answer to give, saved as a Q&A source
 * linked to the message, which the chatbot then gives word for word.
 */
export function AddAnswer({
  chatbotId,
  messageId,
  question,
}: {
  chatbotId: string;
  /** The answer that missed. */
  messageId: string;
  /** The visitor's question it answered. */
  question: string;
}) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<KnowledgeSource>();
  const box = useRef<HTMLDivElement>(null);
  // The question is filled in already: the answer is what to type.
  useEffect(() => {
    if (open) box.current?.querySelector('textarea')?.focus();
  }, [open]);

  if (saved)
    return (
      <Notice tone="success">
        Saved as a question with its answer: the chatbot gives it from now on, once trained. See it in the{' '}
        <Link to={chatbotPath(chatbotId, 'sources')}>Sources tab</Link>.
      </Notice>
    );
  if (!open)
    return (
      <Button onClick={() => setOpen(true)}>
        Add the answer<span className="visually-hidden"> to “{question}”</span>
      </Button>
    );
  return (
    <div ref={box} className="panel cb-add-answer">
      <QnaSourceForm
        chatbotId={chatbotId}
        fromMessageId={messageId}
        question={question}
        label="Save the answer"
        intro={<h3>Add the answer</h3>}
        onSaved={setSaved}
        onCancel={() => setOpen(false)}
      />
    </div>
  );
}
