import { Link } from 'react-router';
import { Button } from '../../ui/buttons';
import { EmptyState } from '../../ui/feedback';

/** Why the list is empty, and the way out: add or import, loosen the filters, or go back to page 1. */
export function ContactsEmpty({
  filtered,
  pastEnd,
  onClear,
  onFirstPage,
}: {
  filtered: boolean;
  pastEnd: boolean;
  onClear(): void;
  onFirstPage(): void;
}) {
  if (pastEnd) {
    return (
      <EmptyState
        title="This page is past the end of the list"
        action={<Button onClick={onFirstPage}>Go to the first page</Button>}
      >
        Contacts may have been deleted since this page was opened.
      </EmptyState>
    );
  }
  if (filtered) {
    return (
      <EmptyState title="No contacts match these filters" action={<Button onClick={onClear}>Clear filters</Button>}>
        Search looks at the start of the email, first and last name. Try fewer letters, another tag or any status.
      </EmptyState>
    );
  }
  return (
    <EmptyState
      title="No contacts yet"
      action={
        <div className="actions contacts-empty-actions">
          <Link className="btn btn-primary" to="/contacts/new">
            Add a contact
          </Link>
          <Link className="btn btn-secondary" to="/contacts/import">
            Import a CSV file
          </Link>
        </div>
      }
    >
      Contacts are the people your campaigns go to. Add one by hand, or import a CSV exported from another tool
      (Mailchimp, HubSpot, a spreadsheet…) — any file with an email column works. Leads your chatbots collect appear
      here too.
    </EmptyState>
  );
}
