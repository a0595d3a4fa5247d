import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationToken } from '../src/features/members/invite-token.js';
import { hasChromium } from './helpers/chromium.js';
import { type Dashboard, openDashboard } from './helpers/dashboard.js';
import { browse, signUpBrowser } from './helpers/dashboard-client.js';
import { readOutbox } from './helpers/mail.js';

// The owner invites someone from Settings → Members, the invitation is read from
// the outbox and opened in a fresh browser, a password is set, and the new member
// sees (and the server enforces) what a member may not do; invited to a second
// workspace, they move between the two with the switcher.
const chromiumFound = hasChromium('members-browser.test.ts');
const INVITEE = 'sam@members.test';

/** Screenshots of any page at 1280 and 390 px, in GRIVO_SHOTS_DIR when set. */
async function shotOf(page: Page, name: string) {
  const dir = process.env.GRIVO_SHOTS_DIR;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    if (dir) {
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, `${name}-${width}.png`), fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe.skipIf(!chromiumFound)('members in Chromium', () => {
  let dashboard: Dashboard;
  beforeAll(async () => {
    dashboard = await openDashboard({ email: 'owner@members.test', worker: true, checkWidth: true });
  }, 60_000);
  afterAll(async () => {
    await dashboard?.close();
  });

  it('invites a member who sets a password, is signed in, meets their limits and switches workspaces', async () => {
    const { page, origin, t } = dashboard;
    await page.goto(`${origin}/settings/members`);
    await page.getByRole('heading', { name: 'Invite someone' }).waitFor();
    await page.getByLabel('Email address').fill(INVITEE);
    await page.getByLabel('Role', { exact: true }).selectOption('member');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitation sent to ${INVITEE}.`).waitFor();
    await page.getByRole('cell', { name: INVITEE, exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Danger zone' }).waitFor();
    await dashboard.shot('members-owner');

    let link: string | undefined;
    for (let i = 0; i < 200 && !link; i++) {
      const mail = (await readOutbox(t.database.dataDir)).find((m) => m.subject?.includes('invited you'));
      link = mail?.text?.match(/https?:\/\/\S+\/invite\?token=\S+/)?.[0];
      if (!link) await new Promise((r) => setTimeout(r, 50));
    }
    expect(link?.startsWith(`${origin}/invite?token=`)).toBe(true);

    const context = await dashboard.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    tab.setDefaultTimeout(15_000);
    await tab.goto(link!);
    await tab.getByRole('heading', { name: 'Join the workspace' }).waitFor();
    await shotOf(tab, 'invite-accept');
    await tab.getByLabel('Your name (optional)').fill('Sam');
    await tab.getByLabel('Password').fill('short');
    await tab.getByRole('button', { name: 'Accept the invitation' }).click();
    await tab
      .getByText(/at least 10 characters/)
      .first()
      .waitFor();
    await tab.getByLabel('Password').fill('a long member password');
    await tab.getByRole('button', { name: 'Accept the invitation' }).click();
    await tab.locator('.sidebar').waitFor();

    // Downloads of people's data are for owners and admins: the member is not offered them.
    await page.goto(`${origin}/contacts`);
    await page.getByRole('link', { name: 'Export CSV' }).waitFor();
    await tab.goto(`${origin}/contacts`);
    await tab.getByRole('link', { name: 'Import CSV' }).waitFor();
    expect(await tab.getByRole('link', { name: 'Export CSV' }).count()).toBe(0);

    await tab.goto(`${origin}/settings/api-keys`);
    await tab.getByText('Only an owner or admin of this workspace can manage API keys.').waitFor();
    const direct: { status: number; body: any } = await tab.evaluate(async () => {
      const res = await fetch('/dashboard/api-keys');
      return { status: res.status, body: await res.json() };
    });
    expect(direct.status).toBe(403);
    expect(direct.body.error.code).toBe('forbidden');
    await tab.goto(`${origin}/settings/members`);
    await tab.getByText(/Only an owner or admin can invite people/).waitFor();
    expect(await tab.getByRole('button', { name: 'Send invitation' }).count()).toBe(0);
    expect(await tab.getByRole('button', { name: 'Remove' }).count()).toBe(0);
    await shotOf(tab, 'members-member');

    // A second workspace invites Sam; signed in already, Sam accepts without a password.
    const other = await signUpBrowser(t);
    const invited = await browse(t, other.browser, 'POST', '/dashboard/invitations', { email: INVITEE, role: 'admin' });
    const token = invitationToken(t.services.signer.secret, invited.json().id);
    await tab.goto(`${origin}/invite?token=${encodeURIComponent(token)}`);
    await tab.getByText(`You are signed in as ${INVITEE}`).waitFor();
    await tab.getByRole('button', { name: 'Accept the invitation' }).click();
    await tab.locator('.sidebar').waitFor();
    const switcher = tab.getByLabel('Workspace', { exact: true });
    await switcher.waitFor();
    const options = await switcher.locator('option').allTextContents();
    expect(options).toHaveLength(2);
    expect(options[1]).toContain('(Admin)');
    expect(options[0]).toContain('(Member)');
    await switcher.selectOption({ index: 0 });
    await expect
      .poll(() => tab.evaluate(async () => ((await (await fetch('/dashboard/session')).json()) as any).workspace.role))
      .toBe('member');
    await shotOf(tab, 'switcher');
    await context.close();

    await page.goto(`${origin}/settings/members`);
    await page.getByLabel('Role of Sam').waitFor();
    await page.getByLabel('New owner').selectOption({ label: `Sam (${INVITEE})` });
    await dashboard.shot('members-owner-with-member');
  });
});
