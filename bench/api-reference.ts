// The reference server of `npm run bench:api`: what an authenticated list
// request costs with nothing but node:http and better-sqlite3 — the key's
// SHA-256 looked up in its index (with its workspace's plan), a page of the
// workspace's chatbots read and serialised. No validation, no rate limit, no
// framework: the floor Grivo's own request handling is measured against.
// Run as its own process: `tsx bench/api-reference.ts DB_FILE PORT`.
import { createHash } from 'node:crypto';
import http from 'node:http';
import Database from 'better-sqlite3';

const [file, port] = process.argv.slice(2) as [string, string];
const db = new Database(file, { readonly: true, fileMustExist: true });
db.pragma('journal_mode'); // WAL, as Grivo left it
const keyByHash = db.prepare(
  'select k.id, k.workspace_id, k.revoked_at, w.plan from api_keys k join workspaces w on w.id = k.workspace_id where k.key_hash = ?',
);
const page = db.prepare(
  'select * from chatbots where workspace_id = ? order by created_at desc, id desc limit ? offset ?',
);
const count = db.prepare('select count(*) as n from chatbots where workspace_id = ?');

function refuse(res: http.ServerResponse, status: number, code: string): void {
  const body = JSON.stringify({ error: { code, message: code, status } });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

http
  .createServer((req, res) => {
    const secret = /^Bearer +(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!secret) return refuse(res, 401, 'missing_api_key');
    const key = keyByHash.get(createHash('sha256').update(secret).digest('hex')) as
      | { workspace_id: string; revoked_at: string | null }
      | undefined;
    if (!key || key.revoked_at !== null) return refuse(res, 401, 'invalid_api_key');
    const rows = page.all(key.workspace_id, 20, 0);
    const total = rows.length < 20 ? rows.length : (count.get(key.workspace_id) as { n: number }).n;
    const body = JSON.stringify({ data: rows, total, page: 1 });
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  })
  .listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
