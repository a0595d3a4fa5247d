// The contact activity route the dashboard calls, typed by the OpenAPI document.
import type { ListItem, ResponseBody } from '@grivo/sdk';
import { read } from '../../api/client';

/** One thing that happened to a contact: an email, a campaign open or click, a chatbot conversation. */
export type ActivityItem = ListItem<'/v1/contacts/{id}/activity'>;
export type ActivityList = ResponseBody<'/v1/contacts/{id}/activity', 'get'>;

export const readActivity = (id: string, query: { page: number; per_page: number }) =>
  read('/v1/contacts/{id}/activity', { params: { id }, query });
