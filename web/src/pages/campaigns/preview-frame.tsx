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
        <fieldset className="cmp-toggle" aria-label="Preview format">
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
        </fieldset>
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
        <section aria-label="Plain text preview">
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region is reached by keyboard (WCAG 2.1.1) */}
          <pre className="cmp-text-preview" tabIndex={0}>
            {preview.text}
          </pre>
        </section>
      )}
    </div>
  );
}
