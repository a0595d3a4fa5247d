import { describe, expect, it } from 'vitest';
import { isReleaseNotes } from './release-notes.js';

describe('isReleaseNotes', () => {
  it('knows release notes and change logs by their address', () => {
    for (const url of [
      'https://docs.python.org/3/whatsnew/3.5.html',
      'https://www.postgresql.org/docs/15/release-15-1.html',
      'https://github.example/acme/CHANGELOG.md',
      'https://example.com/docs/release-notes/',
      'https://example.com/releases/',
      'https://example.com/changes.html',
    ])
      expect(isReleaseNotes(url, 'Acme'), url).toBe(true);
  });

  it('knows them by their title, in several languages', () => {
    for (const title of [
      'What’s New In Python 3.11',
      "What's new in version 2",
      'Release Notes for Acme 4.0',
      'Changelog',
      'Neuerungen in Version 5',
      'Notes de version',
      'Notas de la versión 2.0',
      'リリースノート',
      '更新日志',
    ])
      expect(isReleaseNotes('https://example.com/docs/page', title), title).toBe(true);
  });

  it('leaves other pages alone, news and versioned documentation among them', () => {
    for (const [url, title] of [
      ['https://example.com/docs/changes-to-your-order.html', 'Changes to your order'],
      ['https://example.com/news/', 'News'],
      ['https://example.com/version-2/guide.html', 'Guide'],
      ['https://example.com/library/os.html', 'os — Miscellaneous operating system interfaces'],
      ['not a url', 'Opening hours'],
    ])
      expect(isReleaseNotes(url!, title!), url).toBe(false);
  });
});
