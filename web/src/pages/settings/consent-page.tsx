import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiFailure } from '../../api/client';
import { useAction, useApi } from '../../api/hooks';
import { Button } from '../../ui/buttons';
import { ErrorNote, Loading, Notice, formErrors, useFocusInvalid } from '../../ui/feedback';
import { Checkbox, TextArea, TextField } from '../../ui/fields';
import { readConsentSettings, saveConsentSettings } from './consent-api';
import type { ConsentSettings } from './types';

const FIELDS = ['double_opt_in', 'confirmation_expiry_days', 'confirmation_subject', 'confirmation_html'];

/** What to tell a person when the server refuses a field; the server's words are for developers. */
const PLAIN: Record<string, string> = {
  confirmation_expiry_days: 'Enter a whole number of days from 1 to 90.',
  confirmation_subject: 'The subject could not be used. Check the {{ }} and {% %} parts.',
  confirmation_html:
    'The message could not be used. It must contain {{ confirm_url }}, and every {{ }} and {% %} part must be complete.',
};

interface Draft {
  double_opt_in: boolean;
  days: string;
  subject: string;
  html: string;
}

const draftOf = (s: ConsentSettings): Draft => ({
  double_opt_in: s.double_opt_in,
  days: String(s.confirmation_expiry_days),
  subject: s.confirmation_subject ?? '',
  html: s.confirmation_html ?? '',
});

/** Double opt-in and the confirmation email (the postal address in email footers is under Workspace). */
export function ConsentPage() {
  const { data, error: loadError, loading } = useApi(readConsentSettings());
  const [draft, setDraft] = useState<Draft>();
  const [saved, setSaved] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const save = useAction(saveConsentSettings);
  useFocusInvalid(form, save.error);
  useEffect(() => {
    if (data) setDraft(draftOf(data));
  }, [data]);

  if (loading && !draft) return <Loading />;
  if (!draft) return <ErrorNote error={loadError} />;
  const errors = formErrors(save.error, FIELDS);
  const plain = (name: string) => (errors.field(name) ? (PLAIN[name] ?? errors.field(name)) : undefined);
  const set = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft({ ...draft, ...patch });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const days = Number(draft.days);
    const result = await save.run({
      double_opt_in: draft.double_opt_in,
      confirmation_expiry_days: Number.isFinite(days) && draft.days.trim() !== '' ? days : 0,
      confirmation_subject: draft.subject.trim() === '' ? null : draft.subject,
      confirmation_html: draft.html.trim() === '' ? null : draft.html,
    });
    if (result) {
      setDraft(draftOf(result));
      setSaved(true);
    }
  }

  return (
    <form ref={form} className="panel stack" onSubmit={submit} noValidate aria-labelledby="consent-title">
      <h2 id="consent-title">Email consent</h2>
      <Checkbox
        label="Ask new subscribers to confirm by email (double opt-in)"
        hint="People who sign up through a form or your chatbot get an email with a link. They receive campaigns only after they click it."
        checked={draft.double_opt_in}
        onChange={(e) => set({ double_opt_in: e.target.checked })}
      />
      <TextField
        label="Days the confirmation link works"
        hint="People who have not confirmed by then are removed from your contacts."
        type="number"
        inputMode="numeric"
        min={1}
        max={90}
        value={draft.days}
        onChange={(e) => set({ days: e.target.value })}
        error={plain('confirmation_expiry_days')}
        aria-invalid={plain('confirmation_expiry_days') ? true : undefined}
      />
      <TextField
        label="Subject of the confirmation email"
        hint="Leave empty for: Please confirm your subscription to (your workspace name)."
        value={draft.subject}
        maxLength={500}
        onChange={(e) => set({ subject: e.target.value })}
        error={plain('confirmation_subject')}
        aria-invalid={plain('confirmation_subject') ? true : undefined}
      />
      <TextArea
        label="Confirmation email (HTML)"
        hint="Leave empty for our friendly default. Include {{ confirm_url }} as the link; you can also use {{ first_name }} and {{ workspace_name }}."
        rows={6}
        value={draft.html}
        onChange={(e) => set({ html: e.target.value })}
        error={plain('confirmation_html')}
        aria-invalid={plain('confirmation_html') ? true : undefined}
      />
      {errors.general && (
        <div className="note note-error" role="alert">
          {errors.general instanceof ApiFailure
            ? 'These settings could not be saved. Please check them and try again.'
            : 'These settings could not be saved. Check your connection and try again.'}
        </div>
      )}
      {saved && <Notice tone="success">Saved.</Notice>}
      <div>
        <Button type="submit" variant="primary" pending={save.pending}>
          Save
        </Button>
      </div>
    </form>
  );
}
