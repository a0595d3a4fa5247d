import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SDK = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// An example without its own imports runs with a client and a chatbot id at hand.
const PRELUDE =
  "import { Grivo, GrivoError } from '@grivo/sdk';\ndeclare const grivo: Grivo;\ndeclare const botId: string;\nexport {};\n";

/** Every ```ts block of the README, in order. */
function examples(): string[] {
  const readme = fs.readFileSync(path.join(SDK, 'README.md'), 'utf8');
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

describe('the README', () => {
  it('has examples for every area', () => {
    const all = examples().join('\n');
    for (const area of [
      'grivo.chatbots.',
      'grivo.chatbots.sources.',
      'chatStream',
      'grivo.contacts.import',
      'grivo.campaigns.',
      'GrivoError',
      '.pages()',
      'idempotencyKey',
    ])
      expect(all).toContain(area);
  });

  it('compiles every example against the SDK’s source', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grivo-readme-'));
    try {
      const files = examples().map((code, i) => {
        const file = path.join(dir, `example-${i + 1}.mts`);
        fs.writeFileSync(file, /^import /m.test(code) ? code : `${PRELUDE}${code}`);
        return file;
      });
      const program = ts.createProgram(files, {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        // As a Node.js project compiles them: its own types, no DOM.
        lib: ['lib.es2023.d.ts'],
        types: ['node'],
        typeRoots: [path.join(SDK, '../../node_modules/@types')],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        paths: { '@grivo/sdk': [path.join(SDK, 'src/index.ts')] },
      });
      const problems = ts.getPreEmitDiagnostics(program).map((d) => {
        const where = d.file
          ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
          : '';
        return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
      expect(problems).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
