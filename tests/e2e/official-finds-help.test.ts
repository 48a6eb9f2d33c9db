import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../helpers/browser.js';
import { storyStage } from '../helpers/story.js';

const stage = storyStage({ locale: 'en-GB' });
const { visitor, open } = stage;

/** The path and query of the page as it is now, e.g. /search?q=assessment&kind=tool */
const here = (page: Page) => {
  const url = new URL(page.url());
  return url.pathname + url.search;
};

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const searchBox = (page: Page) => page.getByLabel('Search the hub');
const facets = (page: Page) => page.getByRole('complementary', { name: 'Filters' });
const results = (page: Page) => page.locator('ul.results > li');
/** A page of results (the catalogue's default page size). */
const resultsPerPage = 20;

/** "Solutions and resources: 7 results" on /search, "7 results" on /solutions: the number. */
async function resultCount(page: Page): Promise<number> {
  const text = await page.getByRole('heading', { level: 2, name: /\d+ results?$/ }).textContent();
  return Number(/(\d+) results?$/.exec(text ?? '')?.[1]);
}

/** A facet value not chosen yet: a plain link whose name is the value and how many results it leaves. */
const facetLink = (page: Page, value: string) => facets(page).getByRole('link', { name: new RegExp(`^${value} \\d+$`) });

/** A chosen facet value: still a link (following it removes the filter), marked as current. */
const chosenFacetLink = (page: Page, value: string) =>
  facets(page).getByRole('link', { name: new RegExp(`^${value} \\(Remove the filter “${value}”\\) \\d+$`) });

/** Clicks a facet link and returns the count it promised. */
async function narrowBy(page: Page, value: string, param: [string, string]): Promise<number> {
  const link = facetLink(page, value);
  const promised = Number(/(\d+)\s*$/.exec((await link.textContent()) ?? '')?.[1]);
  await link.click();
  await page.waitForURL((url) => url.searchParams.get(param[0]) === param[1]);
  return promised;
}

/**
 * The official's whole visit. `checkpoint` is called on every page she sees: with JavaScript it
 * runs axe there; without, it notes the address for a scripted browser to check afterwards.
 */
