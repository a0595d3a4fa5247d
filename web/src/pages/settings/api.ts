// The workspace settings routes the dashboard calls, typed by the OpenAPI document.
import type { RequestBody } from '@grivo/sdk';
import { call, read } from '../../api/client';

export const readApiKeys = () => read('/dashboard/api-keys');
export const createApiKey = (body: RequestBody<'/dashboard/api-keys', 'post'>) =>
  call('post', '/dashboard/api-keys', { body });
export const revokeApiKey = (id: string) => call('delete', '/dashboard/api-keys/{id}', { params: { id } });
export const readUsage = () => read('/dashboard/usage');
