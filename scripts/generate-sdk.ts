/**
 * `npm run generate`: writes the server's OpenAPI document and the TypeScript
 * types generated from it into packages/sdk. `npm test` fails when they are stale.
 */
import fs from 'node:fs';
import { openApiDocument } from '../src/openapi-document.js';
import { SDK_FILES, sdkFiles } from './sdk-files.js';

const files = await sdkFiles(await openApiDocument());
for (const [name, content] of Object.entries(files)) {
  fs.writeFileSync(SDK_FILES[name as keyof typeof SDK_FILES], content);
  console.log(`wrote ${SDK_FILES[name as keyof typeof SDK_FILES]}`);
}
