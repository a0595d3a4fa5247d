import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorNote } from '../../ui/feedback';
import { PageHeader } from '../../ui/layout';
import { BLANK, createTemplate, templatePath } from './api';
import { StarterChoices } from './starter-choices';

/** /templates/new: pick a starter design (or blank); the template is made at once and opened to edit. */
export function TemplateNew() {
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Error>();
  const start = async (starterId: string | undefined) => {
    setPending(true);
    setError(undefined);
    try {
      const created = await createTemplate(starterId ? { starter: starterId } : BLANK);
      navigate(templatePath(created.id), { state: { notice: 'Template created. Make it yours, then save.' } });
    } catch (e) {
      setError(e as Error);
      setPending(false);
    }
  };
  return (
    <>
      <PageHeader title="New template" back={<Link to="/templates">← All templates</Link>} />
      <p className="muted">
        Each design works on phones and in every common email client, has a plain-text version and an unsubscribe link.
        Replace its sample words and links with yours.
      </p>
      <ErrorNote error={error} />
      <StarterChoices blank pending={pending} onPick={(s) => void start(s?.id)} />
    </>
  );
}
