import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { completeUrl } from './validate';

interface FieldProps {
  label: string;
  hint?: ReactNode;
  /** The server's message for this field, shown under it. */
  error?: string;
}

function Frame({ id, label, hint, error, children }: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <div className="field-error" id={`${id}-error`} role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

const described = (id: string, p: FieldProps) =>
  [p.hint ? `${id}-hint` : '', p.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function TextField({ label, hint, error, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described(id, { label, hint, error })}
        {...input}
      />
    </Frame>
  );
}

/**
 * A web address: what was typed is completed as an address bar would when the
 * field is left (`example.com` → `https://example.com/`), through `onComplete`.
 */
export function UrlField({
  onComplete,
  ...props
}: FieldProps & InputHTMLAttributes<HTMLInputElement> & { onComplete(url: string): void }) {
  return (
    <TextField
      type="url"
      inputMode="url"
      {...props}
      onBlur={(e) => {
        const url = completeUrl(e.target.value);
        if (url && url !== e.target.value) onComplete(url);
        props.onBlur?.(e);
      }}
    />
  );
}

export function TextArea({ label, hint, error, ...input }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described(id, { label, hint, error })}
        {...input}
      />
    </Frame>
  );
}

export function Select({
  label,
  hint,
  error,
  children,
  ...input
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described(id, { label, hint, error })}
        {...input}
      >
        {children}
      </select>
    </Frame>
  );
}

export function Checkbox({
  label,
  hint,
  ...input
}: { label: string; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" {...input} />
      <label htmlFor={id}>{label}</label>
      {hint && <div className="hint">{hint}</div>}
    </div>
  );
}
