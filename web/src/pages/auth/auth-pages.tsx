import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { login as signIn, signup as signUp } from '../../api/auth';
import { useAction } from '../../api/hooks';
import { useSession } from '../../api/session';
import { Button } from '../../ui/buttons';
import { ErrorNote, fieldError, Loading } from '../../ui/feedback';
import { TextField } from '../../ui/fields';

export function AuthFrame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="auth">
      <div className="auth-card">
        <div className="brand">Grivo</div>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

/**
 * Where to go after signing in: back to the page that sent the user here, or
 * the home page. Only a path of this site (never `//elsewhere`), so a link cannot
 * send someone signing in off to another site.
 */
function useAfterSignIn(): string {
  const from = (useLocation().state as { from?: string } | null)?.from;
  const local = from?.startsWith('/') && !from.startsWith('//') && !from.startsWith('/\\');
  return local && !['/login', '/signup'].includes(from!) ? from! : '/';
}

export function LoginPage() {
  const { session, signedIn } = useSession();
  const target = useAfterSignIn();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useAction(signIn);
  if (session === undefined) return <Loading />;
  // Signing in sets the session, and this re-render takes the user on.
  if (session) return <Navigate to={target} replace />;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const s = await login.run({ email, password });
    if (s) signedIn(s);
  };
  return (
    <AuthFrame title="Sign in">
      <form onSubmit={submit} noValidate>
        <ErrorNote error={login.error} />
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button type="submit" variant="primary" pending={login.pending}>
          Sign in
        </Button>
      </form>
      <p>
        <Link to="/forgot-password" state={{ email }}>
          Forgot password?
        </Link>
      </p>
      <p>
        {/* Keeps the page that asked for a session, so signing up lands there too. */}
        New to Grivo?{' '}
        <Link to="/signup" state={location.state}>
          Create an account
        </Link>
      </p>
    </AuthFrame>
  );
}

export function SignupPage() {
  const { session, signedIn } = useSession();
  const target = useAfterSignIn();
  const location = useLocation();
  const [form, setForm] = useState({ name: '', email: '', password: '', workspace_name: '' });
  const signup = useAction(signUp);
  if (session === undefined) return <Loading />;
  // Signing in sets the session, and this re-render takes the user on.
  if (session) return <Navigate to={target} replace />;
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setForm({ ...form, [key]: e.target.value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const s = await signup.run({
      ...form,
      name: form.name || undefined,
      workspace_name: form.workspace_name || undefined,
    });
    if (s) signedIn(s);
  };
  const err = signup.error;
  return (
    <AuthFrame title="Create your account">
      <form onSubmit={submit} noValidate>
        <ErrorNote
          error={
            err && !['email', 'password', 'name', 'workspace_name'].some((p) => fieldError(err, p)) ? err : undefined
          }
        />
        <TextField
          label="Your name"
          autoComplete="name"
          value={form.name}
          onChange={set('name')}
          error={fieldError(err, 'name')}
        />
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          required
          value={form.email}
          onChange={set('email')}
          error={fieldError(err, 'email')}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 10 characters."
          value={form.password}
          onChange={set('password')}
          error={fieldError(err, 'password')}
        />
        <TextField
          label="Company or workspace name"
          hint="You can change it later."
          value={form.workspace_name}
          onChange={set('workspace_name')}
          error={fieldError(err, 'workspace_name')}
        />
        <Button type="submit" variant="primary" pending={signup.pending}>
          Create account
        </Button>
      </form>
      <p>
        Already have an account?{' '}
        <Link to="/login" state={location.state}>
          Sign in
        </Link>
      </p>
    </AuthFrame>
  );
}
