import type { Worker } from 'node:worker_threads';
import { startThread } from '../../../lib/threads.js';
import type { OutgoingMessage } from '../../../providers/mail/mailer.js';
import type { RecipientData } from '../render/template.js';
import type { CampaignRow } from '../store.js';
import { messageBuilder, type MessageDeps } from './message.js';
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

export function recipientData(r: DueRecipient): RecipientData {
  return {
    email: r.email!,
    first_name: r.first_name,
    last_name: r.last_name,
    phone: r.phone,
    attributes: JSON.parse(r.attributes ?? '{}') as Record<string, unknown>,
    tags: JSON.parse(r.tags ?? '[]') as string[],
  };
}

export function createRenderer(deps: MessageDeps, campaign: CampaignRow): Renderer {
  if (campaign.recipients < THREAD_MIN_RECIPIENTS) {
    const build = messageBuilder(deps, campaign);
    return {
      async render(recipients) {
        return recipients.map((r) => {
          try {
            return build(r.contact_id, recipientData(r));
          } catch (error) {
            return { error: error instanceof Error ? error.message : String(error) };
          }
        });
      },
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
      const request: RenderRequest = { id, recipients: recipients.map((r) => ({ contactId: r.contact_id, data: recipientData(r) })) };
      this.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}
