/**
 * The one rule for a custom attribute's key, applied by the API, imports (to
 * the headers that become attributes) and the dashboard (which imports this
 * file): the key as written, without the whitespace around it. Case, inner
 * spaces and every other character are kept, so `favourite coffee` stays
 * `favourite coffee` and an export imports back under the same keys.
 */
export function normalizeAttributeKey(key: string): string {
  return key.trim();
}

/** Longest attribute key, in characters. */
export const ATTRIBUTE_KEY_MAX_LENGTH = 100;
