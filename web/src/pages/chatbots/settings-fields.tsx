import { useId } from 'react';
import { completeColor } from '../../ui/validate';
import type { formErrors } from '../../ui/feedback';
import { Select, TextArea, TextField } from '../../ui/fields';
import { STARTER_QUESTIONS, type Draft, type SetDraft } from './settings-draft';

/** What each settings section gets: the draft, its setter, and the server's errors. */
export interface SectionProps {
  draft: Draft;
  set: SetDraft;
  errors: ReturnType<typeof formErrors>;
}

/** Name and how the chatbot answers. */
export function BotFields({ draft, set, errors }: SectionProps) {
  return (
    <fieldset className="panel stack">
      <legend>Chatbot</legend>
      <TextField
        label="Name"
        required
        maxLength={100}
        value={draft.name}
        onChange={(e) => set('name', e.target.value)}
        error={errors.field('name')}
        hint="Shown in the dashboard, and to visitors unless the widget has a display name."
      />
      <TextArea
        label="Instructions"
        maxLength={10000}
        value={draft.instructions}
        onChange={(e) => set('instructions', e.target.value)}
        error={errors.field('instructions')}
        hint="How the chatbot should answer, e.g. “Be brief; mention our support email for billing questions.” Used when an AI model is configured."
      />
    </fieldset>
  );
}

/** How the website widget looks and where it may run. */
export function WidgetFields({ draft, set, errors }: SectionProps) {
  const validColor = completeColor(draft.color);
  return (
    <fieldset className="panel stack">
      <legend>Website widget</legend>
      <TextField
        label="Display name"
        maxLength={100}
        value={draft.display_name}
        onChange={(e) => set('display_name', e.target.value)}
        error={errors.field('display_name')}
        hint="Shown to visitors at the top of the chat instead of the name, e.g. “Acme Bikes help”. Empty: the name."
      />
      <TextArea
        label="Welcome message"
        className="cb-short"
        maxLength={500}
        value={draft.welcome_message}
        onChange={(e) => set('welcome_message', e.target.value)}
        error={errors.field('welcome_message')}
        hint="The widget's first message, e.g. “Hi! Ask me anything about our products.”"
      />
      <StarterQuestions draft={draft} set={set} errors={errors} />
      <div className="grid-2">
        <div className="row cb-color">
          <TextField
            label="Colour"
            value={draft.color}
            maxLength={7}
            onChange={(e) => set('color', e.target.value)}
            onBlur={() => {
              const color = completeColor(draft.color);
              if (color && color !== draft.color) set('color', color);
            }}
            error={errors.field('color')}
            hint="A hex colour like #2563eb."
          />
          <input
            type="color"
            aria-label="Pick a colour"
            value={validColor ?? '#2563eb'}
            onChange={(e) => set('color', e.target.value)}
          />
        </div>
        <Select
          label="Position"
          value={draft.position}
          onChange={(e) => set('position', e.target.value as Draft['position'])}
          error={errors.field('position')}
        >
          <option value="bottom-right">Bottom right</option>
          <option value="bottom-left">Bottom left</option>
        </Select>
      </div>
      <TextArea
        label="Allowed domains"
        className="cb-short mono"
        value={draft.allowed_domains}
        onChange={(e) => set('allowed_domains', e.target.value)}
        error={errors.field('allowed_domains')}
        hint="One a line: the sites the widget may be used on, like example.com or *.example.com (any subdomain). Empty: none."
      />
    </fieldset>
  );
}

/** Up to four questions the widget offers a visitor to start with, one box each. */
function StarterQuestions({ draft, set, errors }: SectionProps) {
  const error = errors.field('starter_questions');
  const hintId = useId();
  return (
    <fieldset className="plain-fieldset stack cb-starters" aria-describedby={hintId}>
      <legend>Starter questions</legend>
      <div className="hint" id={hintId}>
        Up to {STARTER_QUESTIONS} questions the widget offers visitors to start with, e.g. “Do you ship abroad?”. Empty
        boxes are left out.
      </div>
      <div className="grid-2 cb-starter-grid">
        {draft.starter_questions.map((q, i) => (
          <TextField
            key={i}
            label={`Starter question ${i + 1}`}
            maxLength={150}
            value={q}
            aria-invalid={error && i === 0 ? true : undefined}
            onChange={(e) =>
              set(
                'starter_questions',
                draft.starter_questions.map((old, k) => (k === i ? e.target.value : old)),
              )
            }
          />
        ))}
      </div>
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </fieldset>
  );
}
