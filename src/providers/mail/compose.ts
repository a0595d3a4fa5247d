import { createPrivateKey } from 'node:crypto';
import type { DKIMOptions, SendMailOptions } from 'nodemailer';
import * as base64 from 'nodemailer/lib/base64';
import MailComposer from 'nodemailer/lib/mail-composer';
import type MimeNode from 'nodemailer/lib/mime-node';
import * as qp from 'nodemailer/lib/qp';
import { ConfigError, type MailConfig } from '../../config.js';
import type { OutgoingMessage } from './mailer.js';

/**
 * The nodemailer message for one OutgoingMessage. nodemailer adds the Date
 * header and builds multipart/alternative from `text` + `html`. Extra headers
 * go through its normal encoding (folded at whitespace, non-ASCII as encoded
 * words), so they read back verbatim once unfolded and cannot smuggle in a
 * line break of their own. A message composed ahead (`mime`) goes as it is.
 */
export function toMailOptions(message: OutgoingMessage, signal: AbortSignal | undefined): SendMailOptions {
  const { mime } = message;
  if (mime !== undefined)
    return {
      envelope: { from: message.envelopeFrom ?? message.from.address, to: [message.to] },
      raw: Buffer.from(mime.buffer, mime.byteOffset, mime.byteLength),
      // Only for nodemailer's own bookkeeping (the raw bytes carry theirs):
      // without it, it makes up a random one for every message it sends.
      messageId: message.messageId,
      signal,
    };
  return {
    from:
      message.from.name === null ? message.from.address : { name: message.from.name, address: message.from.address },
    to: message.to,
    replyTo: message.replyTo ?? undefined,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: message.headers,
    messageId: message.messageId,
    // Bounces go to the envelope sender (the Return-Path), which may differ from From.
    ...(message.envelopeFrom === undefined ? {} : { envelope: { from: message.envelopeFrom, to: message.to } }),
    signal,
  };
}

/**
 * The message as `toMailOptions` has nodemailer compose it (headers, Date
 * included, and body; a DKIM signature is added when it is sent), for `mime`:
 * built where there is time to spare, it leaves the sender only the writing.
 * nodemailer builds the parts and their headers; the bytes are written here,
 * at once, rather than through its streams (a stream, an encoder and a timer
 * turn per part): the same bytes (compose.test.ts) for a third of the CPU.
 */
export function composeMime(message: OutgoingMessage): Buffer {
  const root = new MailComposer({
    ...toMailOptions({ ...message, mime: undefined }, undefined),
    ...CONTENT_ACCESS,
  }).compile();
  const out: string[] = [];
  writeNode(root, out);
  const mime = out.join('');
  // nodemailer ends every message with a line break.
  return Buffer.from(mime.endsWith('\n') ? mime : mime.endsWith('\r') ? `${mime}\n` : `${mime}\r\n`);
}

// As MimeNode.stream writes a node: its headers, its content encoded as its
// headers say, then each child between boundaries.
function writeNode(node: MimeNode, out: string[]): void {
  out.push(`${node.buildHeaders()}\r\n\r\n`);
  if (node.content) {
    // A message has text parts only, given as strings (nodemailer encodes any other QP part as binary).
    if (typeof node.content !== 'string' || !/^text\//i.test(node.contentType ?? ''))
      throw new Error(`cannot compose a ${node.contentType} part`);
    const encoding = node.getTransferEncoding();
    if (encoding === 'quoted-printable') out.push(qp.wrap(qp.encode(node.content), LINE_LENGTH));
    else if (encoding === 'base64') out.push(base64.wrap(base64.encode(node.content), LINE_LENGTH));
    else out.push(node.content);
  }
  if (node.multipart) {
    node.childNodes.forEach((child, i) => {
      out.push(`${i > 0 ? '\r\n' : ''}--${node.boundary}\r\n`);
      writeNode(child, out);
    });
    out.push(`\r\n--${node.boundary}--\r\n`);
  }
}

// nodemailer's encoders' line length.
const LINE_LENGTH = 76;

/**
 * nodemailer's DKIM options for the configured key, or undefined. The key is
 * parsed here, once, because nodemailer sends a message unsigned when its
 * key cannot sign, and a silent fallback to unsigned mail would go unnoticed.
 */
export function dkimOptions(dkim: MailConfig['dkim']): DKIMOptions | undefined {
  if (!dkim) return undefined;
  try {
    const key = createPrivateKey(dkim.privateKey);
    if (key.asymmetricKeyType !== 'rsa')
      throw new Error(`a ${key.asymmetricKeyType} key; DKIM signing here needs an RSA key`);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  GRIVO_DKIM_PRIVATE_KEY: ${(error as Error).message}`);
  }
  return { domainName: dkim.domainName, keySelector: dkim.keySelector, privateKey: dkim.privateKey };
}

/** Message content is always our own strings: never let it name a file or URL to read. */
export const CONTENT_ACCESS = { disableFileAccess: true, disableUrlAccess: true } as const;
