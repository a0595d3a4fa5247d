import { useId } from 'react';
import { Button } from '../../ui/buttons';
import { STANDARD_FIELDS, type FormFieldSpec } from './types';

const CUSTOM = 'custom';
const attributeName = (key: string) => (key.startsWith('attributes.') ? key.slice('attributes.'.length) : '');

/** The form's inputs, in order: email always first and required; others added, changed or removed. */
export function FieldsEditor({
  value,
  onChange,
  error,
}: {
  value: FormFieldSpec[];
  onChange(next: FormFieldSpec[]): void;
  error?: string;
}) {
  const id = useId();
  const set = (i: number, change: Partial<FormFieldSpec>) =>
    onChange(value.map((f, j) => (j === i ? { ...f, ...change } : f)));
  const unused = STANDARD_FIELDS.find((s) => !value.some((f) => f.key === s.key));
  const add = () =>
    onChange([...value, unused ? { ...unused, required: false } : { key: 'attributes.', label: '', required: false }]);

  return (
    <fieldset
      className={`frm-fields${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>Fields</legend>
      {value.map((field, i) => {
        const email = field.key === 'email';
        const custom = field.key.startsWith('attributes.');
        const row = `${id}-${i}`;
        return (
          <div className="frm-field-row" key={row}>
            <div className="field">
              <label htmlFor={`${row}-kind`}>Saved as</label>
              <select
                id={`${row}-kind`}
                value={custom ? CUSTOM : field.key}
                disabled={email}
                onChange={(e) => {
                  const kind = e.target.value;
                  const std = STANDARD_FIELDS.find((s) => s.key === kind);
                  set(i, std ? { key: std.key, label: std.label } : { key: 'attributes.' });
                }}
              >
                {STANDARD_FIELDS.filter(
                  (s) => s.key === field.key || (s.key !== 'email' && !value.some((f) => f.key === s.key)),
                ).map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.label}
                  </option>
                ))}
                <option value={CUSTOM}>Custom field</option>
              </select>
            </div>
            {custom && (
              <div className="field">
                <label htmlFor={`${row}-attr`}>Custom field name</label>
                <input
                  id={`${row}-attr`}
                  value={attributeName(field.key)}
                  placeholder="company"
                  onChange={(e) => set(i, { key: `attributes.${e.target.value.trim()}` })}
                />
              </div>
            )}
            <div className="field">
              <label htmlFor={`${row}-label`}>Label</label>
              <input id={`${row}-label`} value={field.label} onChange={(e) => set(i, { label: e.target.value })} />
            </div>
            <div className="field field-check">
              <input
                id={`${row}-required`}
                type="checkbox"
                checked={field.required}
                disabled={email}
                onChange={(e) => set(i, { required: e.target.checked })}
              />
              <label htmlFor={`${row}-required`}>Required</label>
            </div>
            {!email && (
              <Button
                onClick={() => onChange(value.filter((_, j) => j !== i))}
                aria-label={`Remove the field ${field.label || i + 1}`}
              >
                Remove
              </Button>
            )}
          </div>
        );
      })}
      {error && (
        <div className="field-error" id={`${id}-error`} role="alert">
          {error}
        </div>
      )}
      {value.length < 20 && <Button onClick={add}>Add a field</Button>}
    </fieldset>
  );
}
