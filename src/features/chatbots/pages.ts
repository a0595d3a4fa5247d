import { z } from 'zod';
import { PageQuery, pageOf, type Page } from '../../http/pagination.js';
import { apiTime } from '../../lib/time.js';
import type { Database, Executor } from '../../storage/database.js';
import type { PageRow } from './training/pages-store.js';

export const ListPagesQuery = PageQuery.extend({
  status: z
    .enum(['indexed', 'skipped'])
    .optional()
    .describe('Only pages in the index, or only those left out (with the reason).'),
});
export type ListPagesQuery = z.infer<typeof ListPagesQuery>;

export const TrainedPageResponse = z
  .object({
    id: z.string(),
    url: z.string(),
    title: z.string(),
    status: z.enum(['indexed', 'skipped']),
    reason: z.string().nullable().describe('Why a skipped page is not in the index.'),
    chunks: z.number().int(),
    last_trained_at: z.string(),
  })
  .meta({
    id: 'TrainedPage',
    description: 'A page the chatbot was trained on, or left out.',
    examples: [
      {
        id: 'page_0VbQx9Cm5YsF1uKb',
        url: 'https://www.acme-tools.com/help/account',
        title: 'Your account',
        status: 'indexed',
        reason: null,
        chunks: 6,
        last_trained_at: '2026-03-15T10:41:52Z',
      },
    ],
  });
export type TrainedPageResponse = z.infer<typeof TrainedPageResponse>;

/** The pages a chatbot was trained on, and those it left out, by URL. */
export async function listTrainedPages(
  database: Database,
  target: { workspaceId: string; chatbotId: string },
  query: ListPagesQuery,
): Promise<Page<TrainedPageResponse>> {
  const pages = () => filtered(database.db, target, query.status);
  return pageOf(
    query,
    {
      rows: (window) => pages().selectAll().orderBy('url').limit(window.limit).offset(window.offset).execute(),
      count: async () =>
        Number(
          (
            await pages()
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
    },
    toPageResponse,
  );
}

function filtered(db: Executor, target: { workspaceId: string; chatbotId: string }, status: ListPagesQuery['status']) {
  let query = db
    .selectFrom('chatbot_pages')
    .where('workspace_id', '=', target.workspaceId)
    .where('chatbot_id', '=', target.chatbotId);
  if (status) query = query.where('status', '=', status);
  return query;
}

function toPageResponse(row: PageRow): TrainedPageResponse {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    status: row.status,
    reason: row.reason,
    chunks: Number(row.chunks),
    last_trained_at: apiTime(row.trained_at),
  };
}
