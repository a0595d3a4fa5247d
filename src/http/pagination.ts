import { z } from 'zod';

const MAX_PER_PAGE = 100;

/** `?page=&per_page=` as every list endpoint takes them. */
export const PageQuery = z.strictObject({
  page: z.coerce
    .number({ error: 'page must be a whole number of 1 or more.' })
    .int('page must be a whole number of 1 or more.')
    .min(1, 'page must be a whole number of 1 or more.')
    .max(1_000_000, 'page must be at most 1000000.')
    .default(1),
  per_page: z.coerce
    .number({ error: `per_page must be a whole number from 1 to ${MAX_PER_PAGE}.` })
    .int(`per_page must be a whole number from 1 to ${MAX_PER_PAGE}.`)
    .min(1, `per_page must be a whole number from 1 to ${MAX_PER_PAGE}.`)
    .max(MAX_PER_PAGE, `per_page must be a whole number from 1 to ${MAX_PER_PAGE}.`)
    .default(20),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** The list envelope: the seed's `{data, total, page}` plus `per_page` and `has_more`. */
export function listResponse<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    per_page: z.number().int(),
    has_more: z.boolean(),
  });
}

export interface Page<T> {
  data: T[];
  total: number;
  page: number;
  per_page: number;
  has_more: boolean;
}

export function toPage<T>(rows: T[], total: number, query: PageQuery): Page<T> {
  return {
    data: rows,
    total,
    page: query.page,
    per_page: query.per_page,
    has_more: query.page * query.per_page < total,
  };
}

/**
 * The total, when the page itself proves it: a page that is not full (and is
 * not past the end) ends the list, so no count query is needed.
 */
export function knownTotal(rowCount: number, offset: number, perPage: number): number | undefined {
  return rowCount < perPage && (rowCount > 0 || offset === 0) ? offset + rowCount : undefined;
}

export function offsetOf(query: PageQuery): number {
  return (query.page - 1) * query.per_page;
}

/**
 * One page of a list read by two queries: `rows` reads a window of rows, in the list's
 * order, and `count` counts them all, which runs only when the page does not show the
 * total (one row more than the page is read to tell).
 */
export async function pageOf<Row, T>(
  query: PageQuery,
  read: { rows(window: { limit: number; offset: number }): Promise<Row[]>; count(): Promise<number> },
  toItem: (row: Row) => T,
): Promise<Page<T>> {
  const offset = offsetOf(query);
  const rows = await read.rows({ limit: query.per_page + 1, offset });
  const total = knownTotal(rows.length, offset, query.per_page + 1) ?? (await read.count());
  return toPage(rows.slice(0, query.per_page).map(toItem), total, query);
}
