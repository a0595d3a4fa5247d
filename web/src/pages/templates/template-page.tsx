import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/hooks';
import { ErrorNote, Pending } from '../../ui/feedback';
import { PageHeader } from '../../ui/layout';
import { readTemplate, type Template } from './api';
import { TemplateEditor } from './template-editor';

/** /templates/:id: the template's editor, once loaded. */
export function TemplatePage() {
  const { id = '' } = useParams();
  const loaded = useApi(readTemplate(id));
  const [template, setTemplate] = useState<Template>();
  useEffect(() => setTemplate(loaded.data), [loaded.data]);
  if (!template || template.id !== id) {
    return (
      <>
        <PageHeader title="Template" back={<Link to="/templates">← All templates</Link>} />
        <ErrorNote error={loaded.error} />
        <Pending error={loaded.error} reload={loaded.reload} />
      </>
    );
  }
  return <TemplateEditor key={template.id} template={template} onSaved={setTemplate} />;
}
