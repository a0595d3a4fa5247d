import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

/** The messages in a Maildir's new/ folder, parsed. */
export async function readOutbox(dataDir: string): Promise<Array<ParsedMail & { file: string }>> {
  const dir = path.join(dataDir, 'outbox', 'new');
  if (!fs.existsSync(dir)) return [];
  const files = fs.readdirSync(dir).sort();
  return Promise.all(files.map(async (file) => Object.assign(await simpleParser(fs.readFileSync(path.join(dir, file))), { file })));
}

/** A header exactly as written (mailparser turns some, such as List-Unsubscribe, into objects). */
export function rawHeader(message: ParsedMail, name: string): string | undefined {
  const line = message.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
}

export interface ReceivedMessage {
  to: string[];
  raw: Buffer;
}

/** A real SMTP server on loopback that keeps what it receives; `hooks` may refuse recipients or drop connections. */
export interface TestSmtpServer {
  url: string;
  received: ReceivedMessage[];
  /** Messages received per recipient address. */
  countsByRecipient(): Map<string, number>;
  close(): Promise<void>;
}

export async function startSmtpServer(hooks: Pick<SMTPServerOptions, 'onRcptTo' | 'onData'> = {}): Promise<TestSmtpServer> {
  const received: ReceivedMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo: hooks.onRcptTo,
    onData:
      hooks.onData ??
      ((stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks) });
          callback();
        });
      }),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    countsByRecipient() {
      const counts = new Map<string, number>();
      for (const m of received) for (const to of m.to) counts.set(to, (counts.get(to) ?? 0) + 1);
      return counts;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
