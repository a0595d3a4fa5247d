import { useRef, useState, type FormEvent } from 'react';
import { useAction } from '../../api/hooks';
import { Button } from '../../ui/buttons';
import { ErrorNote, formErrors, Notice, useFocusInvalid } from '../../ui/feedback';
import { trainChatbot, updateChatbot, type UpdateChatbotBody } from './api';
import type { TabProps } from './chatbot-page';
import { DeleteChatbot } from './delete-chatbot';
import {
  changesOf,
  completedDraft,
  draftOf,
  draftProblem,
  SOURCE_KEYS,
  type Draft,
  type SetDraft,
} from './settings-draft';
import { BotFields, WidgetFields } from './settings-fields';
import { LeadFields } from './settings-leads';
import { SourceFields } from './settings-sources';

/** Every field's label, by the API's name for it; the order matters: the first that claims an error's param shows it. */
const FIELDS = {
  name: 'Name',
  instructions: 'Instructions',
  welcome_message: 'Welcome message',
  color: 'Colour',
  position: 'Position',
  allowed_domains: 'Allowed domains',
  // Before lead_capture: the server names the text `lead_capture.consent.text`, shown at the text field.
  'lead_capture.consent': 'Checkbox text',
  lead_capture: 'Lead form',
  display_name: 'Display name',
  starter_questions: 'Starter question',
  retrain_schedule: 'Re-crawl the website',
  website_url: 'Website URL',
  sitemap_url: 'Sitemap URL',
  urls: 'Extra page URLs',
  'crawl.max_pages': 'Max pages',
  'crawl.max_depth': 'Max link depth',
  'crawl.include': 'Only these paths',
  'crawl.exclude': 'Never these paths',
};

type Saved = { sources: boolean } | 'nothing';

/** Every setting in one form; only what changed is sent. */
export function SettingsTab({ chatbot, refresh }: TabProps) {
  // The draft starts from the chatbot once: the page polls while training, and a poll must not undo typing.
  const [draft, setDraft] = useState<Draft>(() => draftOf(chatbot));
  const [saved, setSaved] = useState<Saved>();
  const save = useAction((body: UpdateChatbotBody) => updateChatbot(chatbot.id, body));
  const train = useAction(() => trainChatbot(chatbot.id));
  // A field refused before sending, as the server would: shown and focused like the server's errors.
  const [invalid, setInvalid] = useState<{ field: string; error: Error }>();
  const server = formErrors(save.error, FIELDS);
  const errors = {
    field: (name: string) => (invalid?.field === name ? invalid.error.message : server.field(name)),
    general: server.general,
  };
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(form, save.error);
  useFocusInvalid(form, invalid?.error);
  const set: SetDraft = (key, value) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSaved(undefined);
    setInvalid(undefined);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(undefined);
    const problem = draftProblem(draft);
    if (problem) {
      save.setError(undefined);
      return setInvalid({ field: problem.field, error: new Error(problem.message) });
    }
    const ready = completedDraft(draft);
    setDraft(ready);
    const body = changesOf(chatbot, ready);
    if (Object.keys(body).length === 0) return setSaved('nothing');
    const updated = await save.run(body);
    if (!updated) return;
    setDraft(draftOf(updated));
    setSaved({ sources: SOURCE_KEYS.some((k) => k in body) });
    refresh();
  };
  const retrain = async () => {
    if (await train.run()) {
      setSaved(undefined);
      refresh();
    }
  };

  return (
    <>
      <form ref={form} className="cb-settings" onSubmit={submit} noValidate aria-label="Chatbot settings">
        <BotFields draft={draft} set={set} errors={errors} />
        <WidgetFields draft={draft} set={set} errors={errors} />
        <LeadFields draft={draft} set={set} errors={errors} />
        <SourceFields draft={draft} set={set} errors={errors} chatbot={chatbot} />
        <div className="cb-save-bar stack">
          <ErrorNote error={errors.general} />
          {(save.error || invalid) && !errors.general && (
            <div className="field-error">Not saved: see the marked field.</div>
          )}
          {saved === 'nothing' && <Notice>Nothing changed, so there was nothing to save.</Notice>}
          {saved && saved !== 'nothing' && (
            <Notice tone="success">
              Settings saved.
              {saved.sources && ' The chatbot learns from the new sources at its next training.'}
            </Notice>
          )}
          <ErrorNote error={train.error} />
          <div className="actions">
            <Button type="submit" variant="primary" pending={save.pending}>
              Save settings
            </Button>
            {saved && saved !== 'nothing' && saved.sources && chatbot.status !== 'training' && (
              <Button onClick={() => void retrain()} pending={train.pending}>
                Retrain now
              </Button>
            )}
          </div>
        </div>
      </form>
      <DeleteChatbot chatbot={chatbot} />
    </>
  );
}
