import fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium: the browser tests drive it (`npx playwright install` cannot work here). */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether Chromium is installed; a browser test without it is skipped, saying so once. */
export function hasChromium(testFile: string): boolean {
  const found = fs.existsSync(CHROMIUM);
  if (!found) console.warn(`${testFile} skipped: ${CHROMIUM} does not exist (apt-get install chromium).`);
  return found;
}

/** A headless Chromium, as every browser test launches it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
