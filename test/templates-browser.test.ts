import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './helpers/app.js';
import { hasChromium } from './helpers/chromium.js';
import { type Dashboard, openDashboard } from './helpers/dashboard.js';

// Templates end to end: a template from a starter design, a campaign started
// from it, and a campaign duplicated, on a real server driven by Chromium.
const chromiumFound = hasChromium('templates-browser.test.ts');

describe.skipIf(!chromiumFound)('templates in Chromium', () => {
  let dashboard: Dashboard;
  let t: TestApp;
  let page: Page;
  let pageErrors: string[];
  let shot: Dashboard['shot'];

  beforeAll(async () => {
    dashboard = await openDashboard({ email: 'owner@templates.test', checkWidth: true });
    ({ t, page, pageErrors, shot } = dashboard);
  }, 60_000);

  afterAll(async () => {
    await dashboard?.close();
  });

  const templateCount = async () =>
    (await t.services.database.db.selectFrom('templates').select('id').execute()).length;

  it('creates a template from a starter, edits it and deletes one', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Templates' }).click();
    await page.getByRole('heading', { name: 'No templates yet' }).waitFor();
    await shot('templates-empty');
    await page.getByRole('link', { name: 'New template' }).click();
    await page.getByRole('button', { name: 'Use this design: Newsletter' }).waitFor();
    await shot('templates-new');
    await page.getByRole('button', { name: 'Use this design: Newsletter' }).click();
    await page.getByText('Template created.').waitFor();
    await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('Newsletter');
    // The preview renders it for the sample contact.
    await page.frameLocator('.cmp-preview-panel iframe').first().getByText('Our first story').waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Monthly news');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Template saved.').waitFor();
    await shot('templates-editor');

    // A bad Liquid comes back in plain words beside the field.
    await page.getByLabel('Subject').fill('Hi {{ first_name');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.field-error').first().waitFor();
    await page.getByLabel('Subject').fill('News for {{ first_name | default: "you" }}');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Template saved.').waitFor();

    // A blank one, deleted from its danger zone after a confirm.
    await page.getByRole('link', { name: '← All templates' }).click();
    await page.getByRole('link', { name: 'Monthly news' }).waitFor();
    await shot('templates-list');
    await page.getByRole('link', { name: 'New template' }).click();
    await page.getByRole('button', { name: 'Start blank: an empty template' }).click();
    await page.getByText('Template created.').waitFor();
    expect(await templateCount()).toBe(2);
    await page.getByRole('button', { name: 'Delete template' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete template' }).click();
    await page.getByText('Template “Untitled template” deleted.').waitFor();
    expect(await templateCount()).toBe(1);
  });

  it('starts a campaign from a template, saves it as a template and duplicates it', async () => {
    await page.getByRole('link', { name: 'Monthly news' }).click();
    await page.getByRole('link', { name: 'New campaign from it' }).click();
    await page.waitForURL(/\/campaigns\/new$/);
    await expect.poll(() => page.getByLabel('Subject').inputValue()).toBe('News for {{ first_name | default: "you" }}');
    await expect.poll(() => page.getByLabel('HTML body').inputValue()).toContain('Our first story');

    // The picker: a starter replaces the subject and bodies.
    await page.getByText('Start from a template').click();
    await page.getByRole('button', { name: 'Use this design: Announcement' }).waitFor();
    await shot('templates-picker');
    await page.getByRole('button', { name: 'Use this design: Announcement' }).click();
    await expect(page.getByLabel('HTML body').inputValue()).resolves.toContain('Introducing something new');
    await page.getByLabel('Name', { exact: true }).fill('Launch');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Campaign saved as a draft.').waitFor();
    await shot('templates-campaign-editor');

    await page.getByRole('button', { name: 'Save as template' }).click();
    await page.getByText('Saved as').getByRole('link', { name: 'Launch' }).waitFor();
    expect(await templateCount()).toBe(2);

    const original = page.url();
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await page.getByText('This is a copy of “Launch”, as a draft.').waitFor();
    expect(page.url()).not.toBe(original);
    await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('Launch (copy)');
    const campaigns = await t.services.database.db.selectFrom('campaigns').select(['name', 'html']).execute();
    expect(campaigns.map((c) => c.name).sort()).toEqual(['Launch', 'Launch (copy)']);
    expect(campaigns[0]!.html).toBe(campaigns[1]!.html);
    expect(pageErrors).toEqual([]);
  });
});
