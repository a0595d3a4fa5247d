/**
 * `npm run generate`: writes the server's OpenAPI document and the TypeScript
 * types generated from it into packages/sdk. With `--check` it writes nothing
 * and exits 1, naming them, when the committed files are stale (`npm test` runs it).
 */
import fs from 'node:fs';
import { openApiDocument } from '../src/openapi-document.js';
import { SDK_FILES, sdkFiles } from './sdk-files.js';

const check = process.argv.includes('--check');
const files = await sdkFiles(await openApiDocument());
const stale: string[] = [];
for (const [name, content] of Object.entries(files)) {
  const file = SDK_FILES[name as keyof typeof SDK_FILES];
  if (!check) {
    fs.writeFileSync(file, content);
    console.log(`wrote ${file}`);
  } else if (fs.readFileSync(file, 'utf8') !== content) stale.push(file);
}
if (stale.length > 0) {
  console.error(`stale: ${stale.join(', ')}: run \`npm run generate\``);
  process.exit(1);
}
