import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { confirmPasswordReset, requestPasswordReset } from '../../api/auth';
import { ApiFailure } from '../../api/client';
import { useAction } from '../../api/hooks';
import { useSession } from '../../api/session';
import { Button } from '../../ui/buttons';
import { ErrorNote, fieldError, Notice } from '../../ui/feedback';
import { TextField } from '../../ui/fields';
import { AuthFrame } from './auth-pages';

/** "Forgot your password?": asks for the address and says what happens next, the same for any address. */
export function ForgotPasswordPage() {
  const initial = (useLocation().state as { email?: string } | null)?.email ?? '';
  const [email, setEmail] = useState(initial);
  const [sent, setSent] = useState<string>();
  const request = useAction(requestPasswordReset);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!email.includes('@')) {
      request.setError(ApiFailure.plain('Enter the email address you sign in with.', 'email'));
      return;
    }
    const answer = await request.run(email.trim());
    if (answer) setSent(answer.message);
  };
  return (
    <AuthFrame title="Reset your password">
      {sent ? (
        <Notice tone="success">{sent}</Notice>
      ) : (
        <form onSubmit={submit} noValidate>
          <p>Enter the email address you sign in with, and we will send you a link to choose a new password.</p>
          <ErrorNote error={fieldError(request.error, 'email') ? undefined : request.error} />
          <TextField
            label="Email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fieldError(request.error, 'email')}
          />
          <Button type="submit" variant="primary" pending={request.pending}>
            Send the link
          </Button>
        </form>
      )}
      <p>
        <Link to="/login">Back to sign in</Link>
      </p>
    </AuthFrame>
  );
}

/** The page a reset email links to: choose a new password, and be signed in. */
export function ResetPasswordPage() {
  const token = useSearchParams()[0].get('token') ?? '';
  const { signedIn } = useSession();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [done, setDone] = useState(false);
  const confirm = useAction(confirmPasswordReset);
  // Shown even to a signed-in browser: the link is the person's way to a new password either way.
  if (done) return <Navigate to="/" replace />;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (password !== again) {
      confirm.setError(ApiFailure.plain('The two passwords are not the same.', 'again'));
      return;
    }
    const s = await confirm.run({ token, password });
    if (s) {
      signedIn(s);
      setDone(true);
    }
  };
  const expired = confirm.error instanceof ApiFailure && confirm.error.code === 'invalid_token';
  if (!token || expired)
    return (
      <AuthFrame title="This link does not work">
        <p>
          Password reset links work for an hour, once, and only the newest one you asked for. Ask for a new link and use
          it straight away.
        </p>
        <p>
          <Link to="/forgot-password">Send me a new link</Link>
        </p>
      </AuthFrame>
    );
  return (
    <AuthFrame title="Choose a new password">
      <form onSubmit={submit} noValidate>
        <p>You will be signed out everywhere else, and signed in here.</p>
        <ErrorNote
          error={['password', 'again'].some((p) => fieldError(confirm.error, p)) ? undefined : confirm.error}
        />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 10 characters."
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError(confirm.error, 'password')}
        />
        <TextField
          label="The same password again"
          type="password"
          autoComplete="new-password"
          required
          value={again}
          onChange={(e) => setAgain(e.target.value)}
          error={fieldError(confirm.error, 'again')}
        />
        <Button type="submit" variant="primary" pending={confirm.pending}>
          Set the password and sign in
        </Button>
      </form>
    </AuthFrame>
  );
}
