import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useAction, useApi } from '../../api/hooks';
import { useSession } from '../../api/session';
import { Button } from '../../ui/buttons';
import { ErrorNote, formErrors, Notice, Pending, useFocusInvalid } from '../../ui/feedback';
import { Select, TextArea, TextField } from '../../ui/fields';
import { readWorkspace, saveWorkspace } from './account-api';
import type { Workspace } from './types';

// The form's fields by parameter, with their labels (errors name them as people see them).
const FIELDS = {
  name: 'Workspace name',
  time_zone: 'Time zone',
  postal_address: 'Postal address',
  default_from_name: 'Sender name',
  default_from_email: 'Sender email address',
};

type Draft = Record<'name' | 'time_zone' | 'postal_address' | 'default_from_name' | 'default_from_email', string>;

const draftOf = (w: Workspace): Draft => ({
  name: w.name,
  time_zone: w.time_zone,
  postal_address: w.postal_address ?? '',
  default_from_name: w.default_from_name ?? '',
  default_from_email: w.default_from_email ?? '',
});

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The workspace's name, the sender and postal address of its emails, and its time zone. */
export function WorkspacePage() {
  const { session, signedIn } = useSession();
  const { data, error: loadError, reload } = useApi(readWorkspace());
  const [draft, setDraft] = useState<Draft>();
  const [saved, setSaved] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const save = useAction(saveWorkspace);
  useFocusInvalid(form, save.error);
  useEffect(() => {
    if (data) setDraft(draftOf(data));
  }, [data]);
  const zones = useMemo(() => ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')], []);

  if (!draft) return <Pending error={loadError} reload={reload} />;
  const canEdit = session?.workspace.role !== 'member';
  const errors = formErrors(save.error, FIELDS);
  const set = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft({ ...draft, ...patch });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setSaved(false);
    const result = await save.run({
      name: draft.name,
      time_zone: draft.time_zone,
      postal_address: orNull(draft.postal_address),
      default_from_name: orNull(draft.default_from_name),
      default_from_email: orNull(draft.default_from_email),
    });
    if (result) {
      setDraft(draftOf(result));
      setSaved(true);
      if (session)
        signedIn({ ...session, workspace: { ...session.workspace, name: result.name, time_zone: result.time_zone } });
    }
  }

  return (
    <form ref={form} className="panel stack" onSubmit={submit} noValidate aria-labelledby="workspace-title">
      <h2 id="workspace-title">Workspace</h2>
      {!canEdit && <Notice>Only an owner or admin of this workspace can change these settings.</Notice>}
      <fieldset disabled={!canEdit} className="plain-fieldset stack">
        <TextField
          label="Workspace name"
          hint="Your business or team. Shown in the dashboard and, unless you set a sender name, on your emails."
          required
          maxLength={100}
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
          error={errors.field('name')}
        />
        <Select
          label="Time zone"
          hint="Schedules and hourly figures are shown in this time zone."
          value={draft.time_zone}
          onChange={(e) => set({ time_zone: e.target.value })}
          error={errors.field('time_zone')}
        >
          {(zones.includes(draft.time_zone) ? zones : [draft.time_zone, ...zones]).map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </Select>
        <TextField
          label="Sender name"
          hint="The name your emails come from when a campaign or email gives none."
          maxLength={100}
          value={draft.default_from_name}
          onChange={(e) => set({ default_from_name: e.target.value })}
          error={errors.field('default_from_name')}
        />
        <TextField
          label="Sender email address"
          type="email"
          hint="The address your emails come from when they give none."
          value={draft.default_from_email}
          onChange={(e) => set({ default_from_email: e.target.value })}
          error={errors.field('default_from_email')}
        />
        <TextArea
          label="Postal address"
          hint="Shown at the bottom of your emails and on the unsubscribe page, as the law in many countries asks."
          rows={3}
          maxLength={500}
          value={draft.postal_address}
          onChange={(e) => set({ postal_address: e.target.value })}
          error={errors.field('postal_address')}
        />
        <ErrorNote error={errors.general} />
        {saved && <Notice tone="success">Saved.</Notice>}
        <div>
          <Button type="submit" variant="primary" pending={save.pending}>
            Save
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
