// The server's errors about a form's settings, in the words of the form's own labels.

const PLAIN: Record<string, string> = {
  name: 'Give the form a title of at most 200 characters.',
  consent_text: 'Write the consent text people agree to (at most 2,000 characters).',
  tags: 'Use at most 20 tags, each of at most 100 characters.',
  redirect_url: 'Enter a web address that starts with https:// or http://.',
  allowed_domains: 'Enter host names like example.com or *.example.com, one per line, without https:// or a path.',
  success_message: 'The thank-you message can be at most 1,000 characters.',
};

/** A plain message for the field the server named (`param`), or the server's own when none fits. */
export function plainFieldError(field: string, param: string | undefined, message: string | undefined) {
  if (message === undefined) return undefined;
  if (field === 'fields') {
    if (param?.endsWith('.key')) return 'Each custom field needs a name of letters, digits, _ or -, used only once.';
    if (param?.endsWith('.label')) return 'A label can be at most 100 characters.';
    return message;
  }
  return PLAIN[field] ?? message;
}
