import { useState } from 'react';
import { errorText } from '../../api/error-text';
import { Loading } from '../../ui/feedback';
import { previewCampaign, type PreviewBody } from './api';
import { ContactPicker } from './contact-picker';
import { PreviewFrame } from './preview-frame';
import { useLive } from './use-live';

/** The live preview of the templates being edited, rendered by the server as the chosen contact will receive it. */
export function PreviewPanel({ subject, html, text }: { subject: string; html: string; text: string }) {
  const [contactId, setContactId] = useState('');
  const ready = subject.trim() !== '' && html.trim() !== '';
  const body: PreviewBody = {
    subject,
    html,
    ...(text.trim() ? { text } : {}),
    ...(contactId ? { contact_id: contactId } : {}),
  };
  const preview = useLive(
    ready
      ? {
          key: JSON.stringify(body),
          run: (signal) => previewCampaign(body, signal),
        }
      : null,
  );

  return (
    <section className="panel stack cmp-preview-panel" aria-labelledby="cmp-preview-title">
      <h2 id="cmp-preview-title">Preview</h2>
      <ContactPicker value={contactId} onChange={setContactId} />
      <div aria-live="polite" className="cmp-preview-status">
        {!ready && <p className="muted">Write a subject and an HTML body to see the message here.</p>}
        {preview.error && <div className="note note-error">{errorText(preview.error)}</div>}
      </div>
      {ready && !preview.data && preview.pending && <Loading label="Rendering…" />}
      {ready && preview.data && (
        <PreviewFrame preview={preview.data} stale={preview.pending || preview.error !== undefined} />
      )}
      <p className="hint">
        Links are shown as written; in the sent message they go through click tracking. Its unsubscribe link
        unsubscribes nobody.
      </p>
    </section>
  );
}
