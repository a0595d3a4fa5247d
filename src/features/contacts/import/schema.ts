import { z } from 'zod';
import { ApiError } from '../../../http/api-error.js';
import { ContactStatus, MAX_TAGS } from '../schema.js';

const Bool = (name: string) =>
  z.enum(['true', 'false'], { error: `${name} must be true or false.` }).transform((v) => v === 'true');

// Tags come as `tags=a,b` or as repeated `tags=a&tags=b`, in the query or as form fields.
const TagList = z
  .union([z.string(), z.array(z.string())], { error: 'tags must be a comma-separated list of tags.' })
  .transform((v) => [
    ...new Set(
      (Array.isArray(v) ? v : [v])
        .flatMap((t) => t.split(','))
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ])
  .refine((tags) => tags.length <= MAX_TAGS, `At most ${MAX_TAGS} tags.`)
  .refine((tags) => tags.every((t) => t.length <= 100), 'Each tag must be at most 100 characters.');

/** The import's options, from the query string or the form fields before the file. */
const ImportOptionsInput = z.strictObject({
  update_existing: Bool('update_existing')
    .default(true)
    .describe(
      'Update contacts that already exist with the fields the file gives (default true); false leaves them untouched.',
    ),
  tags: TagList.optional().describe('Added to every imported contact, e.g. tags=customer,newsletter.'),
  status: ContactStatus.optional().describe(
    "Status of new contacts (default subscribed), for rows whose file has no `status` column value (a row's own status wins). Existing contacts take it too, except that an import never re-subscribes someone unsubscribed, bounced or complained.",
  ),
});

/** The same options as sent (strings), for the route's query schema and the API reference. */
export const ImportQuery = z.strictObject({
  update_existing: z.enum(['true', 'false']).optional().describe(ImportOptionsInput.shape.update_existing.description!),
  tags: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe(ImportOptionsInput.shape.tags.description!),
  status: ContactStatus.optional().describe(ImportOptionsInput.shape.status.description!),
});

/** Validates the query and form fields together; the first problem is thrown as a 400. */
export function parseImportOptions(input: Record<string, unknown>): ImportOptions {
  const parsed = ImportOptionsInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      const names = issue.keys.map((k) => `'${k}'`).join(', ');
      throw new ApiError(
        'unknown_parameter',
        `Unknown import option${issue.keys.length > 1 ? 's' : ''}: ${names}.`,
        issue.keys[0],
      );
    }
    throw new ApiError('invalid_request', issue.message, String(issue.path[0] ?? ''));
  }
  return {
    update_existing: parsed.data.update_existing,
    tags: parsed.data.tags ?? [],
    status: parsed.data.status ?? null,
  };
}

export interface ImportOptions {
  update_existing: boolean;
  tags: string[];
  status: ContactStatus | null;
}

export const ImportStatus = z.enum(['queued', 'processing', 'completed', 'failed']);
export type ImportStatus = z.infer<typeof ImportStatus>;

export const ImportRowError = z.object({
  line: z.number().int().describe('1-based line of the file where the row starts (the header is line 1).'),
  code: z.enum(['invalid_row', 'plan_limit_exceeded']),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowError>;

export const ImportResponse = z
  .object({
    id: z.string().describe('Starts with imp_.'),
    status: ImportStatus,
    filename: z.string().nullable(),
    bytes: z.number().int(),
    options: z.object({ update_existing: z.boolean(), tags: z.array(z.string()), status: ContactStatus.nullable() }),
    rows_total: z.number().int().describe('Data rows in the file (header and empty lines not counted).'),
    rows_processed: z.number().int(),
    created: z.number().int(),
    updated: z
      .number()
      .int()
      .describe('Rows that matched a contact that existed, or an earlier row of the file (merged).'),
    skipped: z.number().int().describe('Empty rows, and existing contacts when update_existing is false.'),
    failed: z.number().int(),
    suppressed: z
      .number()
      .int()
      .describe(
        'New contacts whose address is suppressed (it bounced, complained or was suppressed by hand): imported as bounced, complained or unsubscribed, never subscribed.',
      ),
    errors: z.array(ImportRowError).describe('The first 100 rows that failed, with their line numbers.'),
    error: z.string().nullable().describe('Why the whole import failed, when status is failed.'),
    created_at: z.string(),
    finished_at: z.string().nullable(),
  })
  .meta({
    id: 'ContactImport',
    description: 'A CSV import and its progress.',
    examples: [
      {
        id: 'imp_0VbQ1eRt8LwC5mZa',
        status: 'completed',
        filename: 'contacts.csv',
        bytes: 48213,
        options: { update_existing: true, tags: ['webinar-2026'], status: null },
        rows_total: 1204,
        rows_processed: 1204,
        created: 1150,
        updated: 49,
        skipped: 3,
        suppressed: 0,
        failed: 2,
        errors: [{ line: 87, code: 'invalid_row', message: "email 'jane@@example.org' is not a valid email address." }],
        error: null,
        created_at: '2026-03-15T11:00:00Z',
        finished_at: '2026-03-15T11:00:04Z',
      },
    ],
  });
export type ImportResponse = z.infer<typeof ImportResponse>;

export const ImportParams = z.strictObject({ id: z.string().max(64) });
