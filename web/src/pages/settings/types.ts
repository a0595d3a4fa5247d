// The shapes of the dashboard's settings routes, as the OpenAPI document types them.
import type { ListItem, RequestBody, ResponseBody } from '@grivo/sdk';

/** An API key as GET /dashboard/api-keys lists it (never its secret). */
export type ApiKey = ListItem<'/dashboard/api-keys'>;

/** What POST /dashboard/api-keys answers: the only time the secret is shown. */
export type CreatedApiKey = ResponseBody<'/dashboard/api-keys', 'post'>;

/** The workspace settings, with the consent (double opt-in) ones, as GET /v1/settings answers them. */
export type ConsentSettings = ResponseBody<'/v1/settings', 'get'>;

/** What PATCH /v1/settings sends: only the settings given change. */
export type ConsentSettingsBody = RequestBody<'/v1/settings', 'patch'>;

/** The signed-in workspace's name, sender, address and time zone (GET /dashboard/workspace). */
export type Workspace = ResponseBody<'/dashboard/workspace', 'get'>;
export type WorkspaceBody = RequestBody<'/dashboard/workspace', 'patch'>;
export type AccountBody = RequestBody<'/dashboard/account', 'patch'>;
