import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useAction } from '../../api/hooks';
import { ApiFailure } from '../../api/client';
import { Button } from '../../ui/buttons';
import { TextField } from '../../ui/fields';
import { eraseContact, exportContactData } from './privacy-api';
import type { Contact } from './types';
import './privacy.css';

/** Plain words for what went wrong (never the API's own message). */
function problem(error: Error | undefined, doing: string): string | undefined {
  if (!error) return undefined;
  if (error instanceof ApiFailure && error.status === 404)
    return 'This contact no longer exists: it may have just been deleted or erased.';
  if (error instanceof ApiFailure && error.status === 0)
    return `Could not reach Grivo to ${doing}. Check your connection and try again.`;
  return `Could not ${doing}. Please try again in a moment.`;
}

/** Saves `data` as a JSON file the browser downloads. */
function download(data: unknown, name: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Export data" and, in a danger zone, "Erase this person" confirmed by typing their address. */
export function ContactPrivacy({ contact }: { contact: Contact }) {
  const navigate = useNavigate();
  const titleId = useId();
  const [typed, setTyped] = useState('');
  const exporting = useAction(async () => {
    download(await exportContactData(contact.id), `contact-${contact.id}.json`);
  });
  const erasing = useAction(async () => {
    await eraseContact(contact.id);
    navigate('/contacts', {
      state: {
        notice: 'The person was erased. Their address is kept only in a coded form, so they are not emailed again.',
      },
    });
  });
  const matches = typed.trim().toLowerCase() === contact.email.toLowerCase();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (matches) void erasing.run();
  };
  const exportProblem = problem(exporting.error, 'export the data');
  const eraseProblem = problem(erasing.error, 'erase this person');
  return (
    <section className="panel stack privacy-zone" aria-labelledby={titleId}>
      <h2 id={titleId}>Personal data</h2>
      <div className="privacy-row">
        <div className="stack">
          <h3>Export data</h3>
          <p>A file of everything Grivo holds about this person: what to send them when they ask for their data.</p>
        </div>
        <Button onClick={() => void exporting.run()} pending={exporting.pending}>
          {exporting.pending ? 'Preparing…' : 'Export data'}
        </Button>
      </div>
      {exportProblem && (
        <div className="note note-error" role="alert">
          {exportProblem}
        </div>
      )}
      <div className="stack">
        <h3>Erase this person</h3>
        <p>
          Removes them everywhere: this contact, what they wrote to your chatbots, and their address in past campaigns
          and emails. Campaign totals stay. This cannot be undone.
        </p>
      </div>
      <form className="privacy-erase" onSubmit={submit} noValidate>
        <TextField
          label={`Type ${contact.email} to confirm`}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          inputMode="email"
        />
        <Button type="submit" variant="danger" disabled={!matches} pending={erasing.pending}>
          {erasing.pending ? 'Erasing…' : 'Erase this person'}
        </Button>
      </form>
      {eraseProblem && (
        <div className="note note-error" role="alert">
          {eraseProblem}
        </div>
      )}
    </section>
  );
}
