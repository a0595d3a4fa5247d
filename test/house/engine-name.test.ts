import { describe, expect, it } from 'vitest';
import { read, sourceFiles } from './source-files.js';

// Features never ask which engine they run on (ARCHITECTURE.md): what differs
// between SQLite and PostgreSQL is a method of `database.engine`.

const ENGINE_NAME = /\.dialect\b|\bDialect\b|'postgres'|'sqlite'|"postgres"|"sqlite"/;

describe('features never branch on the engine', () => {
  it('finds an engine switch where there is one (so the check below can fail)', () => {
    expect(ENGINE_NAME.test(`return database.dialect === 'postgres' ? a : b;`)).toBe(true);
    expect(ENGINE_NAME.test(`return database.engine.pick({ sqlite: a, postgres: b });`)).toBe(false);
  });

  it('no feature, job or HTTP file names an engine', () => {
    const files = ['src/features', 'src/jobs', 'src/http'].flatMap((dir) => sourceFiles(dir));
    expect(files.length).toBeGreaterThan(100);
    const named = files.filter((file) => ENGINE_NAME.test(read(file)));
    expect(named).toEqual([]);
  });
});
