// The form routes the dashboard calls, typed by the OpenAPI document.
import { call, read } from '../../api/client';
import type { FormBody, FormChanges } from './types';

export const readForms = () => read('/v1/forms', { query: { per_page: 100 } });
export const readForm = (id: string) => read('/v1/forms/{id}', { params: { id } });
export const createForm = (body: FormBody) => call('post', '/v1/forms', { body });
export const updateForm = (id: string, body: FormChanges) => call('patch', '/v1/forms/{id}', { params: { id }, body });
export const deleteForm = (id: string) => call('delete', '/v1/forms/{id}', { params: { id } });
