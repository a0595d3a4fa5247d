import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const FILE = 'secret.key';

/**
 * The key tracking tokens are signed with: GRIVO_SECRET when set, otherwise
 * one generated on first start and kept in the data dir (so links in mail
 * already sent keep working after a restart). Processes on several machines
 * must share GRIVO_SECRET.
 */
export function loadSecret(configured: string | undefined, dataDir: string): Buffer {
  if (configured !== undefined) return Buffer.from(configured, 'utf8');
  const file = path.join(dataDir, FILE);
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) {
    // Written whole under a private name, then linked into place: of several
    // processes starting together one link wins, and nobody reads half a file.
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.writeFileSync(tmp, randomBytes(32).toString('base64url'), { mode: 0o600 });
    try {
      fs.linkSync(tmp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(tmp, { force: true });
    }
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < 32)
    throw new Error(`${file} does not hold a usable secret; delete it to have a new one generated.`);
  return Buffer.from(secret, 'utf8');
}
