import { WidgetError, type Api, type Settings } from './api.js';
import { h } from './dom.js';

/** How the lead form is shown and what happens after it. */
export interface LeadFormOptions {
  api: Api;
  /** Asked before the first question: the visitor may not skip. */
  gate: boolean;
  /** The chatbot's consent checkbox (`lead_capture.consent`), shown unticked when enabled. */
  consent?: Settings['lead_capture']['consent'] | undefined;
  conversation(): { id?: string; token?: string };
  onSaved(saved: { conversationId: string; conversationToken: string; name: string }): void;
  onSkip(): void;
}

/** The name + email form; the server's message for a bad email shows under the field. */
export function leadForm(options: LeadFormOptions): HTMLFormElement {
  const name = h('input', { name: 'name', autocomplete: 'name', maxlength: '100' });
  const email = h('input', {
    name: 'email',
    type: 'email',
    autocomplete: 'email',
    required: '',
    'aria-describedby': 'lead-err',
  });
  const error = h('span', { id: 'lead-err', class: 'x', role: 'alert' });
  const agree = options.consent?.enabled ? h('input', { name: 'consent', type: 'checkbox' }) : undefined;
  const submit = h('button', { type: 'submit' }, 'Send');
  const skip = !options.gate && h('button', { type: 'button', class: 'k' }, 'Skip');
  const form = h(
    'form',
    { class: 'ld', novalidate: '', 'aria-label': 'Your contact details' },
    h(
      'p',
      null,
      options.gate
        ? 'Before we start, how can we reach you?'
        : "I couldn't find that. Leave your email and we'll get back to you.",
    ),
    h('label', null, 'Name (optional)', name),
    h('label', null, 'Email', email),
    agree && h('label', { class: 'cb' }, agree, options.consent!.text),
    error,
    h('div', null, skip, submit),
  );

  const fail = (message: string) => {
    error.textContent = message;
    email.setAttribute('aria-invalid', 'true');
    email.focus();
  };

  if (skip) skip.addEventListener('click', () => options.onSkip());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const address = email.value.trim();
    if (!address) return fail('Please enter your email.');
    error.textContent = '';
    email.removeAttribute('aria-invalid');
    submit.disabled = true;
    try {
      const visitor = name.value.trim();
      const conversation = options.conversation();
      const saved = await options.api.lead(
        {
          email: address,
          ...(visitor ? { name: visitor } : {}),
          ...(conversation.id ? { conversation_id: conversation.id } : {}),
          ...(agree?.checked ? { consent: true } : {}),
        },
        conversation.token,
      );
      options.onSaved({
        conversationId: saved.conversation_id,
        conversationToken: saved.conversation_token,
        name: visitor,
      });
    } catch (err) {
      fail(err instanceof WidgetError ? err.message : 'Something went wrong. Please try again.');
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
