import { useEffect, type RefObject } from 'react';

/** A textarea's lines as a list: trimmed, blanks dropped. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A number field's value: undefined when empty, NaN-free. */
export function wholeNumber(text: string): number | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** After a failed save, moves focus to the field the server named, so keyboard and screen-reader users land on it. */
export function useFocusInvalid(form: RefObject<HTMLFormElement | null>, error: Error | undefined): void {
  useEffect(() => {
    if (error) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, error]);
}
