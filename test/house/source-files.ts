import fs from 'node:fs';
import path from 'node:path';

/** The repository's root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The TypeScript source files under `dir` (relative to the root), tests and anything under `skip` left out. */
export function sourceFiles(dir: string, skip: readonly string[] = []): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(file) ? [] : sourceFiles(file, skip);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

/** A source file's text. */
export function read(file: string): string {
  return fs.readFileSync(path.join(ROOT, file), 'utf8');
}
