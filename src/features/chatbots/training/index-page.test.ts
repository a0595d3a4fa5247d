import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkPage, reanalyzeChunks } from './index-page.js';

// Pages of the company site of bench:answers, one paragraph each, in the language each is written in.
const COMPANY = path.join(import.meta.dirname, '../../../../bench/answers/company');
const textOf = (language: string, ...paths: string[]) => {
  const site = JSON.parse(fs.readFileSync(path.join(COMPANY, `${language}.json`), 'utf8')) as {
    pages: { path: string; title: string; text: string }[];
  };
  return paths.map((p) => site.pages.find((page) => page.path === p)!.text).join(' ');
};
const page = (lang: string | null, body: string) =>
  `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>Page</title></head><body><main><h1>Page</h1><p>${body}</p></main></body></html>`;
const languageOf = (html: string, contentLanguage: string | null = null) =>
  new Set(chunkPage(html, 'https://shop.example/page', contentLanguage).chunks.map((c) => c.language));

describe('chunkPage', () => {
  const german = textOf('de', 'returns', 'warranty');

  it('analyzes a page in the language it declares, else in the one its text is in', () => {
    expect(languageOf(page('de-DE', german))).toEqual(new Set(['de']));
    expect(languageOf(page(null, german), 'de')).toEqual(new Set(['de']));
    expect(languageOf(page(null, german))).toEqual(new Set(['de']));
  });

  it('overrules a declared language the text plainly is not in: another script, or another language’s words', () => {
    // A theme's lang="en-US" left on a German shop, or a Content-Language header of the server's default.
    expect(languageOf(page('en-US', german))).toEqual(new Set(['de']));
    expect(languageOf(page(null, german), 'en')).toEqual(new Set(['de']));
    expect(languageOf(page('en', textOf('th', 'returns', 'warranty')))).toEqual(new Set(['th']));
    expect(languageOf(page('fr', textOf('ru', 'returns', 'warranty')))).toEqual(new Set(['ru']));
  });

  it('keeps what a page declares when its text could be either, or is too short to tell', () => {
    // Croatian reads much like Serbian and Bosnian; Chinese and Japanese share their characters.
    expect(languageOf(page('hr', textOf('hr', 'returns', 'warranty')))).toEqual(new Set(['hr']));
    expect(languageOf(page('zh', textOf('zh', 'returns', 'warranty')))).toEqual(new Set(['zh']));
    // An English page quoting a German sentence is English.
    const quoting = `${textOf('en', 'returns', 'warranty')} Our German customers know the sign "Rückgabe innerhalb von 30 Tagen".`;
    expect(languageOf(page('en', quoting))).toEqual(new Set(['en']));
    // A few words say too little: "Impressum" and an address under lang="en".
    expect(languageOf(page('en', 'Impressum: Hartley Cycles GmbH, Kanalstraße 4, 10115 Berlin'))).toEqual(
      new Set(['en']),
    );
  });
});

describe('reanalyzeChunks', () => {
  it('leaves a chunk whose blocks were all cut (kept on another page) with no term', () => {
    const [chunk] = chunkPage(page('en', 'We trim hedges twice a year.'), 'https://garden.example/hedges').chunks;
    const stored = { ...chunk!, id: 1, anchor: undefined };
    const [kept, cut] = reanalyzeChunks([stored, { ...stored, id: 2, text: '' }]);
    expect(kept!.text_terms).toContain('hedg');
    expect(cut).toEqual({ language: 'en', title_terms: '', heading_terms: '', path_terms: '', text_terms: '' });
  });
});
