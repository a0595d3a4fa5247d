import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { TextField } from '../../ui/fields';

const DELAY_MS = 300;

/**
 * A text field that reports its value once typing pauses (or on Enter), so a
 * list filters as you type without a request per keystroke. It follows
 * `value` when that changes from outside (back button, "Clear filters").
 * `replace` is false for the first change after the field gains focus and
 * true after, so one search is one history entry, not one per pause.
 */
export function DebouncedField({
  label,
  value,
  onCommit,
  ...input
}: { label: string; value: string; onCommit(value: string, replace: boolean): void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange'
>) {
  const [text, setText] = useState(value);
  const committed = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const typing = useRef(false);

  useEffect(() => {
    if (value === committed.current) return;
    committed.current = value;
    setText(value);
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (next: string) => {
    clearTimeout(timer.current);
    if (next === committed.current) return;
    committed.current = next;
    onCommit(next, typing.current);
    typing.current = true;
  };

  return (
    <TextField
      label={label}
      value={text}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => commit(next), DELAY_MS);
      }}
      onFocus={() => {
        typing.current = false;
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit(text);
        }
      }}
      {...input}
    />
  );
}
