// Lists the sections Grivo cuts a page into, with the anchor each is cited
// by: what a question set's `gold` entries must name.
//   npx tsx bench/answers/list-sections.ts FILE.html [FILE.html …]
import fs from 'node:fs';
import path from 'node:path';
import { chunkPage } from '../../src/features/chatbots/training/index-page.js';

// `| head` closes the pipe early; that is not an error.
process.stdout.on('error', () => process.exit(0));

for (const file of process.argv.slice(2)) {
  const page = chunkPage(fs.readFileSync(file, 'utf8'), `https://docs.example/${path.basename(file)}`);
  console.log(`# ${file}: ${page.title} (${page.chunks.length} chunks)`);
  let last = '';
  for (const chunk of page.chunks) {
    const key = `${chunk.anchor ?? ''}\u0000${chunk.heading}`;
    if (key === last) continue;
    last = key;
    const text = chunk.text.replace(/\s+/g, ' ').slice(0, 160);
    console.log(`#${chunk.anchor ?? '(no anchor)'}  [${chunk.heading}]\n    ${text}`);
  }
}
