import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { Button } from '../../ui/buttons';
import { ErrorNote, formErrors, Notice } from '../../ui/feedback';
import { Select, TextArea, TextField } from '../../ui/fields';
import { PageHeader } from '../../ui/layout';
import { PreviewPanel } from '../campaigns/preview-panel';
import { updateTemplate, type Template } from './api';
import { DeleteTemplate } from './delete-template';

const FIELDS = ['name', 'subject', 'html', 'markdown', 'text'] as const;

/** Edits a template's name, subject, HTML or Markdown body and text, with the live preview beside. */
export function TemplateEditor({ template, onSaved }: { template: Template; onSaved(t: Template): void }) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState(() => ({
    name: template.name,
    subject: template.subject,
    format: template.markdown === null ? 'html' : 'markdown',
    body: template.markdown ?? template.html,
    text: template.text ?? '',
  }));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Error>();
  const [notice, setNotice] = useState((useLocation().state as { notice?: string } | null)?.notice);
  const set = (patch: Partial<typeof draft>) => (setDraft((d) => ({ ...d, ...patch })), setNotice(undefined));
  const markdown = draft.format === 'markdown';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      const saved = await updateTemplate(template.id, {
        name: draft.name,
        subject: draft.subject,
        ...(markdown ? { markdown: draft.body } : { html: draft.body }),
        text: draft.text.trim() ? draft.text : null,
      });
      onSaved(saved);
      setNotice('Template saved.');
    } catch (err) {
      setError(err as Error);
    } finally {
      setSaving(false);
    }
  };
  const errors = formErrors(error, FIELDS);

  return (
    <>
      <PageHeader title={template.name} back={<Link to="/templates">← All templates</Link>}>
        <Link className="btn btn-primary" to="/campaigns/new" state={{ templateId: template.id }}>
          New campaign from it
        </Link>
      </PageHeader>
      {notice && <Notice tone="success">{notice}</Notice>}
      <div className="cmp-editor">
        <div className="cmp-main">
          <form className="panel stack" onSubmit={submit} noValidate aria-label="Template">
            <ErrorNote error={errors.general} />
            <TextField
              label="Name"
              hint="Only you see it."
              value={draft.name}
              onChange={(e) => set({ name: e.target.value })}
              error={errors.field('name')}
              required
              maxLength={200}
            />
            <TextField
              label="Subject"
              value={draft.subject}
              onChange={(e) => set({ subject: e.target.value })}
              error={errors.field('subject')}
              required
            />
            <Select
              label="Body format"
              value={draft.format}
              onChange={(e) => set({ format: e.target.value })}
              hint="Switching keeps the text as it is: paste in the body in its new format."
            >
              <option value="html">HTML</option>
              <option value="markdown">Markdown</option>
            </Select>
            <TextArea
              label={markdown ? 'Markdown body' : 'HTML body'}
              className="code"
              hint={
                <>
                  Liquid works here: <code>{'{{ first_name | default: "there" }}'}</code>,{' '}
                  <code>{'{{ unsubscribe_url }}'}</code> and each contact attribute by its name.
                </>
              }
              value={draft.body}
              onChange={(e) => set({ body: e.target.value })}
              error={errors.field(markdown ? 'markdown' : 'html')}
              spellCheck={false}
              required
            />
            <TextArea
              label="Plain text (optional)"
              className="code cmp-text"
              hint="Leave empty to have it made from the HTML body."
              value={draft.text}
              onChange={(e) => set({ text: e.target.value })}
              error={errors.field('text')}
              spellCheck={false}
            />
            <div className="actions">
              <Button type="submit" variant="primary" pending={saving}>
                Save
              </Button>
            </div>
          </form>
          <DeleteTemplate
            template={template}
            onDeleted={() => navigate('/templates', { state: { notice: `Template “${template.name}” deleted.` } })}
          />
        </div>
        <div className="stack">
          {markdown && <p className="hint">The preview shows the Markdown as last saved.</p>}
          <PreviewPanel subject={draft.subject} html={markdown ? template.html : draft.body} text={draft.text} />
        </div>
      </div>
    </>
  );
}
