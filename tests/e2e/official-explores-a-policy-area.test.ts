import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../helpers/browser.js';
import { storyStage } from '../helpers/story.js';

const stage = storyStage({ viewport: { width: 360, height: 740 } });
const { visitor, open } = stage;

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('An official explores a policy area on her phone', () => {
  it('she opens the payments hub, reads a count and finds as many solutions behind its link', async () => {
    const page = await visitor();
    await open(page, '/policy-areas');
    await page.getByRole('link', { name: 'Payment solutions' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('4. Payment solutions');
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoAxeViolations(page);

    const heading = await page.getByRole('heading', { level: 2, name: /^Solutions/ }).textContent();
    const count = Number(/\((\d+)\)/.exec(heading ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    await page.getByRole('link', { name: `All ${count} solutions in this area` }).click();
    await expect(page.getByRole('heading', { level: 2, name: `${count} results` }).count()).resolves.toBe(1);
  });

  it('she follows a recommendation of E-Commerce Week 2017 to the action that answers it', async () => {
    const page = await visitor();
    await open(page, '/policy-areas/payment-solutions');
    await page.getByRole('link', { name: /^Senegal: / }).first().click();
    await page.waitForURL(/\/countries\/SEN\/actions#action-\d+$/);
    const anchor = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${anchor}"]`).count()).resolves.toBe(1);
  });

  it('without JavaScript she opens “show all” of the partners filter and narrows the catalogue to her country', async () => {
    const page = await visitor({ javaScriptEnabled: false });
    await open(page, '/solutions');
    const facets = page.getByRole('complementary', { name: 'Filters' });
    const folded = facets.locator('details').first();
    expect(await folded.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await folded.locator('summary').click();
    expect(await folded.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect(folded.getByRole('link').first().isVisible()).resolves.toBe(true);

    const option = await page.locator('#country option[value="SEN"]').textContent();
    const count = Number(/\((\d+)\)$/.exec(option ?? '')?.[1]);
    await page.selectOption('#country', 'SEN');
    await facets.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/country=SEN/);
    await expect(page.getByRole('heading', { level: 2, name: `${count} results` }).count()).resolves.toBe(1);
    expect(await scrollsSideways(page)).toBe(false);

    // axe runs in a scripted context on the same address.
    const scripted = await visitor();
    await open(scripted, new URL(page.url()).pathname + new URL(page.url()).search);
    await expectNoAxeViolations(scripted);
  });
});
