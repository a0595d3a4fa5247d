import { useState } from 'react';
import { errorText } from '../../api/error-text';
import { previewCampaign } from './api';
import { PreviewFrame } from './preview-frame';
import type { Campaign } from './types';
import { useLive } from './use-live';

/** What was sent: the envelope, and the message as the sample contact sees it (folded away until asked for). */
export function MessageSummary({ campaign: c }: { campaign: Campaign }) {
  const [open, setOpen] = useState(false);
  const from = c.from_name ? `${c.from_name} <${c.from_email}>` : c.from_email;
  return (
    <details className="panel cmp-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>Message</h2>
      </summary>
      <dl className="cmp-envelope">
        <dt>Subject</dt>
        <dd>{c.subject}</dd>
        <dt>From</dt>
        <dd>{from}</dd>
        {c.reply_to && (
          <>
            <dt>Reply-to</dt>
            <dd>{c.reply_to}</dd>
          </>
        )}
      </dl>
      {open && <SamplePreview campaign={c} />}
    </details>
  );
}

function SamplePreview({ campaign: c }: { campaign: Campaign }) {
  const body = { subject: c.subject, html: c.html, ...(c.text_generated ? {} : { text: c.text }) };
  const preview = useLive({ key: c.id, run: (signal) => previewCampaign(body, signal) }, 0);
  if (preview.error) return <p className="field-error">Could not show the message. {errorText(preview.error)}</p>;
  if (!preview.data) return <p className="muted">Rendering…</p>;
  return <PreviewFrame preview={preview.data} />;
}
