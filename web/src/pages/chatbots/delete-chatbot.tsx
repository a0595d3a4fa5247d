import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAction } from '../../api/hooks';
import { Button, ConfirmDialog } from '../../ui/buttons';
import { DangerAction, DangerZone } from '../../ui/danger-zone';
import { ErrorNote } from '../../ui/feedback';
import { plural } from '../../ui/format';
import { deleteChatbot } from './api';
import type { Chatbot } from './types';

/** The chatbot's danger zone: "Delete chatbot", confirmed in a dialog; back to the list afterwards. */
export function DeleteChatbot({ chatbot }: { chatbot: Chatbot }) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const remove = useAction(() => deleteChatbot(chatbot.id));
  const confirm = async () => {
    // DELETE answers {id, deleted}; nothing means it failed, and the dialog shows why.
    if (!(await remove.run())) return;
    setOpen(false);
    navigate('/chatbots', { state: { notice: `Chatbot “${chatbot.name}” deleted.` } });
  };
  return (
    <DangerZone>
      <DangerAction
        title="Delete this chatbot"
        trigger={
          <Button variant="danger-secondary" onClick={() => (remove.setError(undefined), setOpen(true))}>
            Delete chatbot
          </Button>
        }
      >
        Deletes its trained pages and conversations; the widget stops working on your site.
      </DangerAction>
      <ConfirmDialog
        open={open}
        title={`Delete “${chatbot.name}”?`}
        confirmLabel="Delete permanently"
        pending={remove.pending}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
        <p>
          Its {plural(chatbot.pages_trained, 'trained page')} and all its conversations are deleted, and the widget
          stops working on your site. Leads already saved as contacts stay. This cannot be undone.
        </p>
        <ErrorNote error={remove.error} />
      </ConfirmDialog>
    </DangerZone>
  );
}
