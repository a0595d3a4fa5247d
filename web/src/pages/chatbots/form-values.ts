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

/** Whether two JSON values are the same. */
export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields of `next` whose value differs from `was`'s: what a PATCH sends. */
export function changed<T extends object>(next: T, was: Record<keyof T, unknown>): Partial<T> {
  const body: Partial<T> = {};
  for (const key of Object.keys(next) as Array<keyof T>) if (!same(next[key], was[key])) body[key] = next[key];
  return body;
}
