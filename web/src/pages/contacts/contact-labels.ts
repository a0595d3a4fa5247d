import type { Contact } from './types';

/** "Ada Lovelace", or '' when neither name is known. */
export const fullName = (c: Pick<Contact, 'first_name' | 'last_name'>) =>
  [c.first_name, c.last_name].filter(Boolean).join(' ');

const SOURCES: Record<Contact['source'], string> = {
  api: 'API',
  import: 'CSV import',
  chatbot: 'Chatbot',
  dashboard: 'Dashboard',
  form: 'Sign-up form',
};

/** Where a contact came from, in words. */
export const sourceLabel = (source: Contact['source']) => SOURCES[source] ?? source;
