import { useId } from 'react';
import { useNavigate } from 'react-router';
import { useAction, useApi } from '../api/hooks';
import { useSession } from '../api/session';
import { readMyWorkspaces, ROLE_LABEL, switchWorkspace } from '../pages/settings/members-api';
import { ErrorNote } from './feedback';

/** Lets someone in several workspaces move between them; shows nothing for someone in one. */
export function WorkspaceSwitcher() {
  const { session, signedIn } = useSession();
  const mine = useApi(readMyWorkspaces());
  const change = useAction(switchWorkspace);
  const navigate = useNavigate();
  const id = useId();
  const list = mine.data?.data ?? [];
  if (list.length < 2 || !session) return null;
  return (
    <div className="workspace-switcher">
      <label htmlFor={id}>Workspace</label>
      <select
        id={id}
        value={session.workspace.id}
        disabled={change.pending}
        onChange={async (e) => {
          const s = await change.run(e.target.value);
          if (s) {
            signedIn(s);
            navigate('/');
            await mine.reload(true);
          }
        }}
      >
        {list.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name} ({ROLE_LABEL[w.role]})
          </option>
        ))}
      </select>
      <ErrorNote error={change.error} />
    </div>
  );
}
