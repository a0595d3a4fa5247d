import type { FormFieldSpec } from './types';

/** How the form's page will look, updated as the settings change. Nothing here can be submitted. */
export function FormPreview({
  title,
  fields,
  consentText,
}: {
  title: string;
  fields: FormFieldSpec[];
  consentText: string;
}) {
  return (
    <section className="frm-preview" aria-labelledby="frm-preview-title">
      <h2 id="frm-preview-title">Preview</h2>
      <div className="frm-preview-page" aria-hidden="true">
        <h3>{title.trim() || 'Your form’s title'}</h3>
        {fields.map((f, i) => (
          <div className="frm-preview-field" key={`${f.key}-${i}`}>
            <span>
              {f.label || '(no label)'}
              {f.required && ' *'}
            </span>
            <span className="frm-preview-input" />
          </div>
        ))}
        <p>{consentText}</p>
        <span className="frm-preview-button">Subscribe</span>
      </div>
    </section>
  );
}
