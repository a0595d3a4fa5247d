// The suppression routes the dashboard calls. Typed by hand (types.ts) until the OpenAPI document describes
// /v1/suppressions: then `loose` goes and these become typed `call`/`read` like the other areas.
import { call, read, type Read } from '../../api/client';
import type { Suppression, SuppressionPage, SuppressionReason } from './types';

type Options = { params?: Record<string, string>; query?: Record<string, string | number | undefined>; body?: unknown };
const looseCall = call as unknown as <T>(method: string, path: string, options?: Options) => Promise<T>;
const looseRead = read as unknown as <T>(path: string, options?: Options) => Read<T>;

export const readSuppressions = (query: { email?: string; page: number; per_page: number }) =>
  looseRead<SuppressionPage>('/v1/suppressions', { query });
export const addSuppression = (body: { email: string; reason?: SuppressionReason }) =>
  looseCall<Suppression>('post', '/v1/suppressions', { body });
export const removeSuppression = (email: string) =>
  looseCall<void>('delete', '/v1/suppressions/{email}', { params: { email } });
