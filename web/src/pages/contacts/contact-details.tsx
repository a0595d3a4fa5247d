import { StatusBadge } from '../../ui/feedback';
import { formatDate } from '../../ui/format';
import { sourceLabel } from './contact-labels';
import type { Contact } from './types';

/** What the form does not edit: id, origin and dates. */
export function ContactDetails({ contact }: { contact: Contact }) {
  return (
    <dl className="contacts-details">
      <div>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={contact.status} />
        </dd>
      </div>
      <div>
        <dt>Source</dt>
        <dd>{sourceLabel(contact.source)}</dd>
      </div>
      <div>
        <dt>Added</dt>
        <dd>{formatDate(contact.created_at)}</dd>
      </div>
      <div>
        <dt>Updated</dt>
        <dd>{formatDate(contact.updated_at)}</dd>
      </div>
      <div>
        <dt>ID</dt>
        <dd className="mono">{contact.id}</dd>
      </div>
    </dl>
  );
}
