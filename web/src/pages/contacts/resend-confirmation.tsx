import { useState } from 'react';
import { ApiFailure } from '../../api/client';
import { useAction } from '../../api/hooks';
import { Button } from '../../ui/buttons';
import { Notice } from '../../ui/feedback';
import { resendConfirmation } from '../settings/consent-api';

/** What a person is told when a resend is refused: the server's words are for developers. */
function plainError(error: Error): string {
  if (!(error instanceof ApiFailure)) return 'The email could not be sent. Check your connection and try again.';
  if (error.status === 429)
    return 'A confirmation email was sent a few minutes ago. Please wait before sending another.';
  if (error.status === 409) return 'This address is on your suppression list, so no email can be sent to it.';
  if (error.status === 404) return 'This contact no longer exists.';
  return 'Only a contact waiting for confirmation can be sent a confirmation email.';
}

/** On a pending contact's page: sends the double opt-in email again. */
export function ResendConfirmation({ contact }: { contact: { id: string; status: string } }) {
  const [sent, setSent] = useState(false);
  const resend = useAction(resendConfirmation);
  if (contact.status !== 'pending') return null;
  return (
    <section className="panel stack" aria-labelledby="resend-title">
      <h2 id="resend-title">Waiting for confirmation</h2>
      <p className="muted">
        This person has not clicked the link in the confirmation email yet, so they do not receive campaigns.
      </p>
      {sent && <Notice tone="success">A new confirmation email is on its way.</Notice>}
      {resend.error && (
        <div className="note note-error" role="alert">
          {plainError(resend.error)}
        </div>
      )}
      <div>
        <Button
          pending={resend.pending}
          onClick={async () => {
            setSent(false);
            if (await resend.run(contact.id)) setSent(true);
          }}
        >
          Resend confirmation
        </Button>
      </div>
    </section>
  );
}
