import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../helpers/browser.js';
import { storyStage } from '../helpers/story.js';

/*
 * A phone 360 px wide (issue 14, part 8): no page scrolls sideways, every page passes axe, and a table
 * wider than the screen scrolls inside its own region, which the keyboard can reach.
 */

const width = 360;
const stage = storyStage({ viewport: { width, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

const pages: string[] = [
  '/',
  '/policy-areas',
  '/policy-areas/payment-solutions',
  '/solutions',
  '/solutions/gsma-mobile-money-programme',
  '/resources',
  '/resources/national-cybersecurity-strategy-guide',
  '/organisations',
  '/organisations/unctad',
  '/countries',
  '/countries/SEN',
  '/countries/KEN',
  '/data',
  '/data/indicators',
  '/data/indicators?indicator=internet-users&year=2022',
  '/data/b2c/2020',
  '/data/compare?countries=KEN,RWA,SEN',
  '/events',
  '/events/unctad-e-commerce-week-2017',
  '/events/unctad-e-commerce-week-2017?lang=fr',
  '/events/unctad-e-commerce-week-2017/outcomes',
  '/events/unctad-e-commerce-week-2017/figures',
  '/requests',
  '/requests/about-matching',
  '/search',
  '/search?q=payments',
  '/about',
  '/sign-in',
];

/** The elements that reach past the right edge, innermost first, to say what to fix. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate((limit) => {
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > limit + 0.5);
    const innermost = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
    return innermost.slice(0, 8).map((el) => {
      const path = [];
      for (let e: Element | null = el; e && e !== document.body && path.length < 4; e = e.parentElement) path.unshift(name(e));
      return `${path.join(' > ')} (right edge ${Math.round(el.getBoundingClientRect().right)} px): ${(el.textContent ?? '').trim().slice(0, 60)}`;
    });
  }, width);
}

describe(`Every page fits a phone ${width} px wide`, () => {
  for (const path of pages) {
    it(`${path} does not scroll sideways and passes axe`, async () => {
      const page = await stage.visitor();
      await stage.open(page, path);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, `${path} is ${scrollWidth} px wide:\n${(await overflowing(page)).join('\n')}`).toBeLessThanOrEqual(width);
      await expectNoAxeViolations(page);
    });
  }

  it('lets the keyboard reach and scroll a table wider than the screen, named by its caption', async () => {
    const page = await stage.visitor();
    await stage.open(page, '/data');
    // The averages by group: more columns than a phone shows.
    const region = page.getByRole('region', { name: /averages/i });
    await expect.poll(() => region.count()).toBe(1);
    const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, tabIndex: el.tabIndex }));
    expect(sizes.scroll, 'the table is wider than the screen').toBeGreaterThan(sizes.client);
    expect(sizes.tabIndex).toBe(0);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });
});
