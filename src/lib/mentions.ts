// Characters an address or an id can hold next to a mention of another: with one
// right before or after it, the text names someone else (erasing ob@x.com must
// leave bob@x.com and ob@x.com.au alone, and ct_1 must leave ct_12). Quotes,
// brackets, spaces, commas, colons and slashes delimit; a dot delimits only at
// the end of a sentence.
const BEFORE = /[a-z0-9._%+\-!#$&*=?^`{|}~@]/;
const AFTER = /[a-z0-9_%+\-@]/;

function boundedAt(text: string, at: number, length: number): boolean {
  const before = text[at - 1];
  if (before !== undefined && BEFORE.test(before)) return false;
  const after = text[at + length];
  if (after === undefined) return true;
  if (after === '.') return !/[a-z0-9]/.test(text[at + length + 1] ?? '');
  return !AFTER.test(after);
}

/** Where `text` mentions `needle` as a whole address or id, case-insensitively. */
function mentionsAt(text: string, needle: string): number[] {
  const haystack = text.toLowerCase();
  const word = needle.toLowerCase();
  const found: number[] = [];
  if (word.length === 0) return found;
  for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1))
    if (boundedAt(haystack, at, word.length)) found.push(at);
  return found;
}

/** Whether `text` names any of `needles` (addresses, ids) as a whole, case-insensitively. */
export function mentionsAny(text: string, needles: readonly string[]): boolean {
  return needles.some((n) => mentionsAt(text, n).length > 0);
}

/** `text` with every whole mention of `needles` replaced by `by` (which, holding no quote, keeps JSON valid). */
export function redactMentions(text: string, needles: readonly string[], by = '[erased]'): string {
  // Lowercasing can change a string's length (İ): then the indexes are the lowercased text's.
  let out = text.toLowerCase().length === text.length ? text : text.toLowerCase();
  for (const needle of needles) {
    const at = mentionsAt(out, needle);
    for (let i = at.length - 1; i >= 0; i--) out = out.slice(0, at[i]) + by + out.slice(at[i]! + needle.length);
  }
  return out;
}
