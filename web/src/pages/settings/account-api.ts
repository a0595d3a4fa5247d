// The signed-in account and workspace routes the settings pages call, typed by the OpenAPI document.
import { call, read } from '../../api/client';
import type { AccountBody, WorkspaceBody } from './types';

export const readWorkspace = () => read('/dashboard/workspace');
export const saveWorkspace = (body: WorkspaceBody) => call('patch', '/dashboard/workspace', { body });
export const saveAccount = (body: AccountBody) => call('patch', '/dashboard/account', { body });
