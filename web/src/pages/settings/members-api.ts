// Members, invitations and the workspace switcher, typed by the OpenAPI document.
import type { ListItem, RequestBody, ResponseBody } from '@grivo/sdk';
import { call, read } from '../../api/client';

export type Member = ListItem<'/dashboard/members'>;
export type Invitation = ListItem<'/dashboard/invitations'>;
export type WorkspaceChoice = ListItem<'/dashboard/workspaces'>;
export type Role = Member['role'];
export type AcceptBody = RequestBody<'/dashboard/invitations/accept', 'post'>;
export type Accepted = ResponseBody<'/dashboard/invitations/accept', 'post'>;

export const readMembers = () => read('/dashboard/members');
export const readInvitations = () => read('/dashboard/invitations');
export const readMyWorkspaces = () => read('/dashboard/workspaces');
export const changeRole = (user_id: string, role: Role) =>
  call('patch', '/dashboard/members/{user_id}', { params: { user_id }, body: { role } });
/** True once removed (the route answers 204, no body). */
export const removeMember = async (user_id: string) => {
  await call('delete', '/dashboard/members/{user_id}', { params: { user_id } });
  return true;
};
export const invite = (body: RequestBody<'/dashboard/invitations', 'post'>) =>
  call('post', '/dashboard/invitations', { body });
export const revokeInvitation = (id: string) => call('delete', '/dashboard/invitations/{id}', { params: { id } });
export const acceptInvitation = (body: AcceptBody) => call('post', '/dashboard/invitations/accept', { body });
export const switchWorkspace = (workspace_id: string) =>
  call('post', '/dashboard/session/workspace', { body: { workspace_id } });

/** A role in words. */
export const ROLE_LABEL: Record<Role, string> = { owner: 'Owner', admin: 'Admin', member: 'Member' };
