import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useAction } from '../../api/hooks';
import { Button } from '../../ui/buttons';
import { ErrorNote, formErrors, Notice, useFocusInvalid } from '../../ui/feedback';
import { TextArea, TextField } from '../../ui/fields';
import { formatNumber } from '../../ui/format';
import { addSource, updateSource, type AddSourceBody, type UpdateSourceBody } from './api';
import { changed, lines } from './form-values';
import type { KnowledgeSource } from './types';

const MAX_TEXT = 200_000;
const QNA_FIELDS = ['question', 'answer', 'alternatives'] as const;

interface SourceFormProps {
  chatbotId: string;
  /** The source to change; without it, a new one is added. */
  source?: KnowledgeSource;
  onSaved(source: KnowledgeSource): void;
  onCancel?(): void;
}

/** Adds a source (POST), or changes one (PATCH with only what changed: it trains again). */
function useSourceForm(chatbotId: string, source: KnowledgeSource | undefined, fields: readonly string[]) {
  const save = useAction((request: () => Promise<KnowledgeSource>) => request());
  const [unchanged, setUnchanged] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(form, save.error);
  /** Adds `next` as a new source (`asNew` makes it one), or sends what of it differs from the source's own values `was`. */
  const send = async <T extends UpdateSourceBody>(
    next: T,
    was: Record<keyof T, unknown>,
    asNew?: (next: T) => AddSourceBody,
  ) => {
    setUnchanged(false);
    if (!source) return asNew && save.run(() => addSource(chatbotId, asNew(next)));
    const body = changed(next, was);
    if (Object.keys(body).length === 0) return setUnchanged(true);
    return save.run(() => updateSource(chatbotId, source.id, body));
  };
  return { form, save, send, unchanged, errors: formErrors(save.error, fields) };
}

/** The form's notes and buttons: its general error, "nothing changed", save and cancel. */
function FormEnd({
  general,
  unchanged,
  pending,
  label,
  onCancel,
}: {
  general: Error | undefined;
  unchanged: boolean;
  pending: boolean;
  label: string;
  onCancel?(): void;
}) {
  return (
    <>
      <ErrorNote error={general} />
      {unchanged && <Notice>Nothing changed, so there was nothing to save.</Notice>}
      <div className="actions">
        <Button type="submit" variant="primary" pending={pending}>
          {label}
        </Button>
        {onCancel && <Button onClick={onCancel}>Cancel</Button>}
      </div>
    </>
  );
}

/** A text (plain or Markdown) with its title. */
export function TextSourceForm({ chatbotId, source, onSaved, onCancel }: SourceFormProps) {
  const [title, setTitle] = useState(source?.title ?? '');
  const [text, setText] = useState(source?.text ?? '');
  const { form, save, send, unchanged, errors } = useSourceForm(chatbotId, source, ['title', 'text']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next = { title: title.trim(), text: text.trim() };
    const saved = await send(next, { title: source?.title, text: source?.text }, (n) => ({ type: 'text', ...n }));
    if (saved) onSaved(saved);
  };
  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={source ? 'Edit the text' : 'Add a text'}>
      <TextField
        label="Title"
        required
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.field('title')}
        hint="What answers cite it as, e.g. “Shipping and returns”."
      />
      <TextArea
        label="Text"
        required
        className="code"
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={errors.field('text')}
        hint={
          <>
            Plain text or Markdown: its headings become sections, each cited on its own.{' '}
            <span className={text.length > MAX_TEXT ? 'cb-warn' : undefined}>
              {formatNumber(text.length)} of {formatNumber(MAX_TEXT)} characters.
            </span>
          </>
        }
      />
      <FormEnd
        general={errors.general}
        unchanged={unchanged}
        pending={save.pending}
        label={source ? 'Save changes' : 'Add text'}
        onCancel={onCancel}
      />
    </form>
  );
}

/** A question with the answer given word for word whenever a visitor asks it (or one of its other wordings). */
export function QnaSourceForm({
  chatbotId,
  source,
  onSaved,
  onCancel,
  fromMessageId,
  question: askedQuestion,
  label,
  intro,
}: SourceFormProps & {
  /** The answer in a conversation this Q&A replaces: the server links them. */
  fromMessageId?: string;
  /** The question to start from (a visitor's own words). */
  question?: string;
  label?: string;
  intro?: ReactNode;
}) {
  const [question, setQuestion] = useState(source?.question ?? askedQuestion ?? '');
  const [answer, setAnswer] = useState(source?.answer ?? '');
  const [alternatives, setAlternatives] = useState((source?.alternatives ?? []).join('\n'));
  const { form, save, send, unchanged, errors } = useSourceForm(chatbotId, source, QNA_FIELDS);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next = { question: question.trim(), answer: answer.trim(), alternatives: lines(alternatives) };
    const saved = await send(
      next,
      { question: source?.question, answer: source?.answer, alternatives: source?.alternatives ?? [] },
      (n) => ({ type: 'qna', ...n, ...(fromMessageId ? { from_message_id: fromMessageId } : {}) }),
    );
    if (saved) onSaved(saved);
  };
  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={source ? 'Edit the Q&A' : 'Add a Q&A'}>
      {intro}
      <TextField
        label="Question"
        required
        maxLength={500}
        value={question}
        onChange={(e) => setQuestion(e.target.value)}
        error={errors.field('question')}
        hint="As a visitor would ask it, e.g. “Do you ship to Canada?”"
      />
      <TextArea
        label="Answer"
        required
        maxLength={10_000}
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
        error={errors.field('answer')}
        hint="Given word for word whenever a visitor asks this question, or something close to it."
      />
      <TextArea
        label="Other wordings"
        className="cb-short"
        value={alternatives}
        onChange={(e) => setAlternatives(e.target.value)}
        error={errors.field('alternatives')}
        hint="Optional: other ways visitors ask the same thing, one a line (up to 20)."
      />
      <FormEnd
        general={errors.general}
        unchanged={unchanged}
        pending={save.pending}
        label={label ?? (source ? 'Save changes' : 'Add Q&A')}
        onCancel={onCancel}
      />
    </form>
  );
}

/** A file's title: its content is the file's, so to change it upload the new file and delete this one. */
export function FileTitleForm({ chatbotId, source, onSaved, onCancel }: SourceFormProps & { source: KnowledgeSource }) {
  const [title, setTitle] = useState(source.title);
  const { form, save, send, unchanged, errors } = useSourceForm(chatbotId, source, ['title']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await send({ title: title.trim() }, { title: source.title });
    if (saved) onSaved(saved);
  };
  return (
    <form ref={form} onSubmit={submit} noValidate aria-label="Edit the file's title">
      <TextField
        label="Title"
        required
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.field('title')}
        hint="What answers cite it as. To change what the file says, upload the new version and delete this one."
      />
      <FormEnd
        general={errors.general}
        unchanged={unchanged}
        pending={save.pending}
        label="Save changes"
        onCancel={onCancel}
      />
    </form>
  );
}
