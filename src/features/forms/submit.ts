import { ApiError } from '../../http/api-error.js';
import type { Queue } from '../../jobs/queue.js';
import { emailKey, normalizeEmail } from '../../lib/email.js';
import type { Plan } from '../../config.js';
import { requestConsent } from '../consent/double-opt-in.js';
import { createContact, type ContactDeps } from '../contacts/service.js';
import { findContactsByEmailKeys } from '../contacts/store.js';
import { isSuppressed } from '../suppressions/store.js';
import { HONEYPOT } from './html.js';
import type { Form } from './service.js';

export interface SubmitDeps extends ContactDeps {
  queue: Queue;
}

const MAX_LENGTH: Record<string, number> = { email: 254, first_name: 100, last_name: 100, phone: 50 };
const ATTRIBUTE_MAX = 1000;

/** Whether a bot filled the field people never see. */
export function filledHoneypot(body: Record<string, unknown>): boolean {
  const value = body[HONEYPOT];
  return value !== undefined && value !== null && value !== '';
}

/**
 * The form's values out of a submitted body, checked: every field a string,
 * required ones given, the email valid. A JSON body (`strict`) may hold no
 * other field; a browser's form may (a named button, say).
 */
export function readSubmission(form: Form, body: Record<string, unknown>, strict: boolean): Record<string, string> {
  const keys = new Set(form.fields.map((f) => f.key));
  if (strict)
    for (const key of Object.keys(body))
      if (!keys.has(key) && key !== HONEYPOT)
        throw new ApiError(
          'unknown_parameter',
          `Unknown field: ${key}. This form takes: ${[...keys].join(', ')}.`,
          key,
        );
  const values: Record<string, string> = {};
  for (const field of form.fields) {
    const raw = body[field.key];
    if (raw !== undefined && raw !== null && typeof raw !== 'string')
      throw new ApiError('invalid_request', `${field.label} must be text.`, field.key);
    const value = (raw ?? '').trim();
    if (value === '') {
      if (field.required) throw new ApiError('invalid_request', `${field.label} is required.`, field.key);
      continue;
    }
    const max = MAX_LENGTH[field.key] ?? ATTRIBUTE_MAX;
    if (value.length > max)
      throw new ApiError('invalid_request', `${field.label} must be at most ${max} characters.`, field.key);
    if (field.key === 'email' && normalizeEmail(value) === undefined)
      throw new ApiError(
        'invalid_request',
        `${field.label} must be a valid email address, like name@example.com.`,
        'email',
      );
    values[field.key] = value;
  }
  return values;
}

/**
 * Adds the contact (source `form`) or updates it (tags added, blank fields
 * filled) and asks for consent. A suppressed address changes nothing and is
 * not mailed; the caller answers the same whatever happened here.
 */
export async function submitForm(
  deps: SubmitDeps,
  target: { form: Form; plan: Plan; ip: string },
  values: Record<string, string>,
): Promise<void> {
  const { form } = target;
  const workspaceId = form.workspace_id;
  const email = normalizeEmail(values.email ?? '')!;
  if (await isSuppressed(deps.database.db, deps.signer.secret, workspaceId, email)) return;
  const [existing] = await findContactsByEmailKeys(deps.database.db, workspaceId, [emailKey(email)]);
  // A stranger may type anyone's address: an existing contact's details are
  // only filled in where blank, never overwritten.
  const held = existing ? (JSON.parse(existing.attributes) as Record<string, unknown>) : {};
  const blank = (key: 'first_name' | 'last_name' | 'phone') => !existing?.[key];
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const name = key.slice('attributes.'.length);
    if (key.startsWith('attributes.') && !(name in held)) attributes[name] = value;
  }
  let contactId: string;
  try {
    const { contact } = await createContact(
      deps,
      { workspaceId, plan: target.plan },
      {
        email,
        ...(values.first_name && blank('first_name') ? { first_name: values.first_name } : {}),
        ...(values.last_name && blank('last_name') ? { last_name: values.last_name } : {}),
        ...(values.phone && blank('phone') ? { phone: values.phone } : {}),
        ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
        tags: form.tags,
        // A new person is pending until consent says otherwise; an existing one keeps their status.
        ...(existing ? {} : { status: 'pending' as const }),
      },
      { upsert: true, source: 'form' },
    );
    contactId = contact.id;
  } catch (error) {
    // The owner's plan is not the visitor's business.
    if (error instanceof ApiError && error.code === 'plan_limit_exceeded')
      throw new ApiError('plan_limit_exceeded', 'This form cannot take new sign-ups at the moment. Please try later.');
    throw error;
  }
  await requestConsent(deps, { workspaceId, contactId, source: 'form', formId: form.id, ip: target.ip });
}
