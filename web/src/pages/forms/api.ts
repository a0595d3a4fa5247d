// The form routes the dashboard calls.
// TODO(generate): loose calls and hand-written types (./types) until the lead regenerates the
// OpenAPI types; then `call('post', '/v1/forms', { body })` and `read('/v1/forms', …)` as elsewhere.
import { call, read, type Read } from '../../api/client';
import type { FormBody, FormList, SubscribeForm } from './types';

type LooseOptions = { params?: Record<string, string>; query?: Record<string, string | number>; body?: unknown };
const looseCall = call as unknown as (method: string, path: string, options?: LooseOptions) => Promise<unknown>;
const looseRead = read as unknown as (path: string, options?: LooseOptions) => Read<unknown>;

export const readForms = () => looseRead('/v1/forms', { query: { per_page: 100 } }) as Read<FormList>;
export const readForm = (id: string) => looseRead('/v1/forms/{id}', { params: { id } }) as Read<SubscribeForm>;
export const createForm = (body: FormBody) => looseCall('post', '/v1/forms', { body }) as Promise<SubscribeForm>;
export const updateForm = (id: string, body: Partial<FormBody>) =>
  looseCall('patch', '/v1/forms/{id}', { params: { id }, body }) as Promise<SubscribeForm>;
export const deleteForm = (id: string) => looseCall('delete', '/v1/forms/{id}', { params: { id } });
