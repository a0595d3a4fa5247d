// The double opt-in settings and the resend route the dashboard calls, typed by the OpenAPI document.
import { call, read } from '../../api/client';
import type { ConsentSettingsBody } from './types';

export const readConsentSettings = () => read('/v1/settings');
export const saveConsentSettings = (body: ConsentSettingsBody) => call('patch', '/v1/settings', { body });
export const resendConfirmation = (id: string) =>
  call('post', '/v1/contacts/{id}/resend-confirmation', { params: { id } });
