import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../ui/layout';
import { createContact } from './api';
import { ContactForm } from './contact-form';
import { createBody, emptyDraft, type ContactDraft } from './contact-draft';

/** /contacts/new */
export function NewContactPage() {
  const navigate = useNavigate();
  const save = async (draft: ContactDraft) => {
    const contact = await createContact(createBody(draft));
    navigate(`/contacts/${encodeURIComponent(contact.id)}`, { state: { notice: 'Contact added.' } });
  };
  return (
    <>
      <PageHeader title="Add contact" back={<Link to="/contacts">← Contacts</Link>} />
      <ContactForm initial={emptyDraft()} submitLabel="Add contact" onSave={save}>
        <Link to="/contacts">Cancel</Link>
      </ContactForm>
    </>
  );
}
