import type { Config } from '../../../config.js';
import { ApiError, notFound } from '../../../http/api-error.js';
import { pageOf, type Page, type PageQuery } from '../../../http/pagination.js';
import type { Principal } from '../../../http/principal.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/time.js';
import type { Queue } from '../../../jobs/queue.js';
import type { Database, Executor } from '../../../storage/database.js';
import { getChatbotRow, trainChatbot } from '../service.js';
import { lockChatbot, setPagesTrained } from '../store.js';
import { countIndexedPages, crawlPageCounts, removeSourcePages } from '../training/pages-store.js';
import { createCrawlSource, deleteCrawlSource, updateCrawlSource } from './crawl-service.js';
import { isCrawlType, syncCrawlSources, type CrawlType } from './crawl-sources.js';
import { charactersOf, fileOf, qnaOf, type AskedQuestion, type SourceContent, type Upload } from './new-source.js';
import type { CreateSourceBody, SourceResponse, UpdateSourceBody } from './schema.js';
import { toSourceResponse, type CrawlView } from './source-response.js';
import { fileContent, qnaContent, textContent, type TextContent } from './source-page.js';
import {
  countSources,
  deleteSourceRow,
  findCrawlSource,
  findSource,
  insertSource,
  insertSourceFile,
  listSourceRows,
  sourceUsage,
  updateSourceRow,
  type SourceRow,
} from './sources-store.js';
import { trainSourceJob } from './train-source.job.js';

export interface SourceDeps {
  database: Database;
  queue: Queue;
  config: Pick<Config, 'plans' | 'publicUrl' | 'sources' | 'crawl'>;
}

interface Target {
  workspaceId: string;
  chatbotId: string;
}

export async function listSources(deps: SourceDeps, target: Target, query: PageQuery): Promise<Page<SourceResponse>> {
  const view = await crawlView(deps, target);
  return pageOf(
    query,
    {
      rows: (window) => listSourceRows(deps.database.db, target, window),
      count: () => countSources(deps.database.db, target),
    },
    (r) => toSourceResponse(deps, r, view),
  );
}

export async function getSource(deps: SourceDeps, target: Target, id: string): Promise<SourceResponse> {
  const view = await crawlView(deps, target);
  return toSourceResponse(deps, await sourceRow(deps, target, id), view);
}

/** The chatbot's crawl as its crawl sources show it, those brought in line with its settings first. */
async function crawlView(deps: SourceDeps, target: Target): Promise<CrawlView> {
  const chatbot = await getChatbotRow(deps, target.workspaceId, target.chatbotId);
  await syncCrawlSources(deps.database, chatbot);
  return { chatbot, counts: await crawlPageCounts(deps.database.db, chatbot.id) };
}

/** Adds a source and queues its training; the chatbot answers from it once `trained`. */
export async function createSource(
  deps: SourceDeps,
  principal: Principal,
  target: Target,
  body: CreateSourceBody,
  given: { asked?: AskedQuestion; upload?: Upload } = {},
): Promise<SourceResponse> {
  if (isCrawlType(body.type)) {
    await createCrawlSource(deps, principal, target, body as Extract<CreateSourceBody, { type: CrawlType }>);
    return crawlSourceResponse(deps, target, body.type);
  }
  const { title, content, fromMessageId } =
    body.type === 'text'
      ? { title: body.title, content: { text: body.text } satisfies TextContent, fromMessageId: null }
      : body.type === 'qna'
        ? qnaOf(body, given.asked)
        : await fileOf(body as Extract<CreateSourceBody, { type: 'file' }>, given.upload);
  const now = nowIso();
  const row: SourceRow = {
    id: newId('src'),
    workspace_id: target.workspaceId,
    chatbot_id: target.chatbotId,
    type: body.type,
    title,
    content: JSON.stringify(content),
    characters: charactersOf(content),
    status: 'pending',
    error: null,
    revision: 1,
    pages: 0,
    chunks: 0,
    match_keys: '[]',
    from_message_id: fromMessageId,
    trained_at: null,
    created_at: now,
    updated_at: now,
  };
  await deps.database.db.transaction().execute(async (trx) => {
    await deps.database.engine.lockWorkspace(trx, target.workspaceId);
    assertWithinPlan(deps, principal, await sourceUsage(trx, target), { sources: 1, characters: row.characters });
    await insertSource(trx, row);
    if (given.upload)
      await insertSourceFile(trx, { source_id: row.id, workspace_id: row.workspace_id, bytes: given.upload.bytes });
  });
  await enqueueTraining(deps, row);
  return toSourceResponse(deps, row);
}

