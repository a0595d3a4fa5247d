import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors, errorsOf, listOf } from '../../http/openapi.js';
import { requirePrincipal, type Role } from '../../http/principal.js';
import { apiTime, nowIso } from '../../lib/time.js';
import { SESSION_COOKIE } from '../accounts/cookie.js';
import { SessionResponse } from '../accounts/schema.js';
import { csrfMatches, resolveSession } from '../accounts/service.js';
import { guard, security, sessionResponse, signedInReply, tags } from '../accounts/session-response.js';
import { findSession } from '../accounts/store.js';
import { acceptInvitation, inviteMember, revokeInvitation, type InvitationDeps } from './invitations.js';
import {
  AcceptInvitationBody,
  ChangeRoleBody,
  CreateInvitationBody,
  InvitationResponse,
  MemberResponse,
  SwitchWorkspaceBody,
  WorkspaceChoiceResponse,
} from './schema.js';
import { changeMemberRole, removeMember, switchWorkspace } from './service.js';
import { listMembers, listPendingInvitations, listWorkspacesOf, type InvitationRow, type MemberRow } from './store.js';

const ADMIN = { least: 'admin', action: 'manage members and invitations' } as const;
const page = <T>(data: T[]) => ({ data, total: data.length, page: 1, per_page: data.length, has_more: false });
const memberResponse = (m: MemberRow) => ({
  user_id: m.user_id,
  email: m.email,
  name: m.name,
  role: m.role as Role,
  joined_at: apiTime(m.created_at),
});
const invitationResponse = (i: InvitationRow) => ({
  id: i.id,
  email: i.email,
  role: i.role as 'admin' | 'member',
  invited_by: i.invited_by,
  created_at: apiTime(i.created_at),
  expires_at: apiTime(i.expires_at),
  accepted_at: apiTime(i.accepted_at),
  revoked_at: apiTime(i.revoked_at),
});
const UserParams = z.strictObject({ user_id: z.string().max(100) });
const IdParams = z.strictObject({ id: z.string().max(100) });

