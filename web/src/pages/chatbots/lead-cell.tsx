import { Link } from 'react-router';
import type { ConversationSummary } from './types';

/** Who the visitor said they were, linked to the contact they became. */
export function LeadCell({ conversation: c }: { conversation: ConversationSummary }) {
  if (!c.lead) return <span className="muted">—</span>;
  const who = c.lead.name ? `${c.lead.name} <${c.lead.email}>` : c.lead.email;
  return (
    <span className="cb-lead">
      <span className="badge badge-lead">Lead</span> <span className="cb-url">{who}</span>
      {c.contact_id && (
        <>
          {' '}
          <Link to={`/contacts/${encodeURIComponent(c.contact_id)}`}>View contact</Link>
        </>
      )}
    </span>
  );
}
