import { useState } from 'react';
import { Button } from '../../ui/buttons';
import { TextField } from '../../ui/fields';
import { normalizeAttributeKey } from '../../../../src/lib/attribute-key';
import { newAttributeRow, type AttributeRow } from './contact-draft';
import { errorAt } from './contact-errors';

/** Custom attributes as editable name/value rows. */
export function AttributesEditor({
  rows,
  onChange,
  error,
}: {
  rows: AttributeRow[];
  onChange(rows: AttributeRow[]): void;
  error: Error | undefined;
}) {
  // Focus follows "Add attribute" to the new row's name, for keyboard users.
  const [added, setAdded] = useState<number>();
  const edit = (rowId: number, patch: Partial<AttributeRow>) =>
    onChange(rows.map((r) => (r.rowId === rowId ? { ...r, ...patch } : r)));
  const general = errorAt(error, 'attributes');
  const rowError = (key: string) => {
    const name = normalizeAttributeKey(key);
    return name ? errorAt(error, `attributes.${name}`) : undefined;
  };
  // A message already shown under its row is not repeated under the list.
  const shownOnRow = rows.some((r) => rowError(r.key) !== undefined);
  return (
    <fieldset className="contacts-attributes">
      <legend>Custom attributes</legend>
      <p className="hint">
        Anything else you know about this person (plan, company, city…). Campaigns can use them by name, e.g.{' '}
        <code>{'{{ company }}'}</code> for <code>company</code>; a name with spaces as{' '}
        <code>{'{{ attributes["favourite coffee"] }}'}</code>.
      </p>
      {rows.length === 0 && <p className="muted">No custom attributes.</p>}
      {rows.map((row, i) => (
        <div className="contacts-attribute-row" key={row.rowId}>
          <TextField
            label={`Attribute ${i + 1} name`}
            value={row.key}
            onChange={(e) => edit(row.rowId, { key: e.target.value })}
            maxLength={100}
            autoFocus={row.rowId === added}
          />
          <TextField
            label={`Attribute ${i + 1} value${row.json ? ' (JSON)' : ''}`}
            value={row.value}
            onChange={(e) => edit(row.rowId, { value: e.target.value })}
            error={rowError(row.key)}
            className={row.json ? 'mono' : undefined}
          />
          <Button
            onClick={() => onChange(rows.filter((r) => r.rowId !== row.rowId))}
            aria-label={`Remove attribute ${row.key.trim() || i + 1}`}
          >
            Remove
          </Button>
        </div>
      ))}
      {general && !shownOnRow && (
        <div className="field-error" role="alert">
          {general}
        </div>
      )}
      <div>
        <Button
          onClick={() => {
            const row = newAttributeRow();
            setAdded(row.rowId);
            onChange([...rows, row]);
          }}
        >
          Add attribute
        </Button>
      </div>
    </fieldset>
  );
}
