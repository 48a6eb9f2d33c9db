import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/web/i18n/i18n.js';
import { expectNoAxeViolations } from '../helpers/browser.js';
import { storyStage } from '../helpers/story.js';
import { emailLink } from '../helpers/visitor.js';

/**
 * An official from Senegal, on a 360 px phone and in French: from the home page she finds a
 * mobile-payments solution in at most three clicks, reads how to get it, presses "Ask for this", signs
 * up, confirms her address and finds the request form filled. Every page: axe, no sideways scrolling.
 */

const stage = storyStage({ locale: 'fr-FR', viewport: { width: 360, height: 740 } });
const t = translator('fr');

async function check(page: Page, visited: string[]): Promise<void> {
  visited.push(new URL(page.url()).pathname);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(page);
}

async function click(page: Page, target: ReturnType<Page['getByRole']>): Promise<void> {
  await Promise.all([page.waitForNavigation(), target.click()]);
}

describe('an official from Senegal asks for a mobile-payments solution', () => {
  it('finds it in three clicks, reads how to get it, signs up and lands on the filled request form', async () => {
    const page = await stage.visitor();
    const visited: string[] = [];
    let clicks = 0;
    await stage.open(page, '/');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await check(page, visited);

    // Click 1: the search, with the words she knows.
    await page.getByLabel(t('home.searchLabel')).first().fill('monnaie mobile');
    await click(page, page.getByRole('button', { name: t('home.searchButton') }).first());
    clicks += 1;
    expect(new URL(page.url()).pathname).toBe('/search');
    await check(page, visited);

    // Click 2: a payments solution from the list.
    const solution = page.locator('ul.results a[href^="/solutions/"]').first();
    const title = (await solution.textContent())!.trim();
    await click(page, solution as never);
    clicks += 1;
    expect(clicks).toBeLessThanOrEqual(3);
    await check(page, visited);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(title);
    await expect.poll(() => page.locator('#how-to-get').textContent()).toBe(t('catalogue.howToGet'));
    const slug = new URL(page.url()).pathname.split('/').pop()!;

    // "Ask for this": a visitor is asked to sign in first, or to create an account.
    await click(page, page.getByRole('link', { name: t('dashboards.ask.action') }));
    const formPath = `/requests/new?solution=${slug}`;
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe(formPath);
    await check(page, visited);
    await click(page, page.getByRole('link', { name: t('accounts.signIn.noAccount') }));
    await check(page, visited);
    const email = 'awa.diop@example.sn';
    const password = 'Thies-Dakar-2026!';
    await page.getByLabel(t('accounts.field.name')).fill('Awa Diop');
    await page.getByLabel(t('accounts.field.email')).fill(email);
    await page.getByLabel(t('accounts.field.password'), { exact: true }).fill(password);
    await click(page, page.getByRole('button', { name: t('accounts.signUp.submit') }));
    await check(page, visited);

    // The emailed link confirms the address and keeps where she was going.
    await page.goto(await emailLink(stage.hub, email, '/verify-email'));
    await check(page, visited);
    await page.getByLabel(t('accounts.field.email')).fill(email);
    await page.getByLabel(t('accounts.field.password'), { exact: true }).fill(password);
    await click(page, page.getByRole('button', { name: t('accounts.signIn.submit') }));

    // The request form, filled from the solution.
    const here = new URL(page.url());
    expect(here.pathname + here.search).toBe(formPath);
    await check(page, visited);
    expect(await page.getByLabel(t('requests.form.titleField')).inputValue()).toBe(t('dashboards.ask.title', { title }));
    expect(await page.locator('textarea[name="description"]').inputValue()).toContain(title);
    expect(await page.locator('input[name="policyAreas"][value="payment-solutions"]').isChecked()).toBe(true);
    expect(visited.length).toBeGreaterThanOrEqual(7);
  });
});
