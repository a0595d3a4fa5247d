import { WorkerLimitError, WorkerPool } from '../../../lib/worker-pool.js';
import { FIELDS, TemplateLimitError, type TemplateLimits } from '../render/template-limits.js';
import type { CampaignContent, RecipientData, RenderedContent } from '../render/template.js';
import type { DataContent, RenderedDataContent } from '../render/data-template.js';
import type { TemplateProblem } from '../render/template-problem.js';
import type {
  CheckResult,
  DataResult,
  LimitReport,
  MessageCampaign,
  MessageOptions,
  MessageRecipient,
  MessagesResult,
  PreviewResult,
  Rendered,
  SandboxTask,
  SandboxThreadData,
} from './tasks.js';

export type { MessageCampaign, MessageOptions, MessageRecipient, Rendered } from './tasks.js';

/** A limit broken while messaging recipients: which recipient, besides which limit and part. */
export class RecipientLimitError extends TemplateLimitError {
  constructor(
    error: TemplateLimitError,
    readonly contactId: string | undefined,
  ) {
    super(error.limit, error.field);
  }
}

export interface TemplateSandboxOptions {
  limits: TemplateLimits;
  /** Sandbox threads at most. */
  threads: number;
  publicUrl: string;
  /** Signs tracking links (and VERP return paths) in the threads. */
  secret: Uint8Array;
  /** GRIVO_BOUNCE_DOMAIN; undefined: messages get no VERP return path. */
  bounceDomain?: string | undefined;
}

// Recipients per task: small enough that a send's batch spreads over every
// thread, large enough that messaging costs little per recipient.
const RECIPIENTS_PER_TASK = 50;

/**
 * Where every Liquid template of the server is rendered: checks on save,
 * previews, test sends and sends of any size. Threads of their own with a
 * heap limit, a wall-clock budget per render (a thread over it is killed)
 * and a cap on each rendered part; a render over a limit throws
 * TemplateLimitError. The main thread never runs a template, so no template
 * can slow another workspace's requests.
 */
export class TemplateSandbox {
  readonly limits: TemplateLimits;
  private readonly pool: WorkerPool;

  constructor(options: TemplateSandboxOptions) {
    this.limits = options.limits;
    const data: SandboxThreadData = {
      publicUrl: options.publicUrl,
      secret: options.secret,
      bounceDomain: options.bounceDomain,
      renderLimitMs: options.limits.timeoutMs,
      maxOutputBytes: options.limits.maxOutputBytes,
      // A quarter of the heap, in UTF-16 units of output, for the messages a task holds before sending them back.
      outputBudget: (options.limits.heapMb * 1024 * 1024) / 8,
    };
    this.pool = new WorkerPool({
      here: import.meta.url,
      name: 'sandbox-thread',
      size: options.threads,
      workerData: data,
      heapMb: options.limits.heapMb,
      unitTimeoutMs: options.limits.timeoutMs,
    });
  }

  /** The first problem of a campaign's templates, or the links click tracking will rewrite. Throws TemplateLimitError. */
  async check(content: CampaignContent): Promise<{ problem: TemplateProblem } | { links: string[] }> {
    const result = await this.run<CheckResult>({ type: 'check', content });
    if ('limit' in result) throw limitError(result.limit);
    return result;
  }

  /** The campaign as this recipient would get it (links unrewritten); `error` when their data breaks it. Throws TemplateLimitError. */
  async preview(
    content: CampaignContent,
    recipient: RecipientData,
    urls: { open: string; unsubscribe: string },
  ): Promise<RenderedContent | { error: string }> {
    const result = await this.run<PreviewResult>({ type: 'preview', content, recipient, urls });
    if ('limit' in result) throw limitError(result.limit);
    return 'content' in result ? result.content : result;
  }

  /**
   * Each recipient's message, in order, spread over the threads; a recipient
   * whose data breaks the template gets an `error`. Throws RecipientLimitError
   * naming the recipient when a limit is broken.
   */
  async messages(
    campaign: MessageCampaign,
    recipients: MessageRecipient[],
    options: MessageOptions = {},
  ): Promise<Rendered[]> {
    const chunks: MessageRecipient[][] = [];
    for (let i = 0; i < recipients.length; i += RECIPIENTS_PER_TASK)
      chunks.push(recipients.slice(i, i + RECIPIENTS_PER_TASK));
    const parts = await Promise.all(chunks.map((chunk) => this.messageChunk(campaign, chunk, options)));
    return parts.flat();
  }

  /** A transactional message rendered over `data` (no tracking), or its first template problem. Throws TemplateLimitError. */
  async renderData(
    content: DataContent,
    data: Record<string, unknown>,
    email: string,
  ): Promise<{ content: RenderedDataContent } | { problem: TemplateProblem }> {
    const result = await this.run<DataResult>({ type: 'data', content, data, email });
    if ('limit' in result) throw limitError(result.limit);
    return result;
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private async messageChunk(
    campaign: MessageCampaign,
    recipients: MessageRecipient[],
    options: MessageOptions,
  ): Promise<Rendered[]> {
    const out: Rendered[] = [];
    // A task hands back fewer messages than asked when they are large: the rest go in the next.
    while (out.length < recipients.length) {
      const rest = recipients.slice(out.length);
      const result = await this.run<MessagesResult>(
        { type: 'messages', campaign, recipients: rest, ...options },
        (unit) => rest[unit]?.contactId,
      );
      if ('limit' in result)
        throw new RecipientLimitError(limitError(result.limit), rest[result.limit.index ?? -1]?.contactId);
      out.push(...result.messages);
    }
    return out;
  }

  private async run<T>(task: SandboxTask, recipientOf?: (unit: number) => string | undefined): Promise<T> {
    try {
      return await this.pool.run<T>(task);
    } catch (error) {
      if (!(error instanceof WorkerLimitError)) throw error;
      const limit = new TemplateLimitError(error.limit, FIELDS[error.label]);
      throw recipientOf ? new RecipientLimitError(limit, recipientOf(error.unit)) : limit;
    }
  }
}

function limitError(report: LimitReport): TemplateLimitError {
  return new TemplateLimitError(report.limit, report.field);
}
