// The suppression routes the dashboard calls, typed by the OpenAPI document.
import type { QueryParams, RequestBody } from '@grivo/sdk';
import { call, read } from '../../api/client';

export type SuppressionsQuery = QueryParams<'/v1/suppressions', 'get'>;
export type SuppressionBody = RequestBody<'/v1/suppressions', 'post'>;

export const readSuppressions = (query: SuppressionsQuery) => read('/v1/suppressions', { query });
export const addSuppression = (body: SuppressionBody) => call('post', '/v1/suppressions', { body });
export const removeSuppression = (email: string) => call('delete', '/v1/suppressions/{email}', { params: { email } });
