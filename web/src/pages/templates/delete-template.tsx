import { useState } from 'react';
import { Button, ConfirmDialog } from '../../ui/buttons';
import { ErrorNote } from '../../ui/feedback';
import { deleteTemplate, type Template } from './api';

/** The template's danger zone: delete, after a confirm. */
export function DeleteTemplate({ template, onDeleted }: { template: Template; onDeleted(): void }) {
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Error>();
  const remove = async () => {
    setPending(true);
    try {
      await deleteTemplate(template.id);
      onDeleted();
    } catch (e) {
      setError(e as Error);
      setPending(false);
    }
  };
  return (
    <section className="panel stack wh-danger" aria-labelledby="tpl-danger-title">
      <h2 id="tpl-danger-title">Danger zone</h2>
      <p className="muted">Campaigns and emails made from this template keep their content.</p>
      <div>
        <Button variant="danger" onClick={() => (setError(undefined), setAsking(true))}>
          Delete template
        </Button>
      </div>
      <ConfirmDialog
        open={asking}
        title="Delete this template?"
        confirmLabel="Delete template"
        pending={pending}
        onConfirm={() => void remove()}
        onCancel={() => setAsking(false)}
      >
        <p>
          <strong>{template.name}</strong> is deleted for good. Transactional emails that send it by its id will fail.
        </p>
        <ErrorNote error={error} />
      </ConfirmDialog>
    </section>
  );
}
