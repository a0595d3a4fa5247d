import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { browse, newBrowser, signUpBrowser } from '../../../test/helpers/dashboard-client.js';
import { ENGINES_AND_QUEUES } from '../../../test/helpers/engines.js';
import { readOutbox } from '../../../test/helpers/mail.js';
import { joinAs } from '../../../test/helpers/members.js';
import { jobHandlers } from '../../worker.js';

describe.each(ENGINES_AND_QUEUES)('members and invitations on $name', ({ dialect, env }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { ...env, GRIVO_PUBLIC_URL: 'https://grivo.example.com' });
    t.services.queue.work(jobHandlers(t.services));
  });
  afterAll(() => t.close());

  const mailTo = async (email: string) => {
    for (let i = 0; i < 400; i++) {
      const mail = (await readOutbox(t.database.dataDir)).find((m) => m.to && JSON.stringify(m.to).includes(email));
      if (mail) return mail;
      await sleep(25);
    }
    throw new Error(`no email to ${email}`);
  };
  const auditActions = async (workspaceId: string) =>
    (
      await t.database.db.selectFrom('audit_log').select('action').where('workspace_id', '=', workspaceId).execute()
    ).map((r) => r.action);

  it('mails a plain invitation naming workspace and inviter; a new person sets a password and is signed in', async () => {
    const owner = await signUpBrowser(t);
    const email = `new.${Date.now()}@example.com`;
    const invited = await browse(t, owner.browser, 'POST', '/dashboard/invitations', { email, role: 'admin' });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({ email, role: 'admin', accepted_at: null, revoked_at: null });
    const stored = await t.database.db
      .selectFrom('invitations')
      .selectAll()
      .where('id', '=', invited.json().id)
      .executeTakeFirstOrThrow();

    const mail = await mailTo(email);
    expect(mail.subject).toContain(owner.session.workspace.name);
    expect(mail.text).toContain('Ada');
    expect(mail.text).toContain('as an admin');
    const token = decodeURIComponent(/\/invite\?token=([^\s"<]+)/.exec(mail.text!)![1]!);
    expect(stored.token_hash).not.toContain(token.split('.')[1]);

    expect((await browse(t, undefined, 'POST', '/dashboard/invitations/accept', { token })).json().error).toMatchObject(
      {
        code: 'invalid_request',
        param: 'password',
      },
    );
    const fresh = newBrowser();
    const accepted = await browse(t, fresh, 'POST', '/dashboard/invitations/accept', {
      token,
      password: 'a long new passphrase',
      name: 'Sam',
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      user: { email, name: 'Sam' },
      workspace: { id: owner.session.workspace.id, role: 'admin' },
    });
    expect((await browse(t, fresh, 'GET', '/dashboard/session')).json().workspace.role).toBe('admin');

    const again = await browse(t, newBrowser(), 'POST', '/dashboard/invitations/accept', {
      token,
      password: 'whatever passphrase',
    });
    expect(again.json().error).toMatchObject({
      code: 'invalid_token',
      message: 'This invitation was already used. Sign in instead.',
    });
    const members = (await browse(t, owner.browser, 'GET', '/dashboard/members')).json();
    expect(members.data.map((m: { role: string }) => m.role)).toEqual(['owner', 'admin']);
    expect(await auditActions(owner.session.workspace.id)).toEqual(
      expect.arrayContaining(['member.invited', 'member.joined']),
    );
  });

  it('refuses a member address, re-sends to a pending one, revokes, and refuses bad or revoked tokens', async () => {
    const owner = await signUpBrowser(t);
    const dup = await browse(t, owner.browser, 'POST', '/dashboard/invitations', { email: owner.email.toUpperCase() });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('already_member');
    const bad = await browse(t, owner.browser, 'POST', '/dashboard/invitations', { email: 'not an address' });
    expect(bad.json().error).toMatchObject({ code: 'invalid_request', param: 'email' });

    const email = `twice.${Date.now()}@example.com`;
    const first = (await browse(t, owner.browser, 'POST', '/dashboard/invitations', { email })).json();
    const second = (await browse(t, owner.browser, 'POST', '/dashboard/invitations', { email })).json();
    const pending = (await browse(t, owner.browser, 'GET', '/dashboard/invitations')).json();
    expect(pending.data.map((i: { id: string }) => i.id)).toEqual([second.id]);
    expect(first.id).not.toBe(second.id);

    const revoked = await browse(t, owner.browser, 'DELETE', `/dashboard/invitations/${second.id}`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revoked_at).not.toBeNull();
    expect((await browse(t, owner.browser, 'GET', '/dashboard/invitations')).json().data).toEqual([]);
    const { invitationToken } = await import('./invite-token.js');
    const token = invitationToken(t.services.signer.secret, second.id);
    const refused = await browse(t, newBrowser(), 'POST', '/dashboard/invitations/accept', {
      token,
      password: 'a long passphrase',
    });
    expect(refused.json().error.code).toBe('invalid_token');
    expect(refused.json().error.message).toContain('withdrawn');
    const forged = await browse(t, newBrowser(), 'POST', '/dashboard/invitations/accept', {
      token: `${second.id}.AAAA`,
      password: 'a long passphrase',
    });
    expect(forged.json().error.code).toBe('invalid_token');

    await t.database.db
      .updateTable('invitations')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString(), revoked_at: null })
      .where('id', '=', second.id)
      .execute();
    const expired = await browse(t, newBrowser(), 'POST', '/dashboard/invitations/accept', {
      token,
      password: 'a long passphrase',
    });
    expect(expired.json().error.message).toContain('expired');
    expect(await auditActions(owner.session.workspace.id)).toContain('invitation.revoked');
  });

  it('lets an existing account join by password or by its own session, and switch workspaces', async () => {
    const owner = await signUpBrowser(t);
    const other = await signUpBrowser(t);
    const inv = (
      await browse(t, owner.browser, 'POST', '/dashboard/invitations', { email: other.email, role: 'member' })
    ).json();
    const { invitationToken } = await import('./invite-token.js');
    const token = invitationToken(t.services.signer.secret, inv.id);
    const noProof = await browse(t, newBrowser(), 'POST', '/dashboard/invitations/accept', { token });
    expect(noProof.json().error.code).toBe('invalid_credentials');
    const wrong = await browse(t, newBrowser(), 'POST', '/dashboard/invitations/accept', {
      token,
      password: 'not the password',
    });
    expect(wrong.json().error.code).toBe('invalid_credentials');
    const joined = await browse(t, other.browser, 'POST', '/dashboard/invitations/accept', { token });
    expect(joined.json().workspace).toMatchObject({ id: owner.session.workspace.id, role: 'member' });

    const mine = (await browse(t, other.browser, 'GET', '/dashboard/workspaces')).json();
    expect(mine.data).toEqual([
      { id: other.session.workspace.id, name: other.session.workspace.name, role: 'owner', current: false },
      { id: owner.session.workspace.id, name: owner.session.workspace.name, role: 'member', current: true },
    ]);
    const back = await browse(t, other.browser, 'POST', '/dashboard/session/workspace', {
      workspace_id: other.session.workspace.id,
    });
    expect(back.json().workspace).toMatchObject({ id: other.session.workspace.id, role: 'owner' });
    const notMine = await browse(t, other.browser, 'POST', '/dashboard/session/workspace', { workspace_id: 'ws_nope' });
    expect(notMine.statusCode).toBe(404);
  });

  it('changes roles, transfers ownership, refuses to touch the owner, and removing ends sessions', async () => {
    const owner = await signUpBrowser(t);
    const admin = await joinAs(t, owner.browser, 'admin');
    const member = await joinAs(t, owner.browser, 'member');
    const ownerId = owner.session.user.id;
    const path = (id: string) => `/dashboard/members/${id}`;

    const toOwnerByAdmin = await browse(t, admin.browser, 'PATCH', path(admin.session.user.id), { role: 'owner' });
    expect(toOwnerByAdmin.json().error.code).toBe('forbidden');
    for (const [method, payload] of [
      ['PATCH', { role: 'member' }],
      ['DELETE', undefined],
    ] as const) {
      const res = await browse(t, admin.browser, method, path(ownerId), payload);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toContain('Transfer ownership');
    }
    expect((await browse(t, owner.browser, 'DELETE', path(ownerId))).statusCode).toBe(403);

    const promoted = await browse(t, admin.browser, 'PATCH', path(member.session.user.id), { role: 'admin' });
    expect(promoted.json().role).toBe('admin');
    const demoted = await browse(t, owner.browser, 'PATCH', path(member.session.user.id), { role: 'member' });
    expect(demoted.json().role).toBe('member');
    expect((await browse(t, owner.browser, 'PATCH', path('usr_nope'), { role: 'admin' })).statusCode).toBe(404);

    const handed = await browse(t, owner.browser, 'PATCH', path(admin.session.user.id), { role: 'owner' });
    expect(handed.json().role).toBe('owner');
    expect((await browse(t, owner.browser, 'GET', '/dashboard/session')).json().workspace.role).toBe('admin');
    expect((await browse(t, admin.browser, 'GET', '/dashboard/session')).json().workspace.role).toBe('owner');

    expect((await browse(t, admin.browser, 'DELETE', path(member.session.user.id))).statusCode).toBe(204);
    expect((await browse(t, member.browser, 'GET', '/dashboard/session')).json().error.code).toBe('not_signed_in');
    expect(await auditActions(owner.session.workspace.id)).toEqual(
      expect.arrayContaining(['member.role_changed', 'workspace.ownership_transferred', 'member.removed']),
    );
  });
});
