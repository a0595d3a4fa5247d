import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useAction } from '../../api/hooks';
import { Button, ConfirmDialog } from '../../ui/buttons';
import { ErrorNote } from '../../ui/feedback';
import type { Contact } from './types';

/** "Delete contact", asked for once more in a dialog; back to the list when done. */
export function DeleteContact({ contact }: { contact: Contact }) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const remove = useAction(async () => {
    await api(`/v1/contacts/${encodeURIComponent(contact.id)}`, { method: 'DELETE' });
    navigate('/contacts', { state: { notice: `${contact.email} was deleted.` } });
  });
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete contact
      </Button>
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
    </>
  );
}
