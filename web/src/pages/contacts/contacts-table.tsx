import { Link } from 'react-router';
import { StatusBadge } from '../../ui/feedback';
import { formatDate } from '../../ui/format';
import { fullName, sourceLabel } from './contact-labels';
import type { Contact } from './types';
import { SelectBox, SelectPageBox, type Selection } from './bulk-actions';
import { TableWrap } from '../../ui/table-wrap';

/** One page of contacts; a tag links to the list filtered by it (`tagLink`). */
export function ContactsTable({
  contacts,
  tagLink,
  busy,
  selection,
}: {
  contacts: Contact[];
  tagLink(tag: string): string;
  busy: boolean;
  /** Row checkboxes for the bulk actions (bulk-actions.tsx). */
  selection?: Selection;
}) {
  return (
    <TableWrap>
      <table className="contacts-table" aria-label="Contacts" aria-busy={busy || undefined}>
        <thead>
          <tr>
            {selection && (
              <th scope="col" className="bulk-cell">
                {<SelectPageBox selection={selection} />}
              </th>
            )}
            <th scope="col">Email</th>
            <th scope="col">Name</th>
            <th scope="col">Status</th>
            <th scope="col">Tags</th>
            <th scope="col">Source</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((c) => (
            <tr key={c.id}>
              {selection && (
                <td className="bulk-cell">{<SelectBox selection={selection} id={c.id} email={c.email} />}</td>
              )}
              <td className="contacts-email">
                <Link to={`/contacts/${encodeURIComponent(c.id)}`}>{c.email}</Link>
              </td>
              <td>{fullName(c) || <span className="muted">—</span>}</td>
              <td>
                <StatusBadge status={c.status} />
              </td>
              <td>
                {c.tags.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  <ul className="contacts-tags">
                    {c.tags.map((t) => (
                      <li key={t}>
                        <Link className="badge contacts-tag" to={tagLink(t)} title={`Show contacts tagged ${t}`}>
                          {t}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{sourceLabel(c.source)}</td>
              <td className="contacts-date">{formatDate(c.created_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
