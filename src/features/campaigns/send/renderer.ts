import type { Worker } from 'node:worker_threads';
import { startThread } from '../../../lib/threads.js';
import type { OutgoingMessage } from '../../../providers/mail/mailer.js';
import type { RecipientData } from '../render/template.js';
import type { CampaignRow } from '../store.js';
import { valuesOf } from '../../contacts/contact-row.js';
import { messageBuilder, type BuildMessage, type MessageDeps } from './message.js';
import type { DueRecipient } from './recipients-store.js';

/** A recipient's message, or why it could not be rendered. */
export type Rendered = OutgoingMessage | { error: string };

/** Renders batches of recipients' messages: on a thread of its own for large sends, inline for small ones. */
export interface Renderer {
  render(recipients: DueRecipient[]): Promise<Rendered[]>;
  close(): Promise<void>;
}

export interface RenderThreadData {
  campaign: Pick<CampaignRow, 'id' | 'subject' | 'html' | 'text' | 'from_name' | 'from_email' | 'reply_to'>;
  publicUrl: string;
  secret: Uint8Array;
}
export interface RenderRequest {
  id: number;
  recipients: Array<{ contactId: string; data: RecipientData }>;
}
export interface RenderResponse {
  id: number;
  messages: Rendered[];
}

// Below this many recipients a thread costs more to start than it saves.
const THREAD_MIN_RECIPIENTS = 1000;

/** What the templates get for a due recipient (only subscribed ones, whose contact exists, are rendered). */
function recipientData(r: DueRecipient): RecipientData {
  return valuesOf({ ...r, email: r.email!, attributes: r.attributes!, tags: r.tags!, status: r.contact_status! });
}

/** Renders each recipient's message; one that fails says why instead of failing the batch. */
export function renderEach(build: BuildMessage, recipients: RenderRequest['recipients']): Rendered[] {
  return recipients.map(({ contactId, data }) => {
    try {
      return build(contactId, data);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
}

const toRequest = (recipients: DueRecipient[]) => recipients.map((r) => ({ contactId: r.contact_id, data: recipientData(r) }));

export function createRenderer(deps: MessageDeps, campaign: CampaignRow): Renderer {
  if (campaign.recipients < THREAD_MIN_RECIPIENTS) {
    const build = messageBuilder(deps, campaign);
    return {
      render: async (recipients) => renderEach(build, toRequest(recipients)),
      async close() {},
    };
  }
  return new ThreadRenderer(deps, campaign);
}

class ThreadRenderer implements Renderer {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve(messages: Rendered[]): void; reject(error: Error): void }>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(deps: MessageDeps, campaign: CampaignRow) {
    const { id, subject, html, text, from_name, from_email, reply_to } = campaign;
    const workerData: RenderThreadData = {
      campaign: { id, subject, html, text, from_name, from_email, reply_to },
      publicUrl: deps.publicUrl,
      secret: deps.signer.secret,
    };
    this.worker = startThread(import.meta.url, 'render-thread', workerData);
    this.worker.on('message', ({ id: requestId, messages }: RenderResponse) => {
      this.waiting.get(requestId)?.resolve(messages);
      this.waiting.delete(requestId);
    });
    const fail = (error: Error) => {
      this.failure ??= error;
      for (const { reject } of this.waiting.values()) reject(error);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the render thread exited with code ${code}`)));
  }

  render(recipients: DueRecipient[]): Promise<Rendered[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const request: RenderRequest = { id, recipients: toRequest(recipients) };
      this.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}
