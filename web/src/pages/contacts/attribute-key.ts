/**
 * An attribute's key as the API stores it: as written, without the
 * whitespace around it. The same rule as src/lib/attribute-key.ts, which the
 * API and CSV imports use; src/lib/attribute-key.test.ts checks the two agree.
 */
export function normalizeAttributeKey(key: string): string {
  return key.trim();
}
