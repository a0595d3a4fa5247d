import { useEffect, type ReactNode, type RefObject } from 'react';
import { ApiFailure } from '../api/client';
import { errorText, type Labels } from '../api/error-text';
import { Button } from './buttons';

/** An error in plain words (see errorText), announced to screen readers; `labels` name the form's fields. */
export function ErrorNote({ error, labels }: { error: Error | undefined | null; labels?: Labels }) {
  if (!error) return null;
  return (
    <div className="note note-error" role="alert">
      {errorText(error, labels)}
    </div>
  );
}

/**
 * Splits a server error between a form's fields and the form itself. The
 * server names nested fields by path (`crawl.max_pages`, `audience.tags.2`),
 * so a field claims every param under its own name; an error no shown field
 * claims is the form's, shown once at the top rather than twice.
 */
export function formErrors(error: Error | undefined, fields: readonly string[] | Labels) {
  const names: readonly string[] = Array.isArray(fields) ? fields : Object.keys(fields);
  const labels: Labels = Array.isArray(fields) ? {} : (fields as Labels);
  const param = error instanceof ApiFailure ? error.param : undefined;
  const owner = param ? names.find((f) => param === f || param.startsWith(`${f}.`)) : undefined;
  return {
    field: (name: string): string | undefined => (owner === name && error ? errorText(error, labels) : undefined),
    general: owner ? undefined : error,
  };
}

/** The error in words when it names this field (or one under it); `label` is the field's label. */
export function fieldError(error: Error | undefined, param: string, label?: string): string | undefined {
  return formErrors(error, label ? { [param]: label } : [param]).field(param);
}

/** After a failed save, moves focus to the field the server named, so keyboard and screen-reader users land on it. */
export function useFocusInvalid(form: RefObject<HTMLFormElement | null>, error: Error | undefined): void {
  useEffect(() => {
    if (error) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, error]);
}

export function Notice({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'success' | 'warning' }) {
  return (
    <div className={`note note-${tone}`} role="status">
      {children}
    </div>
  );
}

/**
 * The outcome of the last action: its error, or else its success message.
 * `useAction` clears its error when an action starts, so a later success
 * replaces an earlier error, and a later failure hides an earlier success
 * instead of showing "Saved." above "Could not save".
 */
export function Outcome({
  error,
  success,
  labels,
}: {
  error: Error | undefined | null;
  success?: ReactNode;
  labels?: Labels;
}) {
  if (error) return <ErrorNote error={error} labels={labels} />;
  return success ? <Notice tone="success">{success}</Notice> : null;
}

/** What an empty list means and what to do about it. */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty">
      <h2>{title}</h2>
      {children && <p>{children}</p>}
      {action}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label}
    </div>
  );
}

/** Stands in for data not loaded yet: a loading line, or after a failure a button to try again. */
export function Pending({
  error,
  reload,
  label,
}: {
  error: Error | undefined | null;
  reload(): unknown;
  label?: string;
}) {
  return error ? <Button onClick={() => void reload()}>Try again</Button> : <Loading label={label} />;
}

/** A labelled progress bar; without `max` it shows indeterminate progress. */
export function ProgressBar({ label, value, max }: { label: string; value?: number; max?: number }) {
  const known = value !== undefined && max !== undefined && max > 0;
  const pct = known ? Math.min(100, Math.round((value / max) * 100)) : undefined;
  return (
    <div className="progress">
      <div className="progress-label">
        {label}
        {known && ` — ${pct}%`}
      </div>
      <div
        className={`progress-track${known ? '' : ' progress-indeterminate'}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={known ? max : undefined}
        aria-valuenow={known ? value : undefined}
      >
        <div className="progress-fill" style={{ width: known ? `${pct}%` : undefined }} />
      </div>
    </div>
  );
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${status}`}>{status.replace(/_/g, ' ')}</span>;
}
