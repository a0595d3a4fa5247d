import { useState, type FormEvent } from 'react';
import { ApiFailure } from '../../api/client';
import { Button } from '../../ui/buttons';
import { ErrorNote, fieldError, ProgressBar } from '../../ui/feedback';
import { TextField } from '../../ui/fields';
import { formatBytes } from '../../ui/format';
import { uploadSource } from './api';
import type { KnowledgeSource } from './types';

const ACCEPT = [
  '.pdf',
  '.docx',
  '.md',
  '.markdown',
  '.txt',
  '.html',
  '.htm',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/markdown',
  'text/plain',
  'text/html',
].join(',');

interface Sent {
  name: string;
  bytes: number;
  total: number;
  done: boolean;
}

/**
 * Uploads a file as a source (multipart, through XMLHttpRequest: fetch cannot
 * report upload progress), showing the bytes sent; a refused file (too large,
 * not a kind a source can be) says why under the field.
 */
export function UploadSourceForm({
  chatbotId,
  onSaved,
}: {
  chatbotId: string;
  onSaved(source: KnowledgeSource): void;
}) {
  const [file, setFile] = useState<File>();
  const [title, setTitle] = useState('');
  const [sent, setSent] = useState<Sent>();
  const [error, setError] = useState<Error>();
  // A new key empties the file input after an upload.
  const [inputKey, setInputKey] = useState(0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    if (!file) {
      setError(ApiFailure.plain('Choose the file to upload.', 'file'));
      return;
    }
    const form = new FormData();
    if (title.trim()) form.append('title', title.trim());
    form.append('file', file, file.name);
    const name = file.name;
    setSent({ name, bytes: 0, total: file.size, done: false });
    try {
      let total = file.size;
      const source = await uploadSource(chatbotId, {
        form,
        onProgress: (bytes, of) => {
          total = of || total;
          setSent({ name, bytes, total, done: false });
        },
      });
      setSent({ name, bytes: total, total, done: true });
      setFile(undefined);
      setTitle('');
      setInputKey((k) => k + 1);
      onSaved(source);
    } catch (caught) {
      setError(caught as Error);
      setSent(undefined);
    }
  };

  const param = error instanceof ApiFailure ? error.param : undefined;
  const uploading = sent !== undefined && !sent.done;
  return (
    <form onSubmit={submit} noValidate aria-label="Upload a file" aria-busy={uploading || undefined}>
      {param !== 'file' && param !== 'title' && <ErrorNote error={error} />}
      <fieldset disabled={uploading} className="plain-fieldset stack">
        <TextField
          key={inputKey}
          label="File"
          type="file"
          accept={ACCEPT}
          onChange={(e) => {
            setFile(e.target.files?.[0]);
            setError(undefined);
          }}
          error={fieldError(error, 'file')}
          hint="A PDF (cited page by page), a Word document (.docx), Markdown, plain text or HTML; at most 20 MB unless your server allows more."
        />
        <TextField
          label="Title"
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fieldError(error, 'title')}
          hint="Optional: what answers cite it as. Empty: the document's own title, or the file's name."
        />
      </fieldset>
      {sent && (
        <ProgressBar
          label={`${sent.done ? 'Uploaded' : 'Uploading'} ${sent.name} (${formatBytes(sent.total)})`}
          value={sent.bytes}
          max={sent.total}
        />
      )}
      <div className="actions">
        <Button type="submit" variant="primary" pending={uploading}>
          Upload
        </Button>
      </div>
    </form>
  );
}