/** Changes a source's text, question or answer; it trains again, and answers from its old version meanwhile. */
export async function updateSource(
  deps: SourceDeps,
  principal: Principal,
  target: Target,
  id: string,
  body: UpdateSourceBody,
): Promise<SourceResponse> {
  await crawlView(deps, target);
  const current = await sourceRow(deps, target, id);
  const allowed = EDITABLE[current.type];
  const wrong = Object.keys(body).find((field) => !allowed.includes(field));
  if (wrong)
    throw new ApiError(
      'invalid_parameter',
      `A ${current.type === 'qna' ? 'Q&A' : current.type} source has no ${wrong}; it takes ${allowed.join(', ')}.`,
      wrong,
    );
  if (isCrawlType(current.type)) {
    await updateCrawlSource(deps, principal, target, current, body);
    return crawlSourceResponse(deps, target, current.type);
  }
  const content: SourceContent =
    current.type === 'text'
      ? { text: body.text ?? textContent(current).text }
      : current.type === 'qna'
        ? {
            question: body.question ?? qnaContent(current).question,
            answer: body.answer ?? qnaContent(current).answer,
            alternatives: body.alternatives ?? qnaContent(current).alternatives,
          }
        : fileContent(current);
  const title = 'question' in content ? content.question : (body.title ?? current.title);
  const characters = current.type === 'file' ? current.characters : charactersOf(content);
  const changed = await deps.database.db.transaction().execute(async (trx) => {
    await deps.database.engine.lockWorkspace(trx, target.workspaceId);
    assertWithinPlan(deps, principal, await sourceUsage(trx, target), {
      sources: 0,
      characters: characters - current.characters,
    });
    return nextRevision(trx, current, { title, content: JSON.stringify(content), characters });
  });
  await enqueueTraining(deps, changed);
  return toSourceResponse(deps, changed);
}

/** Trains a source again as it is (after a failure, or to pick up a better analysis). */
export async function retrainSource(
  deps: SourceDeps,
  principal: Principal,
  target: Target,
  id: string,
): Promise<SourceResponse> {
  await crawlView(deps, target);
  const current = await sourceRow(deps, target, id);
  if (isCrawlType(current.type)) {
    await trainChatbot(deps, principal, target.chatbotId);
    return crawlSourceResponse(deps, target, current.type);
  }
  const changed = await nextRevision(deps.database.db, current, {});
  await enqueueTraining(deps, changed);
  return toSourceResponse(deps, changed);
}

/** Removes a source and its pages from the index at once. */
export async function deleteSource(deps: SourceDeps, principal: Principal, target: Target, id: string): Promise<void> {
  await crawlView(deps, target);
  const source = await sourceRow(deps, target, id);
  if (isCrawlType(source.type)) return deleteCrawlSource(deps, principal, target, source);
  await deps.database.db.transaction().execute(async (trx) => {
    // The row first: a training of the source writing meanwhile holds it, so
    // its page is written before (and removed below) or never.
    await deleteSourceRow(trx, id);
    await removeSourcePages(trx, target, id);
    await lockChatbot(trx, deps.database.engine, target.chatbotId);
    await setPagesTrained(trx, target.chatbotId, await countIndexedPages(trx, target.chatbotId));
  });
}

async function sourceRow(deps: SourceDeps, target: Target, id: string): Promise<SourceRow> {
  const row = await findSource(deps.database.db, target, id);
  if (!row) throw notFound('source', id, ' for this chatbot');
  return row;
}

const EDITABLE: Record<SourceRow['type'], string[]> = {
  text: ['title', 'text'],
  qna: ['question', 'answer', 'alternatives'],
  file: ['title'],
  website: ['url', 'crawl'],
  sitemap: ['url'],
  urls: ['urls'],
};

/** A crawl source as it is after a change: the row its chatbot's settings now give. */
async function crawlSourceResponse(deps: SourceDeps, target: Target, type: CrawlType): Promise<SourceResponse> {
  const view = await crawlView(deps, target);
  const row = await findCrawlSource(deps.database.db, target, type);
  if (!row) throw new ApiError('internal_error', `The chatbot's ${type} source could not be read back.`);
  return toSourceResponse(deps, row, view);
}

function assertWithinPlan(
  deps: SourceDeps,
  principal: Principal,
  usage: { sources: number; characters: number },
  adding: { sources: number; characters: number },
): void {
  const plan = deps.config.plans[principal.plan];
  if (usage.sources + adding.sources > plan.pages)
    throw new ApiError(
      'plan_limit_exceeded',
      `Your ${principal.plan} plan allows ${plan.pages} sources per chatbot. Delete one or upgrade your plan to add more.`,
    );
  if (adding.characters > 0 && usage.characters + adding.characters > plan.sourceCharacters)
    throw new ApiError(
      'plan_limit_exceeded',
      `Your ${principal.plan} plan allows ${plan.sourceCharacters.toLocaleString('en')} characters of sources per chatbot; this chatbot's would come to ${(usage.characters + adding.characters).toLocaleString('en')}. Shorten or delete a source, or upgrade your plan.`,
    );
}

/**
 * Writes a change as the source's next revision, to be trained; of two
 * changes at once, the one that read the latest revision wins and the other
 * is told to retry.
 */
async function nextRevision(
  db: Executor,
  current: SourceRow,
  changes: Partial<Pick<SourceRow, 'title' | 'content' | 'characters'>>,
): Promise<SourceRow> {
  const next = {
    ...changes,
    status: 'pending' as const,
    error: null,
    revision: current.revision + 1,
    updated_at: nowIso(),
  };
  if (!(await updateSourceRow(db, current.id, next, current.revision)))
    throw new ApiError('invalid_request', 'The source changed meanwhile; read it again and retry.', 'id');
  return { ...current, ...next };
}

async function enqueueTraining(deps: SourceDeps, row: Pick<SourceRow, 'id' | 'revision'>): Promise<void> {
  await deps.queue.enqueue(
    trainSourceJob,
    { sourceId: row.id, revision: row.revision },
    { key: `chatbots.train-source.${row.id}.${row.revision}` },
  );
}