async function officialFindsTheToolkit(page: Page, checkpoint: (page: Page) => Promise<void>): Promise<void> {
  // She starts on the home page and searches with the box there.
  await open(page, '/');
  await checkpoint(page);
  await searchBox(page).fill('assessment');
  await searchBox(page).press('Enter');
  await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === 'assessment');
  await expect(heading(page).textContent()).resolves.toBe('Results for “assessment”');
  expect(await searchBox(page).inputValue(), 'the box keeps her words').toBe('assessment');

  // Several solutions and resources match, with her word (and its forms: assess, assessments) highlighted.
  const all = await resultCount(page);
  expect(all).toBeGreaterThanOrEqual(5);
  expect(await results(page).count()).toBe(Math.min(all, resultsPerPage));
  const marked = await page.locator('ul.results mark').allTextContents();
  expect(marked.length, 'matched words are highlighted with <mark>').toBeGreaterThanOrEqual(3);
  for (const word of marked) expect(word).toMatch(/^assess/i);
  await checkpoint(page);

  // She narrows by policy area: the count shrinks to what the link promised, and the choice is marked.
  const legal = await narrowBy(page, 'Legal frameworks', ['policyArea', 'legal-regulatory']);
  const byArea = await resultCount(page);
  expect(byArea).toBe(legal);
  expect(byArea).toBeGreaterThan(1);
  expect(byArea).toBeLessThan(all);
  await expect(chosenFacetLink(page, 'Legal frameworks').getAttribute('aria-current')).resolves.toBe('true');
  const tagLists = await results(page).getByRole('list', { name: 'Policy areas' }).all();
  expect(tagLists).toHaveLength(byArea);
  for (const tags of tagLists) {
    expect(await tags.getByRole('listitem').allTextContents()).toContain('Legal frameworks');
  }

  // …and then by kind: tools only. Both choices are marked, in the facets and in the list of active filters.
  const tools = await narrowBy(page, 'Tool', ['kind', 'tool']);
  const url = new URL(page.url());
  expect(url.searchParams.get('q'), 'her words are kept').toBe('assessment');
  expect(url.searchParams.get('policyArea'), 'the first filter is kept').toBe('legal-regulatory');
  const byKind = await resultCount(page);
  expect(byKind).toBe(tools);
  expect(byKind).toBeGreaterThan(0);
  expect(byKind).toBeLessThan(byArea);
  await expect(chosenFacetLink(page, 'Legal frameworks').getAttribute('aria-current')).resolves.toBe('true');
  await expect(chosenFacetLink(page, 'Tool').getAttribute('aria-current')).resolves.toBe('true');
  await expect(facets(page).locator('a[aria-current="true"]').count()).resolves.toBe(2);
  const active = await page.locator('.active-filters ul.tags a').allTextContents();
  expect(active.some((text) => text.includes('Policy area') && text.includes('Legal frameworks'))).toBe(true);
  expect(active.some((text) => text.includes('Kind') && text.includes('Tool'))).toBe(true);
  await expect(page.getByRole('link', { name: 'Clear filters' }).count()).resolves.toBe(1);
  await checkpoint(page);

  // She opens the toolkit.
  await results(page).getByRole('link', { name: 'Cybercrime Assessment Toolkit', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/solutions/cybercrime-assessment-toolkit');
  expect(await htmlLang(page)).toBe('en');
  await expect(heading(page).textContent()).resolves.toBe('Cybercrime Assessment Toolkit');
  const partner = page.locator('dl.facts a[href^="/organisations/"]');
  await expect(partner.allTextContents()).resolves.toEqual(['World Bank']);
  await expect(partner.getAttribute('href')).resolves.toBe('/organisations/world-bank');
  await expect(page.locator('dl.facts a[href^="/policy-areas/"]').allTextContents()).resolves.toEqual(['Legal and regulatory frameworks']);
  await checkpoint(page);

  // She reads it in French: the same item, with its French title.
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français', exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('lang') === 'fr');
  expect(new URL(page.url()).pathname).toBe('/solutions/cybercrime-assessment-toolkit');
  expect(await htmlLang(page)).toBe('fr');
  await expect(heading(page).textContent()).resolves.toBe("Outil d'évaluation de la cybercriminalité (Cybercrime Assessment Toolkit)");
  await expect(heading(page).getAttribute('lang'), 'the title is in the page language').resolves.toBeNull();
  await expect(page.locator('dl.facts a[href^="/organisations/"]').allTextContents()).resolves.toEqual(['Banque mondiale']);
  await expect(page.locator('dl.facts a[href^="/policy-areas/"]').allTextContents()).resolves.toEqual(['Cadres juridiques et réglementaires']);
  await checkpoint(page);
}

describe('A government official finds help against cybercrime', () => {
  it('she searches from the home page, narrows the results by policy area and kind, opens the Cybercrime Assessment Toolkit and reads it in French', async () => {
    const page = await visitor();
    const checked: string[] = [];
    await officialFindsTheToolkit(page, async (p) => {
      checked.push(here(p));
      await expectNoAxeViolations(p);
    });
    expect(checked, 'axe ran on the home, results, narrowed results, item and French item pages').toHaveLength(5);
  });

  it('with JavaScript turned off, she does the same with the plain search form and links', async () => {
    const page = await visitor({ javaScriptEnabled: false });
    const visited: string[] = [];
    await officialFindsTheToolkit(page, async (p) => {
      visited.push(here(p));
    });
    expect(visited).toHaveLength(5);

    // axe needs JavaScript, so every page she saw is checked again in a scripted browser.
    const scripted = await visitor();
    for (const path of visited) {
      await open(scripted, path);
      await expectNoAxeViolations(scripted);
    }
  });

  it('when her words and filters together match nothing, the page suggests a filter to drop, and following it brings results back', async () => {
    const page = await visitor();
    await open(page, '/search?q=assessment&policyArea=legal-regulatory&kind=tool');
    expect(await resultCount(page)).toBeGreaterThan(0);

    // She tries another word; the search form keeps her filters.
    await searchBox(page).fill('strategy');
    await searchBox(page).press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'strategy');
    expect(new URL(page.url()).searchParams.get('policyArea')).toBe('legal-regulatory');
    expect(new URL(page.url()).searchParams.get('kind')).toBe('tool');
    expect(await resultCount(page)).toBe(0);
    await expect(results(page).count()).resolves.toBe(0);
    await expect(page.getByText('Nothing matches all these filters. Remove one to see results:').count()).resolves.toBe(1);
    const suggestion = page.getByRole('link', { name: /^Without “Tool” \(Kind\): \d+ results?$/ });
    const promised = Number(/(\d+) results?$/.exec((await suggestion.textContent()) ?? '')?.[1]);
    expect(promised).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    await suggestion.click();
    await page.waitForURL((url) => !url.searchParams.has('kind'));
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('strategy');
    expect(url.searchParams.get('policyArea'), 'only the suggested filter is dropped').toBe('legal-regulatory');
    expect(await resultCount(page)).toBe(promised);
    expect(await results(page).count()).toBe(Math.min(promised, resultsPerPage));
    await expect(chosenFacetLink(page, 'Legal frameworks').getAttribute('aria-current')).resolves.toBe('true');
    await expectNoAxeViolations(page);
  });

  it('on a 320 px wide phone, the list of solutions and a solution page fit the screen without horizontal scrolling', async () => {
    const page = await visitor({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    for (const path of ['/solutions', '/solutions/cybercrime-assessment-toolkit', '/solutions/cybercrime-assessment-toolkit?lang=fr']) {
      await open(page, path);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, `horizontal scrolling on ${path}`).toBeLessThanOrEqual(320);
    }
  });
});
