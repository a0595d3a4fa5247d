import { useState } from 'react';
import type { Preview } from './types';

/**
 * A rendered message: its subject, and its HTML in a sandboxed frame (no
 * scripts, no forms, no access to the dashboard) or its plain text.
 */
export function PreviewFrame({ preview, stale }: { preview: Preview; stale?: boolean }) {
  const [view, setView] = useState<'html' | 'text'>('html');
  return (
    <div className={`cmp-preview${stale ? ' cmp-stale' : ''}`}>
      <div className="cmp-preview-head">
        <div className="cmp-preview-subject">
          <span className="muted">Subject: </span>
          <strong>{preview.subject}</strong>
        </div>
        <div className="cmp-toggle" role="group" aria-label="Preview format">
          <button
            type="button"
            className="btn btn-secondary"
            aria-pressed={view === 'html'}
            onClick={() => setView('html')}
          >
            HTML
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            aria-pressed={view === 'text'}
            onClick={() => setView('text')}
          >
            Plain text
          </button>
        </div>
      </div>
      {view === 'html' ? (
        <iframe
          className="cmp-frame"
          title="Email preview"
          sandbox=""
          srcDoc={preview.html}
          referrerPolicy="no-referrer"
        />
      ) : (
        <pre className="cmp-text-preview" tabIndex={0} aria-label="Plain text preview">
          {preview.text}
        </pre>
      )}
    </div>
  );
}
