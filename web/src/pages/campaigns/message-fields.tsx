import { TextArea, TextField } from '../../ui/fields';
import type { Draft } from './draft';

const LIQUID_HINT = (
  <>
    Personalize with Liquid: <code>{'{{ first_name | default: "there" }}'}</code>, <code>{'{{ last_name }}'}</code>,{' '}
    <code>{'{{ email }}'}</code>, <code>{'{{ phone }}'}</code>, <code>{'{{ unsubscribe_url }}'}</code>. Each custom
    attribute by its name, e.g. <code>{'{{ company }}'}</code> (or <code>{'{{ attributes.company }}'}</code>); a name
    with spaces as <code>{'{{ attributes["favourite coffee"] }}'}</code>. An attribute never replaces the fields above,
    and a contact without one gets nothing, or <code>{'{{ company | default: "your team" }}'}</code>.
  </>
);

/** The message's own fields: who it is from, its subject and its bodies. */
export function MessageFields({
  draft,
  set,
  error,
}: {
  draft: Draft;
  set(patch: Partial<Draft>): void;
  error(field: string): string | undefined;
}) {
  return (
    <div className="stack">
      <TextField
        label="Name"
        hint="Only you see it."
        value={draft.name}
        onChange={(e) => set({ name: e.target.value })}
        error={error('name')}
        required
        maxLength={200}
      />
      <TextField
        label="Subject"
        value={draft.subject}
        onChange={(e) => set({ subject: e.target.value })}
        error={error('subject')}
        required
      />
      <div className="cmp-two">
        <TextField
          label="From name"
          value={draft.from_name}
          onChange={(e) => set({ from_name: e.target.value })}
          error={error('from_name')}
          autoComplete="organization"
        />
        <TextField
          label="From email"
          type="email"
          value={draft.from_email}
          onChange={(e) => set({ from_email: e.target.value })}
          error={error('from_email')}
          required
          autoComplete="email"
        />
      </div>
      <TextField
        label="Reply-to"
        type="email"
        hint="Optional: where replies go, when not to the from address."
        value={draft.reply_to}
        onChange={(e) => set({ reply_to: e.target.value })}
        error={error('reply_to')}
      />
      <TextArea
        label="HTML body"
        className="code"
        hint={<>{LIQUID_HINT} Without an unsubscribe link, one is added at the bottom.</>}
        value={draft.html}
        onChange={(e) => set({ html: e.target.value })}
        error={error('html')}
        spellCheck={false}
        required
      />
      <TextArea
        label="Plain text (optional)"
        className="code cmp-text"
        hint="Leave empty to have it made from the HTML body."
        value={draft.text}
        onChange={(e) => set({ text: e.target.value })}
        error={error('text')}
        spellCheck={false}
      />
    </div>
  );
}
