// The shapes of the form routes. TODO(generate): hand-written until the lead regenerates
// the OpenAPI types; then `ListItem<'/v1/forms'>` and `RequestBody<'/v1/forms', 'post'>`.

/** One input of a form: `email`, `first_name`, `last_name`, `phone` or `attributes.<name>`. */
export interface FormFieldSpec {
  key: string;
  label: string;
  required: boolean;
}

/** A subscribe form as the API answers it. */
export interface SubscribeForm {
  id: string;
  name: string;
  fields: FormFieldSpec[];
  tags: string[];
  consent_text: string;
  redirect_url: string | null;
  allowed_domains: string[];
  success_message: string | null;
  hosted_url: string;
  snippet: string;
  created_at: string;
  updated_at: string;
}

/** What creating or changing a form sends. */
export interface FormBody {
  name: string;
  /** A field without a label gets one from its key. */
  fields: Array<Omit<FormFieldSpec, 'label'> & { label?: string }>;
  tags: string[];
  consent_text: string;
  redirect_url: string | null;
  allowed_domains: string[];
  success_message: string | null;
}

export interface FormList {
  data: SubscribeForm[];
  total: number;
  page: number;
  per_page: number;
  has_more: boolean;
}

export const formPath = (id: string) => `/forms/${id}`;

/** The built-in fields, in plain words; anything else is a custom field kept in the contact's attributes. */
export const STANDARD_FIELDS: { key: string; label: string }[] = [
  { key: 'email', label: 'Email' },
  { key: 'first_name', label: 'First name' },
  { key: 'last_name', label: 'Last name' },
  { key: 'phone', label: 'Phone' },
];
