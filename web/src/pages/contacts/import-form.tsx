import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiFailure } from '../../api/client';
import { Button } from '../../ui/buttons';
import { ErrorNote, fieldError, ProgressBar } from '../../ui/feedback';
import { Checkbox, Select, TextField } from '../../ui/fields';
import { parseTags } from './contact-draft';
import { uploadImport } from './api';
import { CONTACT_STATUSES } from './types';

const FIELDS = ['file', 'tags', 'status', 'update_existing'];

/**
 * Uploads a CSV with the import's options, showing the bytes sent, then opens
 * the import's own page, where its progress is followed.
 */
export function ImportForm() {
  const navigate = useNavigate();
  const [file, setFile] = useState<File>();
  const [tags, setTags] = useState('');
  const [updateExisting, setUpdateExisting] = useState(true);
  const [status, setStatus] = useState('');
  const [sent, setSent] = useState<{ bytes: number; total: number }>();
  const [error, setError] = useState<Error>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    if (!file) {
      setError(ApiFailure.plain('Choose the CSV file to import.', 'file'));
      return;
    }
    // The server reads the options from the fields that come before the file.
    const form = new FormData();
    form.append('update_existing', String(updateExisting));
    const tagList = parseTags(tags);
    if (tagList.length) form.append('tags', tagList.join(','));
    if (status) form.append('status', status);
    form.append('file', file, file.name);
    setSent({ bytes: 0, total: file.size });
    try {
      const started = await uploadImport({
        form,
        onProgress: (bytes, total) => setSent({ bytes, total: total || file.size }),
      });
      navigate(`/contacts/imports/${encodeURIComponent(started.id)}`);
    } catch (caught) {
      setError(caught as Error);
      setSent(undefined);
    }
  };

  const param = error instanceof ApiFailure ? error.param : undefined;
  const uploading = sent !== undefined;
  return (
    <form onSubmit={submit} noValidate className="panel" aria-busy={uploading || undefined}>
      <h2>Import a CSV file</h2>
      {!(param && FIELDS.includes(param)) && <ErrorNote error={error} />}
      <fieldset disabled={uploading} className="contacts-plain-fieldset stack">
        <TextField
          label="CSV file"
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          onChange={(e) => setFile(e.target.files?.[0])}
          hint="Needs a header row with an email column. Names, phone, tags and status columns are recognised under their usual spellings; every other column becomes a custom attribute named by its header. Exports from Grivo, Mailchimp, HubSpot, Google or Excel work as they are."
          error={fieldError(error, 'file')}
        />
        <TextField
          label="Tags to add"
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          hint="Added to every contact in the file, e.g. webinar-2026. Separate tags with commas."
          error={fieldError(error, 'tags')}
        />
        <Select
          label="Status"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          error={fieldError(error, 'status')}
          hint="Default: new contacts are subscribed, existing ones keep their status; a status column in the file wins. An import never re-subscribes someone who unsubscribed, bounced or complained."
        >
          <option value="">Default</option>
          {CONTACT_STATUSES.map((s) => (
            <option key={s} value={s}>
              Set to {s}
            </option>
          ))}
        </Select>
        <Checkbox
          label="Update contacts that already exist"
          checked={updateExisting}
          onChange={(e) => setUpdateExisting(e.target.checked)}
          hint="Fills in the fields the file gives for emails already in your contacts. Unticked, those contacts are left exactly as they are."
        />
      </fieldset>
      {sent &&
        (sent.bytes < sent.total ? (
          <ProgressBar label="Uploading file" value={sent.bytes} max={sent.total} />
        ) : (
          <ProgressBar label="Upload finished, storing the file and counting rows" />
        ))}
      <Button type="submit" variant="primary" pending={uploading}>
        Import
      </Button>
    </form>
  );
}
