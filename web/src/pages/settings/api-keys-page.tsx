import { useState, type FormEvent } from 'react';
import { useAction, useApi } from '../../api/hooks';
import { useSession } from '../../api/session';
import { Button, ConfirmDialog, CopyButton } from '../../ui/buttons';
import { EmptyState, ErrorNote, fieldError, Loading, Notice, StatusBadge } from '../../ui/feedback';
import { TextField } from '../../ui/fields';
import { formatDate } from '../../ui/format';
import { createApiKey, readApiKeys, revokeApiKey } from './api';
import type { ApiKey, CreatedApiKey } from './types';
import { TableWrap } from '../../ui/table-wrap';

/** Create (secret shown once), list, and revoke the workspace's API keys. */
export function ApiKeysPage() {
  const role = useSession().session?.workspace.role;
  const manages = role === 'owner' || role === 'admin';
  const keys = useApi(manages ? readApiKeys() : null);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<CreatedApiKey>();
  const [revoking, setRevoking] = useState<ApiKey>();
  const create = useAction(createApiKey);
  const revoke = useAction(revokeApiKey);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const key = await create.run({ name: name.trim() || undefined });
    if (key) {
      setCreated(key);
      setName('');
      await keys.reload(true);
    }
  };
  const confirmRevoke = async () => {
    if (!revoking) return;
    if (await revoke.run(revoking.id)) {
      setRevoking(undefined);
      await keys.reload(true);
    }
  };

  if (!manages)
    return (
      <Notice>Only an owner or admin of this workspace can manage API keys. Ask one of them if you need a key.</Notice>
    );
  return (
    <div className="stack">
      <section className="panel" aria-labelledby="new-key">
        <h2 id="new-key">Create an API key</h2>
        <p className="muted">
          Keys let your servers call the Grivo API with <code>Authorization: Bearer YOUR_API_KEY</code>. Never put a key
          in a web page or app.
        </p>
        <form onSubmit={submit} className="row">
          <TextField
            label="Key name"
            placeholder="Production server"
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={fieldError(create.error, 'name')}
          />
          <Button type="submit" variant="primary" pending={create.pending}>
            Create key
          </Button>
        </form>
        <ErrorNote error={fieldError(create.error, 'name') ? undefined : create.error} />
        {created && (
          <div className="stack new-secret">
            <Notice tone="success">
              Copy your new key <strong>{created.name}</strong> now: it will not be shown again.
            </Notice>
            <div className="row">
              <figure className="secret-figure" aria-label="New API key">
                <code className="secret">{created.secret}</code>
              </figure>
              <CopyButton text={created.secret} label="Copy key" />
              <Button variant="link" onClick={() => setCreated(undefined)}>
                I have copied it
              </Button>
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="key-list">
        <h2 id="key-list">Your keys</h2>
        {keys.loading && !keys.data ? <Loading /> : <ErrorNote error={keys.error} />}
        {keys.data && keys.data.data.length === 0 && (
          <EmptyState title="No API keys yet">Create a key above to call the API from your own servers.</EmptyState>
        )}
        {keys.data && keys.data.data.length > 0 && (
          <TableWrap>
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Key</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {keys.data.data.map((key) => (
                  <tr key={key.id}>
                    <td>{key.name}</td>
                    <td>
                      <code>{key.prefix}…</code>
                    </td>
                    <td>{formatDate(key.created_at)}</td>
                    <td>{key.last_used_at ? formatDate(key.last_used_at) : 'Never'}</td>
                    <td>
                      {key.revoked_at ? (
                        <StatusBadge status="revoked" />
                      ) : (
                        <Button variant="link" onClick={() => setRevoking(key)} aria-label={`Revoke ${key.name}`}>
                          Revoke
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

      <ConfirmDialog
        open={revoking !== undefined}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        confirmLabel="Revoke key"
        pending={revoke.pending}
        onConfirm={() => void confirmRevoke()}
        onCancel={() => setRevoking(undefined)}
      >
        <p>Requests made with this key will be refused from now on. This cannot be undone.</p>
        <ErrorNote error={revoke.error} />
      </ConfirmDialog>
    </div>
  );
}
