/** One column of a printed table: a heading and how to read a row's cell. */
export interface Column<T> {
  heading: string;
  cell: (row: T) => unknown;
}

const text = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(text).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value).replace(/\s+/g, ' ');
};

/**
 * Rows as an aligned plain-text table, like `kubectl get` prints: a heading
 * line, then one line a row. The last column is cut to fit `width` characters.
 */
export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[], width = 120): string {
  const cells = rows.map((row) => columns.map((c) => text(c.cell(row))));
  const widths = columns.map((c, i) => Math.max(c.heading.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) => {
    const joined = values.map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i]!))).join('  ');
    return joined.length > width ? `${joined.slice(0, Math.max(0, width - 1))}…` : joined;
  };
  return [line(columns.map((c) => c.heading.toUpperCase())), ...cells.map(line)].join('\n');
}
