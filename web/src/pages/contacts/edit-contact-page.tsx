import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ApiFailure } from '../../api/client';
import { useApi } from '../../api/hooks';
import { EmptyState, ErrorNote, Notice, Pending } from '../../ui/feedback';
import { PageHeader } from '../../ui/layout';
import { readContact, updateContact } from './api';
import { ContactDetails } from './contact-details';
import { ContactActivity } from './contact-activity';
import { ContactPrivacy } from './contact-privacy';
import { ResendConfirmation } from './resend-confirmation';
import { ContactForm } from './contact-form';
import { draftOf, patchBody, type ContactDraft } from './contact-draft';
import { fullName } from './contact-labels';
import { DeleteContact } from './delete-contact';
import type { Contact } from './types';

const back = <Link to="/contacts">← Contacts</Link>;

/** /contacts/:id: a contact's fields, saved with PATCH, and deleting it. */
export function EditContactPage() {
  const { id = '' } = useParams();
  const loaded = useApi(readContact(id));
  const arrived = (useLocation().state as { notice?: string } | null)?.notice;
  const [saved, setSaved] = useState<{ contact: Contact; at: number }>();
  // A new save hides the last one's "saved" (or the arrival notice): a failure below must not sit under it.
  const [saving, setSaving] = useState(false);
  // What was just saved wins over the first load, without a second GET.
  // The check on id: while another contact loads, the last one is still in `loaded.data`.
  const contact = saved?.contact.id === id ? saved.contact : loaded.data?.id === id ? loaded.data : undefined;

  if (!contact) {
    if (loaded.error instanceof ApiFailure && loaded.error.status === 404) {
      return (
        <>
          <PageHeader title="Contact not found" back={back} />
          <EmptyState title="There is no contact here" action={<Link to="/contacts">See all contacts</Link>}>
            It may have been deleted, or the address is mistyped.
          </EmptyState>
        </>
      );
    }
    return (
      <>
        <PageHeader title="Contact" back={back} />
        <ErrorNote error={loaded.error} />
        <Pending error={loaded.error} reload={loaded.reload} label="Loading contact…" />
      </>
    );
  }

  const save = async (draft: ContactDraft) => {
    setSaving(true);
    const updated = await updateContact(contact.id, patchBody(contact, draft));
    setSaved({ contact: updated, at: Date.now() });
    setSaving(false);
  };
  return (
    <>
      <PageHeader title={fullName(contact) || contact.email} back={back} />
      {(saved || arrived) && !saving && (
        <div className="contacts-notice">
          <Notice tone="success">{saved ? 'Changes saved.' : arrived}</Notice>
        </div>
      )}
      <ContactDetails contact={contact} />
      <ResendConfirmation contact={contact} />
      {/* A fresh form after each save, so it shows what the server kept (trimmed, deduplicated). */}
      <ContactForm
        key={`${contact.id}-${saved?.at ?? 0}`}
        initial={draftOf(contact)}
        submitLabel="Save changes"
        onSave={save}
      >
        <Link to="/contacts">Back to contacts</Link>
      </ContactForm>
      <ContactActivity contactId={contact.id} />
      <ContactPrivacy contact={contact} />
      <DeleteContact contact={contact} />
    </>
  );
}
