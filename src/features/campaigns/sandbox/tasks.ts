import type { OutgoingMessage } from '../../../providers/mail/mailer.js';
import type { SenderFooter } from '../render/sender-footer.js';
import type { CampaignContent, RecipientData, RenderedContent } from '../render/template.js';
import type { DataContent, RenderedDataContent } from '../render/data-template.js';
import type { TemplateLimitKind } from '../render/template-limits.js';
import type { TemplateField, TemplateProblem } from '../render/template-problem.js';
import type { CampaignRow } from '../store.js';

// The messages between the template sandbox and its threads.

/** What every sandbox thread is started with. */
export interface SandboxThreadData {
  publicUrl: string;
  secret: Uint8Array;
  /** GRIVO_BOUNCE_DOMAIN, for the messages' VERP return paths. */
  bounceDomain: string | undefined;
  renderLimitMs: number;
  maxOutputBytes: number;
  /** A task that messages several recipients stops early once their output passes this many UTF-16 units. */
  outputBudget: number;
}

/** The campaign fields messages are built from; `version` names this content for the thread's cache. */
export type MessageCampaign = Pick<
  CampaignRow,
  'id' | 'workspace_id' | 'subject' | 'html' | 'text' | 'from_name' | 'from_email' | 'reply_to'
> & { version: string };

export interface MessageRecipient {
  contactId: string;
  data: RecipientData;
  /** The message's own key (test sends); by default `campaign.contact`. */
  key?: string;
}

/** How a `messages` task builds them, besides the campaign. */
export interface MessageOptions {
  /** Starts every subject (test sends). */
  subjectPrefix?: string | undefined;
  /** Ends every message: the sender's name and postal address. */
  footer?: SenderFooter | undefined;
  /** Composes each message's MIME (`OutgoingMessage.mime`) too. */
  compose?: boolean | undefined;
}

export type SandboxTask =
  | { type: 'check'; content: CampaignContent }
  | { type: 'preview'; content: CampaignContent; recipient: RecipientData; urls: { open: string; unsubscribe: string } }
  | ({ type: 'messages'; campaign: MessageCampaign; recipients: MessageRecipient[] } & MessageOptions)
  | { type: 'data'; content: DataContent; data: Record<string, unknown>; email: string };

/** A limit a render broke, as the thread saw it. */
export interface LimitReport {
  limit: TemplateLimitKind;
  field: TemplateField | undefined;
  /** The recipient's position in the task. */
  index?: number;
}

/** A recipient's message, or why it could not be rendered. */
export type Rendered = OutgoingMessage | { error: string };

export type CheckResult = { problem: TemplateProblem } | { links: string[] } | { limit: LimitReport };
export type PreviewResult = { content: RenderedContent } | { error: string } | { limit: LimitReport };
/** A transactional message rendered over its data (see render/data-template.ts). */
export type DataResult = { content: RenderedDataContent } | { problem: TemplateProblem } | { limit: LimitReport };
/** `messages` holds the first recipients' messages; fewer than asked when the output budget ran out. */
export type MessagesResult = { messages: Rendered[] } | { limit: LimitReport };
