import { useState } from 'react';
import { Button, ConfirmDialog } from '../../ui/buttons';
import { DangerAction, DangerZone } from '../../ui/danger-zone';
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
    <DangerZone>
      <DangerAction
        title="Delete this template"
        trigger={
          <Button variant="danger-secondary" onClick={() => (setError(undefined), setAsking(true))}>
            Delete template
          </Button>
        }
      >
        Campaigns and emails made from this template keep their content.
      </DangerAction>
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
    </DangerZone>
  );
}
