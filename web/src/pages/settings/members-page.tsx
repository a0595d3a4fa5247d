import { useState, type FormEvent } from 'react';
import { useAction, useApi } from '../../api/hooks';
import { useSession } from '../../api/session';
import { Button, ConfirmDialog } from '../../ui/buttons';
import { DangerAction, DangerZone } from '../../ui/danger-zone';
import { EmptyState, ErrorNote, fieldError, Loading, Notice } from '../../ui/feedback';
import { Select, TextField } from '../../ui/fields';
import { formatDate } from '../../ui/format';
import { TableWrap } from '../../ui/table-wrap';
import {
  changeRole,
  invite,
  type Invitation,
  type Member,
  readInvitations,
  readMembers,
  removeMember,
  revokeInvitation,
  ROLE_LABEL,
} from './members-api';

/** The workspace's members and their roles, pending invitations, the invite form, and handing over ownership. */
export function MembersPage() {
  const { session, signedIn } = useSession();
  const role = session?.workspace.role;
  const manages = role === 'owner' || role === 'admin';
  const members = useApi(readMembers());
  const invitations = useApi(manages ? readInvitations() : null);
  const [removing, setRemoving] = useState<Member>();
  const [revoking, setRevoking] = useState<Invitation>();
  const [heir, setHeir] = useState('');
  const [handing, setHanding] = useState(false);
  const setRole = useAction(changeRole);
  const remove = useAction(removeMember);
  const revoke = useAction(revokeInvitation);
  const handOver = useAction(changeRole);
  const me = session?.user.id;
  const others = members.data?.data.filter((m) => m.user_id !== me) ?? [];

  const reloadAll = async () => {
    await members.reload(true);
    if (manages) await invitations.reload(true);
  };
  const confirmRemove = async () => {
    if (removing && (await remove.run(removing.user_id))) {
      setRemoving(undefined);
      await members.reload(true);
    }
  };
  const confirmRevoke = async () => {
    if (revoking && (await revoke.run(revoking.id))) {
      setRevoking(undefined);
      await invitations.reload(true);
    }
  };
  const confirmHandOver = async () => {
    if (heir && (await handOver.run(heir, 'owner'))) {
      setHanding(false);
      setHeir('');
      if (session) signedIn({ ...session, workspace: { ...session.workspace, role: 'admin' } });
      await members.reload(true);
    }
  };

  return (
    <div className="stack">
      {!manages && (
        <Notice>Only an owner or admin can invite people, change roles or remove members. Ask one of them.</Notice>
      )}
      {manages && <InviteForm onInvited={reloadAll} />}

      <section aria-labelledby="member-list">
        <h2 id="member-list">Members</h2>
        {members.loading && !members.data ? <Loading /> : <ErrorNote error={members.error} />}
        <ErrorNote error={setRole.error} />
        {members.data && (
          <TableWrap>
            <table>
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Role</th>
                  <th scope="col">Joined</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {members.data.data.map((m) => (
                  <tr key={m.user_id}>
                    <td>
                      {m.name ?? m.email}
                      {m.user_id === me && ' (you)'}
                      {m.name && <div className="muted">{m.email}</div>}
                    </td>
                    <td>
                      {manages && m.role !== 'owner' ? (
                        <select
                          aria-label={`Role of ${m.name ?? m.email}`}
                          className="member-role"
                          value={m.role}
                          disabled={setRole.pending}
                          onChange={async (e) => {
                            if (await setRole.run(m.user_id, e.target.value as 'admin' | 'member'))
                              await members.reload(true);
                          }}
                        >
                          <option value="admin">Admin</option>
                          <option value="member">Member</option>
                        </select>
                      ) : (
                        ROLE_LABEL[m.role]
                      )}
                    </td>
                    <td>{formatDate(m.joined_at)}</td>
                    <td>
                      {manages && m.role !== 'owner' && (
                        <Button variant="link" onClick={() => setRemoving(m)} aria-label={`Remove ${m.email}`}>
                          Remove
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      {manages && (
        <section aria-labelledby="invitation-list">
          <h2 id="invitation-list">Pending invitations</h2>
          {invitations.loading && !invitations.data ? <Loading /> : <ErrorNote error={invitations.error} />}
          {invitations.data?.data.length === 0 && (
            <EmptyState title="No pending invitations">Invite someone above: they get a link by email.</EmptyState>
          )}
          {invitations.data && invitations.data.data.length > 0 && (
            <TableWrap>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col">Link works until</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {invitations.data.data.map((i) => (
                    <tr key={i.id}>
                      <td>{i.email}</td>
                      <td>{ROLE_LABEL[i.role]}</td>
                      <td>{formatDate(i.expires_at)}</td>
                      <td>
                        <Button
                          variant="link"
                          onClick={() => setRevoking(i)}
                          aria-label={`Revoke the invitation of ${i.email}`}
                        >
                          Revoke
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </section>
      )}

      {role === 'owner' && (
        <DangerZone>
          <DangerAction
            title="Transfer ownership"
            trigger={
              others.length === 0 ? (
                <p className="muted">Invite someone first: ownership goes to another member.</p>
              ) : (
                <div className="stack">
                  <Select label="New owner" value={heir} onChange={(e) => setHeir(e.target.value)}>
                    <option value="">Choose a member…</option>
                    {others.map((m) => (
                      <option key={m.user_id} value={m.user_id}>
                        {m.name ? `${m.name} (${m.email})` : m.email}
                      </option>
                    ))}
                  </Select>
                  <Button variant="danger-secondary" disabled={!heir} onClick={() => setHanding(true)}>
                    Transfer ownership
                  </Button>
                </div>
              )
            }
          >
            The new owner can do everything you can, including handing the workspace on. You become an admin.
          </DangerAction>
        </DangerZone>
      )}

      <ConfirmDialog
        open={removing !== undefined}
        title={`Remove ${removing?.email ?? ''}?`}
        confirmLabel="Remove member"
        pending={remove.pending}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setRemoving(undefined)}
      >
        <p>They lose access to this workspace at once and are signed out of it. You can invite them again later.</p>
        <ErrorNote error={remove.error} />
      </ConfirmDialog>
      <ConfirmDialog
        open={revoking !== undefined}
        title={`Revoke the invitation of ${revoking?.email ?? ''}?`}
        confirmLabel="Revoke invitation"
        pending={revoke.pending}
        onConfirm={() => void confirmRevoke()}
        onCancel={() => setRevoking(undefined)}
      >
        <p>The link in their email stops working.</p>
        <ErrorNote error={revoke.error} />
      </ConfirmDialog>
      <ConfirmDialog
        open={handing}
        title="Transfer ownership?"
        confirmLabel="Transfer ownership"
        pending={handOver.pending}
        onConfirm={() => void confirmHandOver()}
        onCancel={() => setHanding(false)}
      >
        <p>
          {others.find((m) => m.user_id === heir)?.email} becomes the owner of this workspace and you become an admin.
          Only the new owner can hand it back.
        </p>
        <ErrorNote error={handOver.error} />
      </ConfirmDialog>
    </div>
  );
}

function InviteForm({ onInvited }: { onInvited: () => Promise<void> }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'admin' | 'member'>('member');
  const [sent, setSent] = useState<string>();
  const send = useAction(invite);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await send.run({ email: email.trim(), role });
    if (done) {
      setSent(done.email);
      setEmail('');
      await onInvited();
    }
  };
  return (
    <section className="panel" aria-labelledby="invite">
      <h2 id="invite">Invite someone</h2>
      <p className="muted">
        They get an email with a link that works for 7 days. Members use the workspace; admins also manage keys, members
        and exports.
      </p>
      <form onSubmit={submit} className="row invite-form">
        <TextField
          label="Email address"
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(send.error, 'email')}
        />
        <Select label="Role" value={role} onChange={(e) => setRole(e.target.value as 'admin' | 'member')}>
          <option value="member">Member</option>
          <option value="admin">Admin</option>
        </Select>
        <Button type="submit" variant="primary" pending={send.pending}>
          Send invitation
        </Button>
      </form>
      <ErrorNote error={fieldError(send.error, 'email') ? undefined : send.error} />
      {sent && <Notice tone="success">Invitation sent to {sent}.</Notice>}
    </section>
  );
}
