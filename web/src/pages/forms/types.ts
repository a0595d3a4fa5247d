// The shapes of the form routes, as the OpenAPI document types them.
import type { ListItem, RequestBody, ResponseBody } from '@grivo/sdk';

/** A subscribe form as the API answers it. */
export type SubscribeForm = ListItem<'/v1/forms'>;
export type FormList = ResponseBody<'/v1/forms', 'get'>;
/** One input of a form: `email`, `first_name`, `last_name`, `phone` or `attributes.<name>`. */
export type FormFieldSpec = SubscribeForm['fields'][number];
/** What creating a form sends (a field without a label gets one from its key). */
export type FormBody = RequestBody<'/v1/forms', 'post'>;
/** What changing a form sends. */
export type FormChanges = RequestBody<'/v1/forms/{id}', 'patch'>;

export const formPath = (id: string) => `/forms/${id}`;

/** The built-in fields, in plain words; anything else is a custom field kept in the contact's attributes. */
export const STANDARD_FIELDS: { key: string; label: string }[] = [
  { key: 'email', label: 'Email' },
  { key: 'first_name', label: 'First name' },
  { key: 'last_name', label: 'Last name' },
  { key: 'phone', label: 'Phone' },
];
