import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAction } from '../../api/hooks';
import { Button, ConfirmDialog } from '../../ui/buttons';
import { DangerAction, DangerZone } from '../../ui/danger-zone';
import { ErrorNote } from '../../ui/feedback';
import { deleteContact } from './api';
import type { Contact } from './types';

/** The contact's danger zone: "Delete contact", asked for once more in a dialog; back to the list when done. */
export function DeleteContact({ contact }: { contact: Contact }) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const remove = useAction(async () => {
    await deleteContact(contact.id);
    navigate('/contacts', { state: { notice: `${contact.email} was deleted.` } });
  });
  return (
    <DangerZone>
      <DangerAction
        title="Delete this contact"
        trigger={
          <Button variant="danger-secondary" onClick={() => setOpen(true)}>
            Delete contact
          </Button>
        }
      >
        Removes the contact with its tags and attributes for good.
      </DangerAction>
      <ConfirmDialog
        open={open}
        title={`Delete ${contact.email}?`}
        confirmLabel="Delete"
        pending={remove.pending}
        onConfirm={() => void remove.run()}
        onCancel={() => {
          setOpen(false);
          remove.setError(undefined);
        }}
      >
        <p>
          The contact, its tags and attributes are removed for good. To stop mailing someone but keep their details, set
          the status to unsubscribed instead.
        </p>
        <ErrorNote error={remove.error} />
      </ConfirmDialog>
    </DangerZone>
  );
}
