// The shapes of the dashboard's settings routes, as the OpenAPI document types them.
import type { ListItem, ResponseBody } from '@grivo/sdk';

/** An API key as GET /dashboard/api-keys lists it (never its secret). */
export type ApiKey = ListItem<'/dashboard/api-keys'>;

/** What POST /dashboard/api-keys answers: the only time the secret is shown. */
export type CreatedApiKey = ResponseBody<'/dashboard/api-keys', 'post'>;
