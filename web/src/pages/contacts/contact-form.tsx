import { useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../ui/buttons';
import { useFocusInvalid } from '../../ui/feedback';
import { Select, TextField } from '../../ui/fields';
import { AttributesEditor } from './attributes-editor';
import { errorAt, FormError } from './contact-errors';
import type { ContactDraft } from './contact-draft';
import { CONTACT_STATUSES, type ContactStatus } from './types';

const STATUS_HINTS: Record<ContactStatus, string> = {
  subscribed: 'Receives campaigns.',
  unsubscribed: 'Asked not to receive campaigns.',
  bounced: 'Mail to this address bounced; campaigns skip it.',
  complained: 'Marked a campaign as spam; campaigns skip it.',
  pending: 'Waiting for the person to confirm by email.',
  non_subscribed: 'A lead who did not agree to marketing email: never sent campaigns.',
};

/**
 * The fields of a contact. `onSave` gets the draft and may throw (an
 * ApiFailure from the server, or one from checking the draft); its error is
 * shown next to the field it names.
 */
export function ContactForm({
  initial,
  submitLabel,
  onSave,
  children,
}: {
  initial: ContactDraft;
  submitLabel: string;
  onSave(draft: ContactDraft): Promise<void>;
  /** More actions beside the submit button. */
  children?: ReactNode;
}) {
  const [draft, setDraft] = useState(initial);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Error>();
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(form, error);
  const set = (patch: Partial<ContactDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const bind = (name: 'email' | 'first_name' | 'last_name' | 'phone' | 'tags') => ({
    value: draft[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => set({ [name]: e.target.value }),
    error: errorAt(error, name),
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    setError(undefined);
    try {
      await onSave(draft);
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setPending(false);
    }
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="panel contacts-form" aria-busy={pending || undefined}>
      <FormError error={error} />
      <TextField label="Email" type="email" required autoComplete="off" maxLength={254} {...bind('email')} />
      <div className="grid-2">
        <TextField label="First name" maxLength={100} {...bind('first_name')} />
        <TextField label="Last name" maxLength={100} {...bind('last_name')} />
      </div>
      <div className="grid-2">
        <TextField label="Phone" type="tel" maxLength={50} {...bind('phone')} />
        <Select
          label="Status"
          value={draft.status}
          onChange={(e) => set({ status: e.target.value as ContactDraft['status'] })}
          hint={STATUS_HINTS[draft.status]}
          error={errorAt(error, 'status')}
        >
          {CONTACT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </div>
      <TextField
        label="Tags"
        hint="Separate tags with commas, e.g. customer, newsletter. Campaigns pick their audience by tag."
        {...bind('tags')}
      />
      <AttributesEditor rows={draft.attributes} onChange={(attributes) => set({ attributes })} error={error} />
      <div className="actions">
        <Button type="submit" variant="primary" pending={pending}>
          {pending ? 'Saving…' : submitLabel}
        </Button>
        {children}
      </div>
    </form>
  );
}
