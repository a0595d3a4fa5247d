import { Link } from 'react-router';
import { useApi } from '../../api/hooks';
import { Checkbox, Select, TextArea } from '../../ui/fields';
import { readConsentSettings } from '../settings/consent-api';
import { CONSENT_TEXT_MAX, type Draft } from './settings-draft';
import type { SectionProps } from './settings-fields';

/** Whether the widget asks visitors for their email, when, and whether they may agree to campaigns there. */
export function LeadFields({ draft, set, errors }: SectionProps) {
  return (
    <fieldset className="panel stack">
      <legend>Lead form</legend>
      <Checkbox
        label="Ask visitors for their name and email"
        checked={draft.lead_enabled}
        onChange={(e) => set('lead_enabled', e.target.checked)}
        hint="They become contacts, tagged with the chatbot's name."
      />
      <Select
        label="When to ask"
        value={draft.lead_when}
        disabled={!draft.lead_enabled}
        onChange={(e) => set('lead_when', e.target.value as Draft['lead_when'])}
        error={errors.field('lead_capture')}
      >
        <option value="unanswered">When a question cannot be answered</option>
        <option value="start">Before the first question</option>
      </Select>
      <Checkbox
        label="Add a marketing consent checkbox"
        checked={draft.lead_consent}
        disabled={!draft.lead_enabled}
        onChange={(e) => set('lead_consent', e.target.checked)}
        hint={<ConsentHint />}
      />
      <TextArea
        label="Checkbox text"
        className="cb-short"
        maxLength={CONSENT_TEXT_MAX}
        value={draft.consent_text}
        disabled={!draft.lead_enabled || !draft.lead_consent}
        onChange={(e) => set('consent_text', e.target.value)}
        error={errors.field('lead_capture.consent')}
        hint={`Shown beside the checkbox, under the email field. Say what visitors agree to, in at most ${CONSENT_TEXT_MAX} characters.`}
      />
    </fieldset>
  );
}

// What ticking the box leads to depends on the workspace's double opt-in setting: say which, when it can be read.
function ConsentHint() {
  const { data } = useApi(readConsentSettings());
  const settings = <Link to="/settings/consent">Email consent settings</Link>;
  const ticked =
    data?.double_opt_in === false ? (
      <>Visitors who tick it are subscribed at once: double opt-in is off in your {settings}.</>
    ) : data?.double_opt_in ? (
      <>
        Visitors who tick it get an email asking them to confirm, and receive campaigns once they do (double opt-in, in
        your {settings}).
      </>
    ) : (
      <>
        Visitors who tick it are asked to confirm by email, or subscribed at once if double opt-in is off in your{' '}
        {settings}.
      </>
    );
  return (
    <>
      The box starts unticked. {ticked} Visitors who leave it unticked are saved as contacts that campaigns leave out,
      unless they had already subscribed.
    </>
  );
}
