/** A query parameter's value as the SDK accepts it; arrays repeat the key. */
export type QueryValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[];

/** `?a=1&b=x&b=y`, skipping undefined and null; '' when nothing is left. */
export function queryString(query: object | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query as Record<string, QueryValue>)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A path segment, escaped so an id can never change the path. */
export function segment(value: string): string {
  return encodeURIComponent(value);
}

/**
 * A query type with its `'true' | 'false'` parameters (as the API's document
 * types them) also taking booleans.
 */
export type Flexible<Q> = {
  [K in keyof Q]: [NonNullable<Q[K]>] extends ['true' | 'false'] ? Q[K] | boolean : Q[K];
};