/** Members, invitations and the workspace switcher (`/dashboard/members…`, `/dashboard/invitations…`, `/dashboard/workspaces`). */
export function memberRoutes(deps: InvitationDeps): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async function members(app) {
    app.get('/members', {
      schema: {
        tags,
        operationId: 'listMembers',
        summary: "List the workspace's members and their roles",
        description: 'Every member, in the order they joined. Any member may read it.',
        security,
        response: { 200: listOf(MemberResponse), ...errors(guard, errorsOf.session) },
      },
      handler: async (request) => page((await listMembers(db, request.session!.workspace_id)).map(memberResponse)),
    });

    app.patch('/members/:user_id', {
      config: { role: ADMIN },
      schema: {
        tags,
        operationId: 'changeMemberRole',
        summary: "Change a member's role, or hand the workspace over",
        description:
          "Owners and admins. `owner` is the owner handing the workspace over: that member becomes owner, the old owner an admin. The owner's own role cannot be changed otherwise.",
        security,
        params: UserParams,
        body: ChangeRoleBody,
        response: {
          200: MemberResponse,
          ...errors(guard, errorsOf.session, errorsOf.sessionChange, errorsOf.json, errorsOf.role, {
            not_found: 'No member with this user id in your workspace.',
          }),
        },
      },
      handler: async (request) =>
        memberResponse(
          await changeMemberRole(db, requirePrincipal(request), request.params.user_id, request.body.role),
        ),
    });

    app.delete('/members/:user_id', {
      config: { role: ADMIN },
      schema: {
        tags,
        operationId: 'removeMember',
        summary: 'Remove a member (their sessions in the workspace end)',
        description: 'Owners and admins. The owner cannot be removed: they hand the workspace over first.',
        security,
        params: UserParams,
        response: {
          204: z.null().meta({ description: 'Removed.' }),
          ...errors(guard, errorsOf.session, errorsOf.sessionChange, errorsOf.role, {
            not_found: 'No member with this user id in your workspace.',
          }),
        },
      },
      handler: async (request, reply) => {
        await removeMember(db, requirePrincipal(request), request.params.user_id);
        return reply.code(204).send(null);
      },
    });

    app.get('/invitations', {
      config: { role: ADMIN },
      schema: {
        tags,
        operationId: 'listInvitations',
        summary: 'List pending invitations',
        description: 'Invitations not yet accepted, revoked or expired. Owners and admins.',
        security,
        response: { 200: listOf(InvitationResponse), ...errors(guard, errorsOf.session, errorsOf.role) },
      },
      handler: async (request) =>
        page((await listPendingInvitations(db, request.session!.workspace_id, nowIso())).map(invitationResponse)),
    });

    app.post('/invitations', {
      config: { role: ADMIN },
      schema: {
        tags,
        operationId: 'inviteMember',
        summary: 'Invite someone by email',
        description:
          'Mails a single-use link that works for 7 days. Inviting an address with a pending invitation replaces it (a new link is mailed, the old one stops working). Owners and admins.',
        security,
        body: CreateInvitationBody,
        response: {
          201: InvitationResponse,
          ...errors(guard, errorsOf.session, errorsOf.sessionChange, errorsOf.json, errorsOf.role, {
            already_member: 'The address is already a member of this workspace.',
          }),
        },
      },
      handler: async (request, reply) =>
        reply.code(201).send(invitationResponse(await inviteMember(deps, requirePrincipal(request), request.body))),
    });

    app.delete('/invitations/:id', {
      config: { role: ADMIN },
      schema: {
        tags,
        operationId: 'revokeInvitation',
        summary: 'Revoke a pending invitation',
        description: 'Its link stops working at once. Revoking it again changes nothing. Owners and admins.',
        security,
        params: IdParams,
        response: {
          200: InvitationResponse,
          ...errors(guard, errorsOf.session, errorsOf.sessionChange, errorsOf.role, {
            not_found: 'No invitation with this id in your workspace.',
            invalid_request: 'The invitation was already accepted.',
          }),
        },
      },
      handler: async (request) =>
        invitationResponse(await revokeInvitation(db, requirePrincipal(request), request.params.id)),
    });

    app.post('/invitations/accept', {
      config: { public: true },
      schema: {
        tags,
        operationId: 'acceptInvitation',
        summary: 'Accept an invitation, and sign in to its workspace',
        description:
          'A new address sets a password (and a name). An existing account is signed in as itself (send X-CSRF-Token) or gives its password. The session is then in the invited workspace.',
        security: [],
        body: AcceptInvitationBody,
        response: {
          200: SessionResponse,
          ...errors(guard, errorsOf.json, {
            unknown_parameter: 'A body field this endpoint does not take; `param` names it.',
            invalid_token: 'The link is not valid: expired, used, revoked, replaced or altered.',
            invalid_credentials: 'The address has an account, and it is not signed in nor was its password given.',
            invalid_request: "A new account's password is missing, too short or too long.",
          }),
        },
      },
      handler: async (request, reply) => {
        const cookie = request.cookies[SESSION_COOKIE];
        const live = cookie ? await resolveSession(db, cookie) : undefined;
        const signedIn = live && csrfMatches(live, request.headers['x-csrf-token'] as string | undefined) ? live : null;
        const opened = await acceptInvitation(deps, request.body, signedIn);
        if (opened) return signedInReply(opened, request, reply, 200);
        return sessionResponse((await findSession(db, signedIn!.token_hash))!);
      },
    });

    app.get('/workspaces', {
      schema: {
        tags,
        operationId: 'listMyWorkspaces',
        summary: 'List the workspaces you belong to, with your role',
        description: 'For the workspace switcher; `current` marks the one this session is in.',
        security,
        response: { 200: listOf(WorkspaceChoiceResponse), ...errors(guard, errorsOf.session) },
      },
      handler: async (request) => {
        const s = request.session!;
        const mine = await listWorkspacesOf(db, s.user_id);
        return page(
          mine.map((w) => ({ id: w.id, name: w.name, role: w.role as Role, current: w.id === s.workspace_id })),
        );
      },
    });

    app.post('/session/workspace', {
      schema: {
        tags,
        operationId: 'switchWorkspace',
        summary: 'Switch this session to another of your workspaces',
        description: 'The session (and its CSRF token) stays; what it may do is your role in the new workspace.',
        security,
        body: SwitchWorkspaceBody,
        response: {
          200: SessionResponse,
          ...errors(guard, errorsOf.session, errorsOf.sessionChange, errorsOf.json, {
            not_found: 'You do not belong to a workspace with this id.',
          }),
        },
      },
      handler: async (request) => {
        await switchWorkspace(db, request.session!, request.body.workspace_id);
        return sessionResponse((await findSession(db, request.session!.token_hash))!);
      },
    });
  };
}
