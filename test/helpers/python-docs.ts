import { existsSync } from 'node:fs';
import path from 'node:path';

// The Debian package python3.11-doc unpacked into .scratch (`.ci/run` does
// it): a real 530-page Sphinx site, with no sitemap and no robots.txt, whose
// pages wrap their content in heavy navigation.
export const PYTHON_DOCS = path.resolve(import.meta.dirname, '../../.scratch/pydoc-pkg/usr/share/doc/python3.11/html');
export const HAVE_PYTHON_DOCS = existsSync(path.join(PYTHON_DOCS, 'library/stdtypes.html'));
export const PYTHON_DOCS_HINT =
  'cd .scratch && apt-get download python3.11-doc && dpkg-deb -x python3.11-doc_*.deb pydoc-pkg';

/** The suite's name, saying why it is skipped when the docs are not unpacked. */
export const pythonDocsSuite = (name: string) =>
  HAVE_PYTHON_DOCS ? name : `${name} — skipped: the Python docs are not unpacked (${PYTHON_DOCS_HINT})`;
