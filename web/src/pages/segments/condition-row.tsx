import { Button } from '../../ui/buttons';
import { Select, TextField } from '../../ui/fields';
import {
  ACTIVITY_OP_LABELS,
  CHOICES,
  FIELDS,
  kindOf,
  OP_LABELS,
  OPS,
  TAG_OP_LABELS,
  type SegmentCondition,
  type SegmentOp,
} from './types';

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** A value as the text box shows it. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  return value === undefined || value === null ? '' : String(value);
}

/** The first operator and an empty value that fit a newly chosen field. */
export function freshCondition(field: string): SegmentCondition {
  const op = OPS[kindOf(field)][0]!;
  return kindOf(field) === 'choice' ? { field, op, value: CHOICES[field]![0] } : { field, op };
}

function opLabel(field: string, op: SegmentOp): string {
  const kind = kindOf(field);
  if (kind === 'tags') return TAG_OP_LABELS[op] ?? OP_LABELS[op];
  if (kind === 'activity') return ACTIVITY_OP_LABELS[op] ?? OP_LABELS[op];
  return OP_LABELS[op];
}

/** One condition: field, operator and a value input that fits them; `error` is in plain words. */
export function ConditionRow({
  index,
  condition,
  onChange,
  onRemove,
  error,
}: {
  index: number;
  condition: SegmentCondition;
  onChange(c: SegmentCondition): void;
  onRemove(): void;
  error?: string;
}) {
  const kind = kindOf(condition.field);
  const n = index + 1;
  const fieldChoice = kind === 'attribute' ? 'attributes.' : condition.field;
  const set = (value: unknown) => onChange({ ...condition, value: value === '' ? undefined : value });
  const activity = (condition.value ?? {}) as { campaign_id?: string; within_days?: number };
  return (
    <fieldset className="seg-condition" aria-label={`Condition ${n}`}>
      <Select
        label={`Condition ${n}: field`}
        value={fieldChoice}
        onChange={(e) => onChange(freshCondition(e.target.value))}
      >
        {FIELDS.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label}
          </option>
        ))}
      </Select>
      {kind === 'attribute' && (
        <TextField
          label="Custom field name"
          value={condition.field.slice('attributes.'.length)}
          onChange={(e) => onChange({ ...condition, field: `attributes.${e.target.value}` })}
          placeholder="plan"
        />
      )}
      <Select
        label="Condition"
        value={condition.op}
        onChange={(e) => onChange({ ...condition, op: e.target.value as SegmentOp, value: undefined })}
      >
        {OPS[kind].map((op) => (
          <option key={op} value={op}>
            {opLabel(condition.field, op)}
          </option>
        ))}
      </Select>
      {kind === 'activity' ? (
        <>
          <TextField
            label="Within the last (days)"
            type="number"
            min={1}
            max={3650}
            value={activity.within_days ?? ''}
            onChange={(e) =>
              set({ ...activity, within_days: e.target.value === '' ? undefined : Number(e.target.value) })
            }
            hint="Leave empty for any time."
          />
          <TextField
            label="Campaign id (optional)"
            value={activity.campaign_id ?? ''}
            placeholder="cmp_…"
            onChange={(e) => set({ ...activity, campaign_id: e.target.value.trim() || undefined })}
          />
        </>
      ) : condition.op === 'exists' || condition.op === 'not_exists' ? null : kind === 'choice' &&
        condition.op !== 'in' ? (
        <Select label="Value" value={shown(condition.value)} onChange={(e) => set(e.target.value)}>
          {CHOICES[condition.field]!.map((c) => (
            <option key={c} value={c}>
              {c.replace(/_/g, ' ')}
            </option>
          ))}
        </Select>
      ) : (
        <TextField
          label={condition.op === 'in' ? 'Values (separated by commas)' : 'Value'}
          type={
            condition.op === 'gt' || condition.op === 'lt'
              ? 'number'
              : condition.op === 'before' || condition.op === 'after'
                ? 'date'
                : 'text'
          }
          value={shown(condition.value)}
          onChange={(e) => {
            const text = e.target.value;
            if (condition.op === 'in') set(list(text).length ? list(text) : undefined);
            else if (condition.op === 'gt' || condition.op === 'lt') set(text === '' ? undefined : Number(text));
            else set(text);
          }}
        />
      )}
      <div className="seg-remove">
        <Button variant="link" onClick={onRemove} aria-label={`Remove condition ${n}`}>
          Remove
        </Button>
      </div>
      {error && (
        <p className="field-error seg-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
