import { useCallback, useState, type FormEvent } from 'react';
import { ApiFailure } from '../../api/client';
import { errorText } from '../../api/error-text';
import { useAction } from '../../api/hooks';
import { useSession } from '../../api/session';
import { Button } from '../../ui/buttons';
import { ErrorNote } from '../../ui/feedback';
import { TextField } from '../../ui/fields';
import { emailListProblem } from '../../ui/validate';
import { testCampaign } from './api';
import { ContactPicker } from './contact-picker';
import type { TestResult } from './types';

const MAX = 5;

const addressesOf = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((a) => a.trim())
    .filter(Boolean);

/**
 * Sends the saved campaign to up to five addresses, "[Test]" before the
 * subject, rendered as a chosen contact or as the contact of each address;
 * nothing is counted.
 */
export function TestSend({ campaignId, beforeSend }: { campaignId: string; beforeSend(): Promise<boolean> }) {
  const { session } = useSession();
  const [emails, setEmails] = useState(session?.user.email ?? '');
  const [contactId, setContactId] = useState('');
  const [results, setResults] = useState<TestResult[]>();
  const send = useAction(
    useCallback(
      async (list: string[]) => {
        if (list.length === 0) throw ApiFailure.plain('Enter at least one address.', 'emails');
        if (list.length > MAX)
          throw ApiFailure.plain(`A test goes to at most ${MAX} addresses; you entered ${list.length}.`, 'emails');
        const problem = emailListProblem(list);
        if (problem) throw ApiFailure.plain(problem, 'emails');
        if (!(await beforeSend())) return undefined;
        return testCampaign(campaignId, list, contactId);
      },
      [campaignId, beforeSend, contactId],
    ),
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setResults(undefined);
    const answer = await send.run(addressesOf(emails));
    if (answer) setResults(answer.data);
  };
  const emailsError =
    send.error instanceof ApiFailure && send.error.param?.startsWith('emails')
      ? errorText(send.error, { emails: 'Test addresses' })
      : undefined;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="cmp-test-title">
      <h2 id="cmp-test-title">Send a test</h2>
      <TextField
        label="Test addresses"
        hint={`Up to ${MAX}, separated by commas. Saves your changes first; the subject starts with [Test] and nothing is counted.`}
        value={emails}
        onChange={(e) => setEmails(e.target.value)}
        error={emailsError}
        autoComplete="email"
      />
      <ContactPicker
        value={contactId}
        onChange={setContactId}
        label="Render as"
        none="The contact of each address"
        hint="Whose name and attributes fill the message; it still goes only to the addresses above."
      />
      {!emailsError && <ErrorNote error={send.error} />}
      <Button type="submit" pending={send.pending}>
        Send test
      </Button>
      {results && (
        <ul className="cmp-results" aria-live="polite">
          {results.map((r) => (
            <li key={r.email} className={r.status === 'sent' ? 'cmp-ok' : 'field-error'}>
              {r.status === 'sent'
                ? `Sent to ${r.email}.`
                : `Not sent to ${r.email}: ${r.error ?? 'the mail server refused it'}.`}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
