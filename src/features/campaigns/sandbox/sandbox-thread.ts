import { servePoolTasks, type PoolThread } from '../../../lib/worker-pool-thread.js';
import { TokenSigner } from '../../../lib/tracking-tokens.js';
import { FIELDS, TemplateLimitError } from '../render/template-limits.js';
import { checkCampaignTemplates, compileCampaign, type RenderOptions } from '../render/template.js';
import { renderDataTemplates } from '../render/data-template.js';
import type { TemplateField } from '../render/template-problem.js';
import { messageBuilder, type BuildMessage, type MessageDeps } from '../render/message.js';
import { withSenderFooter } from '../render/sender-footer.js';
import { composeMime } from '../../../providers/mail/compose.js';
import type { OutgoingMessage } from '../../../providers/mail/mailer.js';
import type {
  CheckResult,
  DataResult,
  LimitReport,
  MessageCampaign,
  MessagesResult,
  PreviewResult,
  Rendered,
  SandboxTask,
  SandboxThreadData,
} from './tasks.js';

// A template sandbox thread: every Liquid render of the server happens here,
// under the pool's heap limit and per-render watchdog (see lib/worker-pool.ts).

const BUILDERS_KEPT = 16;
const builders = new Map<string, BuildMessage>();

function limitReport(error: TemplateLimitError, index?: number): { limit: LimitReport } {
  return { limit: { limit: error.limit, field: error.field, ...(index === undefined ? {} : { index }) } };
}

let signer: TokenSigner | undefined;

servePoolTasks((message, thread: PoolThread) => {
  const data = thread.data as SandboxThreadData;
  signer ??= new TokenSigner(Buffer.from(data.secret));
  const options = (unit: number): RenderOptions => ({
    renderLimitMs: data.renderLimitMs,
    maxOutputBytes: data.maxOutputBytes,
    onPart: (field: TemplateField) => thread.mark(unit, FIELDS.indexOf(field)),
  });
  const task = message as SandboxTask;
  switch (task.type) {
    case 'check':
      return check(task, options(-1));
    case 'preview':
      return preview(task, options(-1));
    case 'messages':
      return messages(
        task,
        { signer, publicUrl: data.publicUrl, bounceDomain: data.bounceDomain },
        data.outputBudget,
        options,
        thread,
      );
    case 'data':
      return renderData(task, options(-1));
  }
});

function check(task: Extract<SandboxTask, { type: 'check' }>, options: RenderOptions): CheckResult {
  try {
    return checkCampaignTemplates(task.content, options);
  } catch (error) {
    if (error instanceof TemplateLimitError) return limitReport(error);
    throw error;
  }
}

function renderData(task: Extract<SandboxTask, { type: 'data' }>, options: RenderOptions): DataResult {
  try {
    return renderDataTemplates(task.content, task.data, task.email, options);
  } catch (error) {
    if (error instanceof TemplateLimitError) return limitReport(error);
    throw error;
  }
}

function preview(task: Extract<SandboxTask, { type: 'preview' }>, options: RenderOptions): PreviewResult {
  const compiled = compileCampaign(task.content);
  try {
    // Links keep their own URLs: the click redirect only knows a saved campaign's links.
    return {
      content: compiled.render(task.recipient, { ...task.urls, click: (index) => compiled.links[index]! }, options),
    };
  } catch (error) {
    if (error instanceof TemplateLimitError) return limitReport(error);
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function messages(
  task: Extract<SandboxTask, { type: 'messages' }>,
  deps: MessageDeps,
  outputBudget: number,
  options: (unit: number) => RenderOptions,
  thread: PoolThread,
): MessagesResult {
  const build = builderFor(task.campaign, deps, task.subjectPrefix);
  const out: Rendered[] = [];
  let output = 0;
  for (let i = 0; i < task.recipients.length && (i === 0 || output < outputBudget); i++) {
    const { contactId, data, key } = task.recipients[i]!;
    let message: OutgoingMessage;
    try {
      message = withSenderFooter(build(contactId, data, key, options(i)), task.footer);
    } catch (error) {
      if (error instanceof TemplateLimitError) return limitReport(error, i);
      // One recipient whose data breaks the template says why instead of failing the batch.
      out.push({ error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    output += message.subject.length + message.html.length + message.text.length;
    if (task.compose) {
      // Under the same wall-clock budget as the render.
      thread.mark(i);
      try {
        message.mime = composeMime(message);
      } catch (error) {
        out.push({
          error: `its MIME could not be composed: ${error instanceof Error ? error.message : String(error)}`,
        });
        continue;
      }
      output += message.mime.byteLength / 2;
    }
    out.push(message);
  }
  return { messages: out };
}

function builderFor(campaign: MessageCampaign, deps: MessageDeps, subjectPrefix: string | undefined): BuildMessage {
  const cacheKey = `${campaign.version}\u0000${subjectPrefix ?? ''}`;
  let build = builders.get(cacheKey);
  if (!build) {
    build = messageBuilder(deps, campaign, { subjectPrefix });
    if (builders.size >= BUILDERS_KEPT) builders.delete(builders.keys().next().value!);
    builders.set(cacheKey, build);
  }
  return build;
}
