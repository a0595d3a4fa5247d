// How a contact's values are written into CSV cells by the export and read
// back by the import: one pair of functions for each kind of cell, kept here
// side by side so the two directions cannot drift. Each reader undoes exactly
// what its writer did: read(write(v)) is v.

// A spreadsheet runs a cell that starts with one of these as a formula (CSV
// injection); a leading apostrophe makes it plain text (OWASP's advice). A
// value that already starts with apostrophes before such a character gets one
// more, so the import can take the guard off without eating one of the value's.
const FORMULA = /^'*[=+\-@\t\r]/;

/** A text cell for the export: `'` put before a value a spreadsheet would run as a formula. */
export function guardCell(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

/** A text cell as the import reads it: the export's formula guard taken off. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell) ? cell.slice(1) : cell;
}

// Attribute values may be any JSON: objects and arrays are written as their
// JSON and read back as JSON. A text value that would read back as JSON is
// guarded with `'` like a formula, so it stays text.
const JSON_CONTAINER = /^'*[{[]/;

function isJsonContainer(text: string): boolean {
  if (!/^[{[]/.test(text)) return false;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object';
  } catch {
    return false;
  }
}

function needsGuard(text: string): boolean {
  return FORMULA.test(text) || (JSON_CONTAINER.test(text) && isJsonContainer(text.replace(/^'+/, '')));
}

/** An attribute value as an export cell: text as it is (guarded), anything else as JSON. */
export function attributeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return needsGuard(value) ? `'${value}` : value;
  return guardCell(JSON.stringify(value));
}

/** An attribute cell as the import reads it: a JSON object or array as JSON, anything else as text, unguarded. */
export function attributeValue(cell: string): unknown {
  if (cell.startsWith("'") && needsGuard(cell.slice(1))) return cell.slice(1);
  if (isJsonContainer(cell)) return JSON.parse(cell);
  return cell;
}
