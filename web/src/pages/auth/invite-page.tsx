import { useState, type FormEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { ApiFailure } from '../../api/client';
import { useAction } from '../../api/hooks';
import { useSession } from '../../api/session';
import { Button } from '../../ui/buttons';
import { ErrorNote, fieldError, Notice } from '../../ui/feedback';
import { TextField } from '../../ui/fields';
import { acceptInvitation } from '../settings/members-api';
import { AuthFrame } from './auth-pages';

/**
 * The page an invitation email links to. Someone new chooses a password (and a
 * name); someone with an account is signed in as it, or gives its password.
 */
export function InvitePage() {
  const token = useSearchParams()[0].get('token') ?? '';
  const { session, signedIn } = useSession();
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [done, setDone] = useState(false);
  const accept = useAction(acceptInvitation);
  if (done) return <Navigate to="/" replace />;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const s = await accept.run({
      token,
      ...(password ? { password } : {}),
      ...(name.trim() ? { name: name.trim() } : {}),
    });
    if (s) {
      signedIn(s);
      setDone(true);
    }
  };
  const failure = accept.error instanceof ApiFailure ? accept.error : undefined;
  if (!token || failure?.code === 'invalid_token')
    return (
      <AuthFrame title="This invitation does not work">
        <p>{failure?.message ?? 'The link is missing its token. Open the link from the invitation email again.'}</p>
        <p>
          <Link to="/login">Sign in</Link>
        </p>
      </AuthFrame>
    );
  const hasAccount = failure?.code === 'invalid_credentials';
  return (
    <AuthFrame title="Join the workspace">
      <form onSubmit={submit} noValidate className="stack">
        {session ? (
          <p>
            You are signed in as {session.user.email}. If the invitation was sent to this address, just accept it;
            otherwise enter the password of the invited account.
          </p>
        ) : (
          <p>
            New to Grivo? Choose a password (and your name) to create your account. Already have an account with the
            invited address? Enter its password.
          </p>
        )}
        {hasAccount && <Notice tone="warning">{failure?.message}</Notice>}
        <ErrorNote error={hasAccount || fieldError(accept.error, 'password') ? undefined : accept.error} />
        {!hasAccount && (
          <TextField
            label="Your name (optional)"
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        )}
        <TextField
          label={hasAccount ? 'Password of your account' : 'Password'}
          type="password"
          autoComplete={hasAccount ? 'current-password' : 'new-password'}
          hint={hasAccount ? undefined : 'At least 10 characters.'}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError(accept.error, 'password')}
        />
        <Button type="submit" variant="primary" pending={accept.pending}>
          Accept the invitation
        </Button>
      </form>
    </AuthFrame>
  );
}
