import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SDK_FILES, sdkFiles } from '../../scripts/sdk-files.js';
import { openApiDocument } from '../../src/openapi-document.js';

describe('the generated contract', () => {
  it('is what the server documents today: run `npm run generate` after changing a route', async () => {
    const expected = await sdkFiles(await openApiDocument());
    for (const name of Object.keys(SDK_FILES) as (keyof typeof SDK_FILES)[]) {
      const committed = fs.readFileSync(SDK_FILES[name], 'utf8');
      expect(committed === expected[name], `${SDK_FILES[name]} is stale: run \`npm run generate\``).toBe(true);
    }
  });
});
