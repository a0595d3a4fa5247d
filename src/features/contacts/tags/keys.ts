/**
 * Tags are matched case-insensitively everywhere (`VIP` and `vip` are one
 * tag) and shown as first written. Each contact keeps, beside `tags`, the
 * column `tag_keys`: the same array lowercased here in TypeScript, so both
 * engines compare exactly the same strings (SQLite's lower() folds ASCII only).
 */
export function tagKey(tag: string): string {
  return tag.toLowerCase();
}

/** The lowercased keys of a contact's tags, in the same order (the `tag_keys` column). */
export function tagKeys(tags: readonly string[]): string[] {
  return tags.map(tagKey);
}

/** The tags with case-insensitive repeats dropped; the first spelling is kept, order kept. */
export function mergeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const key = tagKey(tag);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** The tags without those matching any of `remove`, case-insensitively. */
export function removeTags(tags: readonly string[], remove: readonly string[]): string[] {
  const gone = new Set(tagKeys(remove));
  return tags.filter((tag) => !gone.has(tagKey(tag)));
}
