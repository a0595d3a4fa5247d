// Release notes and change logs mention every feature of a product in a line
// or two, in words close to any question about it, and rank for everything;
// the page that documents the feature is the one to cite. Told from the page's
// address (its folder or file named so: whatsnew/3.5.html, CHANGELOG.md,
// release-15.html, /releases/) or its title ("What's New in Python 3.11",
// "Release Notes", "Änderungsprotokoll").

const SEGMENT =
  /^(?:whats-?new|what-s-new|change-?logs?|changes|news-?and-?changes|release-?notes|releases|history-?of-?changes|(?:release|whatsnew|changelog)[-_]?v?\d[\w.-]*)$/;
const TITLE = new RegExp(
  [
    "what[’']?s new\\b",
    '\\brelease notes?\\b',
    '\\bchange ?logs?\\b',
    '^release \\d',
    '\\bneuerungen\\b',
    '\\bversionshinweise\\b',
    '\\bänderungsprotokoll\\b',
    '\\bnouveautés\\b',
    '\\bnotes de (?:version|publication)\\b',
    '\\bjournal des modifications\\b',
    '\\bnovedades\\b',
    '\\bnotas de (?:la )?versión\\b',
    '\\bregistro de cambios\\b',
    '\\bnovità\\b',
    '\\bnote di rilascio\\b',
    '\\bnotas de (?:lançamento|versão)\\b',
    'リリースノート',
    '変更履歴',
    '更新日志',
    '发行说明',
    '版本说明',
  ].join('|'),
  'iu',
);

/** Whether a page is release notes or a change log, by its address and title. */
export function isReleaseNotes(url: string, title: string): boolean {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const segments = path
    .toLowerCase()
    .split('/')
    .map((segment) => segment.replace(/\.(?:html?|php|aspx?|md|txt|rst)$/, ''));
  return segments.some((segment) => SEGMENT.test(segment)) || TITLE.test(title);
}
