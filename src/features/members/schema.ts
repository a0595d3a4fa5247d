import { z } from 'zod';

const role = z.enum(['owner', 'admin', 'member']);

export const MemberResponse = z
  .object({
    user_id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    role: role.describe('Members use the workspace, admins also manage it, its one owner also hands it over.'),
    joined_at: z.string(),
  })
  .meta({
    id: 'Member',
    description: 'A person who belongs to the workspace, and their role.',
    examples: [
      {
        user_id: 'usr_0VbPm1Qa7RkT3xLe',
        email: 'jane@acme-tools.com',
        name: 'Jane Doe',
        role: 'owner',
        joined_at: '2026-01-05T10:00:00.000Z',
      },
    ],
  });

export const ChangeRoleBody = z.strictObject({ role }).meta({
  description: "The member's new role. `owner` hands the workspace over (owner only): the old owner becomes an admin.",
  examples: [{ role: 'admin' }],
});

export const InvitationResponse = z
  .object({
    id: z.string(),
    email: z.string(),
    role: z.enum(['admin', 'member']),
    invited_by: z.string().nullable().describe('The user id of who invited.'),
    created_at: z.string(),
    expires_at: z.string().describe('The link stops working at this time (7 days after it was sent).'),
    accepted_at: z.string().nullable(),
    revoked_at: z.string().nullable(),
  })
  .meta({
    id: 'Invitation',
    description: 'An invitation to join the workspace, mailed as a single-use link.',
    examples: [
      {
        id: 'inv_0VbPm1Qa7RkT3xLe',
        email: 'sam@acme-tools.com',
        role: 'member',
        invited_by: 'usr_0VbPm1Qa7RkT3xLe',
        created_at: '2026-01-05T10:00:00.000Z',
        expires_at: '2026-01-12T10:00:00.000Z',
        accepted_at: null,
        revoked_at: null,
      },
    ],
  });

export const CreateInvitationBody = z
  .strictObject({
    email: z.string().max(320),
    role: z.enum(['admin', 'member']).default('member'),
  })
  .meta({ description: 'Who to invite, and as what.', examples: [{ email: 'sam@acme-tools.com', role: 'member' }] });

export const AcceptInvitationBody = z
  .strictObject({
    token: z.string().max(200).describe('The token of the link in the invitation email.'),
    password: z
      .string()
      .max(1000)
      .optional()
      .describe("A new account's password (10 to 200 characters), or an existing account's own password."),
    name: z.string().max(100).optional().describe("A new account's name."),
  })
  .meta({
    description: 'Accepts an invitation. An existing account signed in as itself needs no password.',
    examples: [{ token: 'inv_0VbPm1Qa7RkT3xLe.3q2-7wAAAAAAAAAAAAAAAA', password: 'a long passphrase', name: 'Sam' }],
  });

export const WorkspaceChoiceResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    role,
    current: z.boolean().describe('Whether this session is signed in to it.'),
  })
  .meta({
    id: 'WorkspaceChoice',
    description: 'A workspace the signed-in user belongs to.',
    examples: [{ id: 'ws_0VbPm1Qa7RkT3xLe', name: 'Acme Tools', role: 'admin', current: true }],
  });

export const SwitchWorkspaceBody = z.strictObject({ workspace_id: z.string().max(100) }).meta({
  description: 'The workspace to switch this session to; the user must belong to it.',
  examples: [{ workspace_id: 'ws_0VbPm1Qa7RkT3xLe' }],
});
