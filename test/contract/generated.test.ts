import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the generated contract', () => {
  // In a process of its own: the document is generated from the route modules
  // as a fresh server loads them, not as other test files left them.
  it('is what the server documents today: run `npm run generate` after changing a route', () => {
    const run = () =>
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-sdk.ts', '--check'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    expect(run).not.toThrow();
  }, 120_000);
});
