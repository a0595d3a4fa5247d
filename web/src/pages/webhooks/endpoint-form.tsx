import { useRef, useState, type FormEvent } from 'react';
import { Button } from '../../ui/buttons';
import { ErrorNote, formErrors, useFocusInvalid } from '../../ui/feedback';
import { TextField, UrlField } from '../../ui/fields';
import { completeUrl } from '../../ui/validate';
import { endpointFieldError } from './describe';
import { EventPicker } from './event-picker';
import type { EndpointBody } from './api';
import type { EventChoice } from './types';

/** The URL, events and description of an endpoint: to add one, or to change one. */
export function EndpointForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: EndpointBody;
  submitLabel: string;
  pending: boolean;
  error: Error | undefined;
  onSubmit(body: EndpointBody): void;
  onCancel?(): void;
}) {
  const [url, setUrl] = useState(initial?.url ?? '');
  const [events, setEvents] = useState<EventChoice[]>(initial?.events ?? ['*']);
  const [description, setDescription] = useState(initial?.description ?? '');
  const [localError, setLocalError] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  const errors = formErrors(error, { url: 'Endpoint URL', events: 'Events', description: 'Description' });
  useFocusInvalid(form, error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (events.length === 0) {
      setLocalError('Choose at least one event, or “All events”.');
      form.current?.querySelector<HTMLElement>('.wh-events input')?.focus();
      return;
    }
    setLocalError(undefined);
    onSubmit({ url: completeUrl(url) ?? url.trim(), events, description: description.trim() || null });
  };

  return (
    <form ref={form} onSubmit={submit} className="wh-form" noValidate>
      <UrlField
        label="Endpoint URL"
        onComplete={setUrl}
        placeholder="https://example.com/grivo-events"
        hint="Grivo POSTs each event here as JSON. Use an https address your server answers with a 2xx status."
        value={url}
        required
        onChange={(e) => setUrl(e.target.value)}
        error={endpointFieldError('url', errors.field('url'))}
      />
      <EventPicker
        value={events}
        onChange={(next) => (setEvents(next), setLocalError(undefined))}
        error={localError ?? endpointFieldError('events', errors.field('events'))}
      />
      <TextField
        label="Description (optional)"
        placeholder="Sync new leads to our CRM"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={endpointFieldError('description', errors.field('description'))}
      />
      <ErrorNote error={errors.general} />
      <div className="actions">
        <Button type="submit" variant="primary" pending={pending}>
          {submitLabel}
        </Button>
        {onCancel && <Button onClick={onCancel}>Cancel</Button>}
      </div>
    </form>
  );
}
