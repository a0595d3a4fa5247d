import fs from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';

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
