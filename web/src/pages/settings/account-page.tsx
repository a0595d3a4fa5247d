import { useRef, useState, type FormEvent } from 'react';
import { useAction } from '../../api/hooks';
import { useSession } from '../../api/session';
import { Button } from '../../ui/buttons';
import { ErrorNote, formErrors, Notice, useFocusInvalid } from '../../ui/feedback';
import { TextField } from '../../ui/fields';
import { saveAccount } from './account-api';

// The form's fields by parameter, with their labels (errors name them as people see them).
const FIELDS = { name: 'Your name', email: 'Email', password: 'New password', current_password: 'Current password' };

/** The signed-in person's name, email address and password. */
export function AccountPage() {
  const { session, signedIn } = useSession();
  const [name, setName] = useState(session?.user.name ?? '');
  const [email, setEmail] = useState(session?.user.email ?? '');
  const [password, setPassword] = useState('');
  const [current, setCurrent] = useState('');
  const [saved, setSaved] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  const save = useAction(saveAccount);
  useFocusInvalid(form, save.error);
  if (!session) return null;
  const changesLogin = email.trim() !== session.user.email || password !== '';
  const errors = formErrors(save.error, FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(undefined);
    const result = await save.run({
      name: name.trim() === '' ? null : name,
      ...(email.trim() !== session?.user.email ? { email: email.trim() } : {}),
      ...(password ? { password } : {}),
      ...(changesLogin ? { current_password: current } : {}),
    });
    if (result) {
      signedIn(result);
      setSaved(password ? 'Saved. Your password is changed, and you were signed out on every other device.' : 'Saved.');
      setPassword('');
      setCurrent('');
    }
  }

  return (
    <form ref={form} className="panel stack" onSubmit={submit} noValidate aria-labelledby="account-title">
      <h2 id="account-title">Your account</h2>
      <TextField
        label="Your name"
        autoComplete="name"
        maxLength={100}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.field('name')}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        hint="You sign in with it, and password reset links are sent to it."
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.field('email')}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="Leave empty to keep your password. At least 10 characters."
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.field('password')}
      />
      {changesLogin && (
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          hint="Needed to change your email or password."
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={errors.field('current_password')}
        />
      )}
      <ErrorNote error={errors.general} />
      {saved && <Notice tone="success">{saved}</Notice>}
      <div>
        <Button type="submit" variant="primary" pending={save.pending}>
          Save
        </Button>
      </div>
    </form>
  );
}
