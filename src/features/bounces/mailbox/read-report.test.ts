import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMailboxReport } from './read-report.js';

const fixture = (name: string, recipient = 'ada@example.org') =>
  Buffer.from(
    fs
      .readFileSync(new URL(`../../../../test/fixtures/bounces/${name}`, import.meta.url), 'utf8')
      .replaceAll('{{RETURN_PATH}}', 'bounces+abc@bounces.example.com')
      .replaceAll('{{RECIPIENT}}', recipient)
      .replaceAll('{{MESSAGE_ID}}', '<cmp_x.ct_y@acme.test>')
      .replace(/\r?\n/g, '\r\n'),
  );
const original = { messageId: '<cmp_x.ct_y@acme.test>', to: 'ada@example.org' };

describe('readMailboxReport', () => {
  it('reads a Postfix hard bounce, its diagnostic and the returned message', async () => {
    expect(await readMailboxReport(fixture('postfix-hard-5.1.1.eml'))).toEqual({
      kind: 'bounce',
      bounceType: 'hard',
      email: 'ada@example.org',
      diagnostic: '550 5.1.1 <ada@example.org>: Recipient address rejected: User unknown in local recipient table',
      original,
    });
  });

  it('reads a delay warning as a soft bounce, with the original headers only', async () => {
    expect(await readMailboxReport(fixture('postfix-soft-4.2.2-delayed.eml'))).toMatchObject({
      kind: 'bounce',
      bounceType: 'soft',
      diagnostic: '452 4.2.2 Mailbox full',
      original,
    });
  });

  it('reads an Exchange non-delivery report beside its nested alternative part', async () => {
    expect(await readMailboxReport(fixture('exchange-hard-5.1.10.eml'))).toMatchObject({
      kind: 'bounce',
      bounceType: 'hard',
      email: 'ada@example.org',
      original,
    });
  });

  it('reads an ARF abuse report as a complaint', async () => {
    expect(await readMailboxReport(fixture('arf-complaint.eml'))).toEqual({
      kind: 'complaint',
      feedbackType: 'abuse',
      email: 'ada@example.org',
      original,
    });
    const redacted = Buffer.from(
      fixture('arf-complaint.eml')
        .toString()
        .replace(/Original-Rcpt-To:.*\r\n/, ''),
    );
    expect(await readMailboxReport(redacted)).toMatchObject({ kind: 'complaint', email: undefined, original });
  });

  it('ignores an out-of-office reply, a not-spam report and a report without its status part', async () => {
    expect(await readMailboxReport(fixture('auto-reply.eml'))).toMatchObject({ kind: 'ignored' });
    const notSpam = fixture('arf-complaint.eml').toString().replace('Feedback-Type: abuse', 'Feedback-Type: not-spam');
    expect(await readMailboxReport(Buffer.from(notSpam))).toMatchObject({ kind: 'ignored' });
    const noStatus = fixture('postfix-hard-5.1.1.eml')
      .toString()
      .replace('Content-Type: message/delivery-status', 'Content-Type: text/plain');
    expect(await readMailboxReport(Buffer.from(noStatus))).toMatchObject({ kind: 'ignored' });
  });
});
