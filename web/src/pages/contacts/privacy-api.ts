// The data-subject routes the dashboard calls, typed by the OpenAPI document.
import type { ResponseBody } from '@grivo/sdk';
import { call } from '../../api/client';

/** What erasing a person answers: when, and how much of their data went. */
export type Erasure = ResponseBody<'/v1/contacts/{id}/erase', 'post'>;
/** Everything held about the person, as the API gives it. */
export type ContactDataExport = ResponseBody<'/v1/contacts/{id}/export', 'get'>;

export const exportContactData = (id: string) => call('get', '/v1/contacts/{id}/export', { params: { id } });
export const eraseContact = (id: string) => call('post', '/v1/contacts/{id}/erase', { params: { id } });
