import { Link } from 'react-router';
import { ApiFailure } from '../../api/client';
import { ErrorNote, formErrors } from '../../ui/feedback';

/** The form fields an error's `param` can point at, with their labels; anything else is shown above the form. */
const FIELDS = {
  email: 'Email',
  first_name: 'First name',
  last_name: 'Last name',
  phone: 'Phone',
  tags: 'Tags',
  status: 'Status',
  attributes: 'Attributes',
};

/** The message for `name` when the error names it or one of its parts (`tags.2`, `attributes.plan`). */
export function errorAt(error: Error | undefined, name: string): string | undefined {
  const message = formErrors(error, FIELDS).field(name);
  if (message && error instanceof ApiFailure && error.code === 'contact_exists')
    return 'Another contact already has this email.';
  return message;
}

/** The id of the contact that already has this email, which the 409's message names. */
export function existingContactId(error: Error | undefined): string | undefined {
  if (!(error instanceof ApiFailure) || error.code !== 'contact_exists') return undefined;
  return /\bct_[0-9A-Za-z]+/.exec(error.message)?.[0];
}

/** What a field cannot show: an error about no field in particular, or a link to the contact that has this email. */
export function FormError({ error }: { error: Error | undefined }) {
  const existing = existingContactId(error);
  if (existing) {
    return (
      <div className="note note-error" role="alert">
        A contact with this email already exists. <Link to={`/contacts/${existing}`}>Open that contact</Link> to change
        it.
      </div>
    );
  }
  return <ErrorNote error={formErrors(error, FIELDS).general} labels={FIELDS} />;
}
