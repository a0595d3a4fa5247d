// The shapes of the dashboard's settings routes, as the OpenAPI document types them.
import type { ListItem, ResponseBody } from '@grivo/sdk';

/** An API key as GET /dashboard/api-keys lists it (never its secret). */
export type ApiKey = ListItem<'/dashboard/api-keys'>;

/** What POST /dashboard/api-keys answers: the only time the secret is shown. */
export type CreatedApiKey = ResponseBody<'/dashboard/api-keys', 'post'>;

/** TODO(generate): ResponseBody<'/v1/settings', 'get'> once it has the consent settings. */
export interface ConsentSettings {
  default_from_name: string | null;
  default_from_email: string | null;
  double_opt_in: boolean;
  confirmation_subject: string | null;
  confirmation_html: string | null;
  confirmation_expiry_days: number;
  postal_address: string | null;
}

/** TODO(generate): RequestBody<'/v1/settings', 'patch'>. */
export type ConsentSettingsBody = Partial<
  Pick<
    ConsentSettings,
    'double_opt_in' | 'confirmation_subject' | 'confirmation_html' | 'confirmation_expiry_days' | 'postal_address'
  >
>;
