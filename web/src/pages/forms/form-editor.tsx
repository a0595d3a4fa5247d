import { type FormEvent, useRef, useState } from 'react';
import { Button } from '../../ui/buttons';
import { ApiFailure } from '../../api/client';
import { ErrorNote, formErrors, useFocusInvalid } from '../../ui/feedback';
import { TextArea, TextField } from '../../ui/fields';
import { completeUrl } from '../../ui/validate';
import { FieldsEditor } from './fields-editor';
import { FormPreview } from './form-preview';
import type { FormBody, FormFieldSpec, SubscribeForm } from './types';

/** The fields' labels, by the API's name for each: what error messages call them. */
const LABELS = {
  name: 'Title',
  fields: 'Fields',
  consent_text: 'Consent text',
  tags: 'Tags to add',
  redirect_url: 'After signing up, go to',
  allowed_domains: 'Websites allowed to use the form',
  success_message: 'Thank-you message',
} as const;
const EMAIL: FormFieldSpec = { key: 'email', label: 'Email', required: true };

/** A comma- or line-separated list, as people type it. */
const listOf = (text: string) =>
  text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A form's settings, with a live preview of its page: to create one or to change one. */
export function FormEditor({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  initial?: SubscribeForm;
  submitLabel: string;
  pending: boolean;
  error: Error | undefined;
  onSubmit(body: FormBody): void;
}) {
  const [name, setName] = useState(initial?.name ?? '');
  const [fields, setFields] = useState<FormFieldSpec[]>(initial?.fields ?? [EMAIL]);
  const [consent, setConsent] = useState(
    initial?.consent_text ?? 'I agree to receive emails from you. I can unsubscribe at any time.',
  );
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '');
  const [redirect, setRedirect] = useState(initial?.redirect_url ?? '');
  const [domains, setDomains] = useState(initial?.allowed_domains.join('\n') ?? '');
  const [success, setSuccess] = useState(initial?.success_message ?? '');
  const form = useRef<HTMLFormElement>(null);
  const [local, setLocal] = useState<ApiFailure>();
  const shown = local ?? error;
  const errors = formErrors(shown, LABELS);
  const fieldError = (name: keyof typeof LABELS) => errors.field(name);
  useFocusInvalid(form, shown);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const url = redirect.trim() ? completeUrl(redirect) : null;
    if (url === undefined)
      return setLocal(ApiFailure.plain('Enter a web address that starts with https:// or http://.', 'redirect_url'));
    setLocal(undefined);
    if (url) setRedirect(url);
    onSubmit({
      name: name.trim(),
      fields: fields.map(({ key, label, required }) => ({
        key,
        required,
        ...(label.trim() ? { label: label.trim() } : {}),
      })),
      consent_text: consent.trim(),
      tags: listOf(tags),
      redirect_url: url,
      allowed_domains: listOf(domains),
      success_message: success.trim() || null,
    });
  };

  return (
    <div className="frm-editor">
      <form ref={form} onSubmit={submit} noValidate className="frm-settings">
        <TextField
          label="Title"
          hint="The heading of the form’s page, and its name in this list."
          value={name}
          required
          onChange={(e) => setName(e.target.value)}
          error={fieldError('name')}
        />
        <FieldsEditor value={fields} onChange={setFields} error={fieldError('fields')} />
        <TextArea
          label="Consent text"
          hint="What people agree to when they sign up: what you will send, and how often."
          rows={3}
          value={consent}
          required
          onChange={(e) => setConsent(e.target.value)}
          error={fieldError('consent_text')}
        />
        <TextField
          label="Tags to add (optional)"
          hint="Separate tags with commas."
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          error={fieldError('tags')}
        />
        <TextField
          label="After signing up, go to (optional)"
          type="url"
          inputMode="url"
          placeholder="https://example.com/thanks"
          hint="Leave empty to show a thank-you page."
          value={redirect}
          onChange={(e) => setRedirect(e.target.value)}
          onBlur={() => setRedirect((typed) => completeUrl(typed) ?? typed)}
          error={fieldError('redirect_url')}
        />
        <TextField
          label="Thank-you message (optional)"
          value={success}
          onChange={(e) => setSuccess(e.target.value)}
          error={fieldError('success_message')}
        />
        <TextArea
          label="Websites allowed to use the form (optional)"
          hint="One host per line, like example.com or *.example.com. Leave empty to allow any website."
          rows={2}
          value={domains}
          onChange={(e) => setDomains(e.target.value)}
          error={fieldError('allowed_domains')}
        />
        <ErrorNote error={errors.general} labels={LABELS} />
        <div className="actions">
          <Button type="submit" variant="primary" pending={pending}>
            {submitLabel}
          </Button>
        </div>
      </form>
      <FormPreview title={name} fields={fields} consentText={consent} />
    </div>
  );
}
