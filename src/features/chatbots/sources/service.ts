import type { Config } from '../../../config.js';
import { ApiError, notFound } from '../../../http/api-error.js';
import { knownTotal, offsetOf, toPage, type Page, type PageQuery } from '../../../http/pagination.js';
import type { Principal } from '../../../http/principal.js';
import { newId } from '../../../lib/ids.js';
import { apiTime, nowIso } from '../../../lib/time.js';
import type { Queue } from '../../../jobs/queue.js';
import type { Database } from '../../../storage/database.js';
import { countIndexedPages, removeSourcePages } from '../training/pages-store.js';
import { lockChatbot, setPagesTrained } from '../store.js';
import type { CreateSourceBody, SourceResponse, UpdateSourceBody } from './schema.js';
import { qnaContent, sourceUrl, textContent, type QnaContent, type TextContent } from './source-page.js';
import {
  deleteSourceRow,
  findSource,
  insertSource,
  listSourceRows,
  sourceUsage,
  updateSourceRow,
  type SourceRow,
} from './sources-store.js';
import { trainSourceJob } from './train-source.job.js';

export interface SourceDeps {
  database: Database;
  queue: Queue;
  config: Pick<Config, 'plans' | 'publicUrl'>;
}

interface Target {
  workspaceId: string;
  chatbotId: string;
}

export async function listSources(deps: SourceDeps, target: Target, query: PageQuery): Promise<Page<SourceResponse>> {
  const offset = offsetOf(query);
  const rows = await listSourceRows(deps.database.db, target, { limit: query.per_page, offset });
  const total =
    knownTotal(rows.length, offset, query.per_page) ?? (await sourceUsage(deps.database.db, target)).sources;
  return toPage(
    rows.map((r) => toSourceResponse(deps, r)),
    total,
    query,
  );
}

export async function getSource(deps: SourceDeps, target: Target, id: string): Promise<SourceResponse> {
  return toSourceResponse(deps, await sourceRow(deps, target, id));
}

/** Adds a source and queues its training; the chatbot answers from it once `trained`. */
export async function createSource(
  deps: SourceDeps,
  principal: Principal,
  target: Target,
  body: CreateSourceBody,
  asked?: AskedQuestion,
): Promise<SourceResponse> {
  const { title, content, fromMessageId } =
    body.type === 'text'
      ? { title: body.title, content: { text: body.text } satisfies TextContent, fromMessageId: null }
      : qnaOf(body, asked);
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
  const current = await sourceRow(deps, target, id);
  const allowed = current.type === 'text' ? ['title', 'text'] : ['question', 'answer', 'alternatives'];
  const wrong = Object.keys(body).find((field) => !allowed.includes(field));
  if (wrong)
    throw new ApiError(
      'invalid_parameter',
      `A ${current.type === 'qna' ? 'Q&A' : 'text'} source has no ${wrong}; it takes ${allowed.join(', ')}.`,
      wrong,
    );
  const content: TextContent | QnaContent =
    current.type === 'text'
      ? { text: body.text ?? textContent(current).text }
      : {
          question: body.question ?? qnaContent(current).question,
          answer: body.answer ?? qnaContent(current).answer,
          alternatives: body.alternatives ?? qnaContent(current).alternatives,
        };
  const title = current.type === 'text' ? (body.title ?? current.title) : (content as QnaContent).question;
  const characters = charactersOf(content);
  const changed = await deps.database.db.transaction().execute(async (trx) => {
    await deps.database.engine.lockWorkspace(trx, target.workspaceId);
    assertWithinPlan(deps, principal, await sourceUsage(trx, target), {
      sources: 0,
      characters: characters - current.characters,
    });
    const next = {
      title,
      content: JSON.stringify(content),
      characters,
      status: 'pending' as const,
      revision: current.revision + 1,
      updated_at: nowIso(),
    };
    // Two changes at once: the one that read the latest revision wins, the other is told to retry.
    if (!(await updateSourceRow(trx, id, next, current.revision)))
      throw new ApiError('invalid_request', 'The source changed meanwhile; read it again and retry.', 'id');
    return { ...current, ...next };
  });
  await enqueueTraining(deps, changed);
  return toSourceResponse(deps, changed);
}

/** Removes a source and its pages from the index at once. */
export async function deleteSource(deps: SourceDeps, target: Target, id: string): Promise<void> {
  await sourceRow(deps, target, id);
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

/** A visitor's question a Q&A source is made from: found by the caller from `from_message_id`. */
export interface AskedQuestion {
  messageId: string;
  question: string | undefined;
}

function qnaOf(body: Extract<CreateSourceBody, { type: 'qna' }>, asked: AskedQuestion | undefined) {
  const question = body.question ?? asked?.question;
  if (question === undefined)
    throw new ApiError(
      'invalid_parameter',
      asked
        ? `Message '${asked.messageId}' answers no question; give question.`
        : 'question is required unless from_message_id is given.',
      'question',
    );
  const content: QnaContent = { question, answer: body.answer, alternatives: body.alternatives ?? [] };
  return { title: question, content, fromMessageId: asked?.messageId ?? null };
}

function charactersOf(content: TextContent | QnaContent): number {
  return 'text' in content
    ? content.text.length
    : content.question.length + content.answer.length + content.alternatives.reduce((n, a) => n + a.length, 0);
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

async function enqueueTraining(deps: SourceDeps, row: Pick<SourceRow, 'id' | 'revision'>): Promise<void> {
  await deps.queue.enqueue(
    trainSourceJob,
    { sourceId: row.id, revision: row.revision },
    { key: `chatbots.train-source.${row.id}.${row.revision}` },
  );
}

export function toSourceResponse(deps: Pick<SourceDeps, 'config'>, row: SourceRow): SourceResponse {
  const qna = row.type === 'qna' ? qnaContent(row) : undefined;
  return {
    id: row.id,
    chatbot_id: row.chatbot_id,
    type: row.type,
    title: row.title,
    text: row.type === 'text' ? textContent(row).text : null,
    question: qna?.question ?? null,
    answer: qna?.answer ?? null,
    alternatives: qna?.alternatives ?? null,
    url: sourceUrl(deps.config.publicUrl, row.id),
    status: row.status,
    error: row.error,
    characters: Number(row.characters),
    pages: Number(row.pages),
    chunks: Number(row.chunks),
    from_message_id: row.from_message_id,
    last_trained_at: row.trained_at === null ? null : apiTime(row.trained_at),
    created_at: apiTime(row.created_at),
    updated_at: apiTime(row.updated_at),
  };
}
