import { useEffect, type RefObject } from 'react';
import { ApiFailure } from '../../api/client';

/**
 * Splits a server error between the form's fields and the form itself. The
 * server names nested fields by path (`crawl.max_pages`, `allowed_domains.2`),
 * so a field claims every param under its own name; an error no shown field
 * claims is the form's, shown once at the top rather than twice.
 */
export function formErrors(error: Error | undefined, fields: readonly string[]) {
  const param = error instanceof ApiFailure ? error.param : undefined;
  const owner = param ? fields.find((f) => param === f || param.startsWith(`${f}.`)) : undefined;
  return {
    field: (name: string): string | undefined => (owner === name ? error?.message : undefined),
    general: owner ? undefined : error,
  };
}

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
