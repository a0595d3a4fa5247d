import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, ANALYZER_VERSION } from './analyzer.js';
import { SUPPORTED_LANGUAGES } from './languages.js';

// What the analyzer makes of real pages and questions in every language of
// the answers benchmark (bench/answers), and the supported languages' codes:
// when that changes, chatbots indexed before must be re-analyzed, which only
// a raised ANALYZER_VERSION brings about. (When only the benchmark's texts
// changed, or only the words questions drop, which the index never
// drops, record the new fingerprint alone.)
const RECORDED = { version: 22, fingerprint: '2ihmTCrHPA88c3Gc_VjV7DdOflp0jjvg4JxY5dngfvs' };

function fingerprint(): string {
  const hash = createHash('sha256').update(SUPPORTED_LANGUAGES.join(' '));
  const dir = path.join(import.meta.dirname, '../../../bench/answers');
  for (const file of fs.readdirSync(path.join(dir, 'company')).sort()) {
    const site = JSON.parse(fs.readFileSync(path.join(dir, 'company', file), 'utf8'));
    for (const page of site.pages) hash.update(analyze(`${page.title}\n${page.text}`, site.language).join(' '));
  }
  for (const file of fs
    .readdirSync(path.join(dir, 'sets'))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const set = JSON.parse(fs.readFileSync(path.join(dir, 'sets', file), 'utf8'));
    for (const q of set.questions) hash.update(analyze(q.question, set.language, { query: true }).join(' '));
  }
  return hash.digest('base64url');
}

describe('ANALYZER_VERSION', () => {
  it('is raised whenever the analyzer makes other terms of the same text', () => {
    const now = fingerprint();
    if (ANALYZER_VERSION === RECORDED.version)
      expect(now, 'the analysis changed: raise ANALYZER_VERSION, then record the version and fingerprint here').toBe(
        RECORDED.fingerprint,
      );
    else expect.fail(`ANALYZER_VERSION is ${ANALYZER_VERSION}: record it here with the fingerprint ${now}`);
  });
});
