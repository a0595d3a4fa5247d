// The double opt-in settings and the resend route the dashboard calls.
// TODO(generate): switch to the typed `call`/`read` and ResponseBody<'/v1/settings', 'get'> once the
// lead regenerates the OpenAPI types (the consent settings, POST /v1/contacts/{id}/resend-confirmation).
import { call, read, type Read } from '../../api/client';
import type { ConsentSettings, ConsentSettingsBody } from './types';

type LooseOptions = { params?: Record<string, string>; body?: unknown };
// TODO(generate): loose until the fields and routes are in the generated document.
const looseCall = call as unknown as (
  method: 'patch' | 'post',
  path: string,
  options?: LooseOptions,
) => Promise<unknown>;
const looseRead = read as unknown as (path: string) => Read<unknown>;

export const readConsentSettings = () => looseRead('/v1/settings') as Read<ConsentSettings>;
export const saveConsentSettings = (body: ConsentSettingsBody) =>
  looseCall('patch', '/v1/settings', { body }) as Promise<ConsentSettings>;
export const resendConfirmation = (id: string) =>
  looseCall('post', '/v1/contacts/{id}/resend-confirmation', { params: { id } }) as Promise<{
    contact_id: string;
    status: 'pending';
    requested_at: string;
  }>;
