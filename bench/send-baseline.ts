// The baseline of `npm run bench:send`: a bare pooled nodemailer transport
// sending pre-rendered messages to the same sink, as fast as it will.
//
// The messages are rendered beforehand, untimed, by Grivo's own renderer for
// the same campaign (so they are the same size, with the same tracking links
// and headers, as the ones Grivo sends). Only the first `RENDERED` recipients
// are rendered; message i reuses the content of message i % RENDERED with its
// own address and Message-ID — nodemailer builds every MIME message afresh
// either way, and 100,000 distinct bodies would hold ~800 MB in this process.
import { randomBytes } from 'node:crypto';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { messageBuilder } from '../src/features/campaigns/render/message.js';
import type { CampaignRow } from '../src/features/campaigns/store.js';
import { TokenSigner } from '../src/lib/tracking-tokens.js';
import { randomBase62 } from '../src/lib/ids.js';
import { CAMPAIGN, contactAt } from './send-content.js';

const RENDERED = 1000;

export interface BaselineFigures {
  messages: number;
  seconds: number;
  perSecond: number;
  /** Mean size of a message's HTML and text parts, before MIME encoding. */
  contentBytes: number;
  /** How many sendMail calls were in flight at once. */
  inFlight: number;
}

/** The nodemailer options of `messages` messages, rendered as Grivo renders them for `campaignId`. */
export function renderBaselineMessages(
  campaignId: string,
  publicUrl: string,
  messages: number,
): { mails: SendMailOptions[]; contentBytes: number } {
  // Cast: the builder reads only these fields of a campaign's row.
  const row = { ...CAMPAIGN, id: campaignId, text: null, reply_to: null } as unknown as CampaignRow;
  const build = messageBuilder({ signer: new TokenSigner(randomBytes(32)), publicUrl }, row);
  const rendered = Array.from({ length: Math.min(messages, RENDERED) }, (_, i) => {
    const c = contactAt(i);
    return build(`ct_${randomBase62(16)}`, {
      email: c.email,
      first_name: c.first_name || null,
      last_name: c.last_name,
      phone: null,
      attributes: { city: c.city },
      tags: [],
    });
  });
  const contentBytes =
    rendered.reduce((sum, m) => sum + Buffer.byteLength(m.html) + Buffer.byteLength(m.text), 0) / rendered.length;
  const domain = CAMPAIGN.from_email.split('@')[1];
  const mails = Array.from({ length: messages }, (_, i): SendMailOptions => {
    const m = rendered[i % rendered.length]!;
    return {
      from: { name: m.from.name ?? '', address: m.from.address },
      to: contactAt(i).email,
      subject: m.subject,
      text: m.text,
      html: m.html,
      headers: m.headers,
      messageId: `<${campaignId}.ct_${String(i).padStart(16, '0')}@${domain}>`,
    };
  });
  return { mails, contentBytes };
}

/**
 * Sends every message through one pooled transport of `pool` connections,
 * with `inFlight` sendMail calls outstanding at a time (nodemailer queues
 * what its connections cannot take yet). Throws on the first failure.
 */
export async function nodemailerBaseline(
  sink: { host: string; port: number },
  pool: number,
  mails: SendMailOptions[],
  inFlight: number,
): Promise<Omit<BaselineFigures, 'contentBytes'>> {
  const transport = nodemailer.createTransport({
    host: sink.host,
    port: sink.port,
    pool: true,
    maxConnections: pool,
    maxMessages: Infinity,
  });
  try {
    let next = 0;
    const started = performance.now();
    const lane = async () => {
      while (next < mails.length) await transport.sendMail(mails[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(inFlight, mails.length) }, lane));
    const seconds = (performance.now() - started) / 1000;
    return { messages: mails.length, seconds, perSecond: mails.length / seconds, inFlight };
  } finally {
    transport.close();
  }
}
