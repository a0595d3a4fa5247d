import MailComposer from 'nodemailer/lib/mail-composer';
import { describe, expect, it } from 'vitest';
import { testMessage } from '../../../test/helpers/mail.js';
import { CONTENT_ACCESS, composeMime, toMailOptions } from './compose.js';
import type { OutgoingMessage } from './mailer.js';

// composeMime writes out the parts nodemailer builds instead of streaming them:
// its bytes must be nodemailer's own, whatever the content.

/** nodemailer's own composition of the message, through its streams. */
function nodemailerMime(message: OutgoingMessage): Promise<Buffer> {
  return new MailComposer({ ...toMailOptions(message, undefined), ...CONTENT_ACCESS }).compile().build();
}

// Each composition draws its own multipart boundary and reads the clock for its Date.
const comparable = (mime: Buffer) =>
  mime
    .toString('latin1')
    .replace(/_NmP-[0-9a-f]+-Part_/g, '_NmP-x-Part_')
    .replace(/^Date: .*$/m, 'Date: x');

const long = 'word '.repeat(40);
const cases: Array<[string, Partial<OutgoingMessage>]> = [
  ['plain ASCII parts (7bit)', {}],
  [
    'non-ASCII everywhere',
    { subject: 'Grüße, Zoë — 20 % off ✓', html: '<p>Café · naïve — 日本語</p>', text: 'Café · naïve — 日本語' },
  ],
  ['a sender name and reply-to that need encoding', { from: { name: 'Ünïcödé News', address: 'news@example.com' } }],
  [
    'long lines, soft breaks and dots starting lines',
    { html: `<p>${long}</p>\n.hidden\n..two`, text: `${long}\n.\n.x` },
  ],
  ['trailing spaces and tabs before line breaks and at the end', { text: 'a  \nb\t\nc \r\nend ', html: '<p> x </p> ' }],
  ['CRLF, lone CR and no final line break', { text: 'one\r\ntwo\rthree', html: '<b>x</b>\r\n<i>y</i>' }],
  ['= signs, long URLs and mostly non-ASCII (base64)', { text: 'a=b '.repeat(30), html: 'ŝĉĝĥĵŭ'.repeat(60) }],
  ['only a text part', { html: '' }],
  ['only an HTML part', { text: '' }],
  [
    'a VERP envelope sender and extra headers',
    { envelopeFrom: 'b.x@bounces.example.com', headers: { 'X-Grivo-Campaign': 'cmp_1', 'X-Long': long } },
  ],
];

describe('composeMime', () => {
  it.each(cases)('writes the bytes nodemailer would: %s', async (_name, overrides) => {
    const message = testMessage(overrides);
    const mine = composeMime(message);
    expect(comparable(mine)).toBe(comparable(await nodemailerMime(message)));
    expect(mine.subarray(-2).toString()).toBe('\r\n');
  });
});
