import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Features never ask which engine they run on (ARCHITECTURE.md): what differs
// between SQLite and PostgreSQL is a method of `database.engine`.

const ROOT = path.resolve(import.meta.dirname, '../..');
const ENGINE_NAME = /\.dialect\b|\bDialect\b|'postgres'|'sqlite'|"postgres"|"sqlite"/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

describe('features never branch on the engine', () => {
  it('finds an engine switch where there is one (so the check below can fail)', () => {
    expect(ENGINE_NAME.test(`return database.dialect === 'postgres' ? a : b;`)).toBe(true);
    expect(ENGINE_NAME.test(`return database.engine.pick({ sqlite: a, postgres: b });`)).toBe(false);
  });

  it('no feature, job or HTTP file names an engine', () => {
    const files = ['src/features', 'src/jobs', 'src/http'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    const named = files.filter((file) => ENGINE_NAME.test(fs.readFileSync(path.join(ROOT, file), 'utf8')));
    expect(named).toEqual([]);
  });
});
