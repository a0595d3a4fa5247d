// The data-subject routes the dashboard calls.
// TODO(generate): switch to the typed `call` with ResponseBody<'/v1/contacts/{id}/export', 'get'> and
// ResponseBody<'/v1/contacts/{id}/erase', 'post'> once the lead regenerates the OpenAPI types.
import { call } from '../../api/client';

/** TODO(generate): ResponseBody<'/v1/contacts/{id}/erase', 'post'>. */
export interface Erasure {
  id: string;
  erased: true;
  erased_at: string;
  campaign_recipients: number;
  conversations: number;
  messages: number;
  emails: number;
  events: number;
}

type LooseOptions = { params?: Record<string, string> };
const looseCall = call as unknown as (method: 'get' | 'post', path: string, options?: LooseOptions) => Promise<unknown>;

/** Everything held about the person, as the API gives it (TODO(generate): typed). */
export const exportContactData = (id: string) => looseCall('get', '/v1/contacts/{id}/export', { params: { id } });
export const eraseContact = (id: string) =>
  looseCall('post', '/v1/contacts/{id}/erase', { params: { id } }) as Promise<Erasure>;
