import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../helpers/browser.js';
import { storyStage } from '../helpers/story.js';

const stage = storyStage();
const { visitor, open } = stage;

/** A visitor who chose French on an earlier visit: the site remembered it in the `lang` cookie. */
async function frenchSpeakingVisitor(): Promise<Page> {
  const page = await visitor();
  await page.context().addCookies([{ name: 'lang', value: 'fr', url: stage.url }]);
  return page;
}

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

const sevenPolicyAreas = [
  'E-commerce readiness assessment and strategy formulation',
  'ICT infrastructure and services',
  'Trade logistics and trade facilitation',
  'Payment solutions',
  'Legal and regulatory frameworks',
  'E-commerce skills development',
  'Access to financing',
];

describe('A visitor explores the hub', () => {
  it('a visitor whose browser states no language opens the home page in English, sees the seven policy areas and how many partners there are', async () => {
    // An empty Accept-Language states no preference (Chromium always sends the header otherwise).
    const page = await visitor({ extraHTTPHeaders: { 'Accept-Language': '' } });
    await open(page, '/');

    expect(await htmlLang(page)).toBe('en');
    await expect(heading(page).textContent()).resolves.toBe('E-commerce for development');
    const areas = page.getByRole('heading', { level: 3 });
    expect(await areas.allTextContents()).toEqual(sevenPolicyAreas);

    const partnersLine = await page.getByText(/partner organisations share their work/).textContent();
    const partners = Number(/(\d+) partner organisations/.exec(partnersLine ?? '')?.[1]);
    expect(partners).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    // The count is the number of partners she finds when she follows the link.
    await page.getByRole('link', { name: 'Browse all partners' }).click();
    await expect(page.getByRole('heading', { level: 2, name: `${partners} results` }).count()).resolves.toBe(1);
  });

  it('she switches to French with the language switcher, and the site stays in French as she moves on', async () => {
    const page = await visitor();
    await open(page, '/');
    expect(await htmlLang(page)).toBe('en');

    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français', exact: true }).click();
    await page.waitForURL(/lang=fr/);
    expect(await htmlLang(page)).toBe('fr');
    await expect(heading(page).textContent()).resolves.toBe('Commerce électronique pour le développement');
    await expect(page.getByRole('heading', { level: 2, name: 'Les sept domaines d’action' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);

    // The main menu links carry no ?lang=: the cookie remembers her choice.
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Partenaires' }).click();
    await page.waitForURL((url) => url.pathname === '/organisations');
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
    expect(await htmlLang(page)).toBe('fr');
    await expect(heading(page).textContent()).resolves.toBe('Partenaires');
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'lang')?.value).toBe('fr');
    await expectNoAxeViolations(page);
  });

  it('in French, she lists the least developed countries, opens Chad and sees that it is an LDC, landlocked, and which partners are active there', async () => {
    const page = await frenchSpeakingVisitor();
    await open(page, '/');
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Pays', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/countries');
    await expect(heading(page).textContent()).resolves.toBe('Pays et territoires');
    await expectNoAxeViolations(page);

    await page.getByRole('complementary').getByRole('link', { name: /Pays les moins avancés \(PMA\)/ }).click();
    await page.waitForURL(/group=ldc/);
    const ldcCount = page.getByRole('heading', { level: 2, name: /^\d+ pays et territoires$/ });
    const count = Number((await ldcCount.textContent())?.match(/\d+/)?.[0]);
    expect(count).toBeGreaterThan(40);
    expect(count).toBeLessThan(50);
    await expect(page.getByRole('link', { name: 'Sénégal' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Brésil' }).count(), 'Brazil is not an LDC').resolves.toBe(0);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Tchad', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/countries/TCD');
    await expect(heading(page).textContent()).resolves.toBe('Tchad');
    const groupings = page.locator('dl.facts dd').filter({ has: page.locator('a[href^="/countries?group="]') });
    await expect(groupings.textContent()).resolves.toMatch(/pays les moins avancés/i);
    await expect(groupings.textContent()).resolves.toMatch(/sans littoral/i);

    await expect(page.getByRole('heading', { level: 2, name: 'Partenaires actifs ici' }).count()).resolves.toBe(1);
    // Partners for Chad and its region come first, each under the list's own heading (level 4).
    const partnerLinks = page.locator('#partners-local ~ ul.cards').first().getByRole('heading', { level: 4 }).getByRole('link');
    expect(await partnerLinks.count()).toBeGreaterThan(0);
    // UNCTAD works worldwide: it is in the second list, folded until she opens it.
    await page.locator('#partners-worldwide + details > summary').click();
    await expect(page.getByRole('heading', { level: 4, name: /CNUCED|UNCTAD/ }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
  });

  it('she opens a partner, UNCTAD, from the list of partners and reads what it does and in which policy areas', async () => {
    const page = await frenchSpeakingVisitor();
    // The directory holds more partners than one page; the UN bodies fit on one.
    await open(page, '/organisations?type=un-body');
    await page.getByRole('heading', { level: 3, name: /CNUCED|UNCTAD/ }).getByRole('link').click();
    await page.waitForURL((url) => url.pathname === '/organisations/unctad');

    expect(await htmlLang(page)).toBe('fr');
    await expect(heading(page).textContent()).resolves.toMatch(/Conférence des Nations Unies sur le commerce et le développement/);
    const description = (await page.locator('main p.lead').textContent()) ?? '';
    expect(description).toMatch(/commerce/);
    expect(description.length).toBeGreaterThan(100);

    await expect(page.getByRole('heading', { level: 2, name: 'Domaines d’action' }).count()).resolves.toBe(1);
    const areaLinks = page.locator('main a[href^="/policy-areas/"]');
    const areas = await areaLinks.allTextContents();
    expect(areas).toContain('Cadres juridiques et réglementaires');
    expect(areas.length).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page);
  });

  it('a visitor whose browser asks for Spanish gets the hub in Spanish', async () => {
    const page = await visitor({ locale: 'es-ES', extraHTTPHeaders: { 'Accept-Language': 'es-ES,es;q=0.9' } });
    await open(page, '/');
    expect(await htmlLang(page)).toBe('es');
    await expect(heading(page).textContent()).resolves.toBe('Comercio electrónico para el desarrollo');
    await expect(page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Asociados' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);

    await open(page, '/organisations');
    expect(await htmlLang(page)).toBe('es');
    await expect(heading(page).textContent()).resolves.toBe('Asociados');
  });

  it('on a 320 px wide phone, the home, partner and country pages fit the screen and the navigation is visible', async () => {
    const page = await visitor({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    for (const path of ['/', '/organisations', '/countries']) {
      await open(page, path);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, `horizontal scrolling on ${path}`).toBeLessThanOrEqual(320);

      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await nav.isVisible(), `main navigation visible on ${path}`).toBe(true);
      for (const link of await nav.getByRole('link').all()) {
        expect(await link.isVisible()).toBe(true);
        const box = await link.boundingBox();
        expect(box, `${await link.textContent()} on ${path}`).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width, `${await link.textContent()} fits on ${path}`).toBeLessThanOrEqual(320);
      }
      expect(await page.getByRole('navigation', { name: 'Language' }).isVisible()).toBe(true);
    }
  });

  describe('with JavaScript turned off', () => {
    it('she filters partners by policy area with plain links', async () => {
      const page = await visitor({ javaScriptEnabled: false });
      await open(page, '/organisations');
      const all = Number((await page.getByRole('heading', { level: 2, name: /^\d+ results$/ }).textContent())?.match(/\d+/)?.[0]);

      await page.getByRole('complementary').getByRole('link', { name: /^Legal frameworks \d+$/ }).click();
      await page.waitForURL(/policyArea=legal-regulatory/);
      const filtered = Number((await page.getByRole('heading', { level: 2, name: /^\d+ results?$/ }).textContent())?.match(/\d+/)?.[0]);
      expect(filtered).toBeGreaterThan(0);
      expect(filtered).toBeLessThan(all);

      const cards = page.locator('ul.cards > li');
      expect(await cards.count()).toBe(Math.min(filtered, 24));
      for (const tags of await cards.getByRole('list').all()) {
        expect(await tags.getByRole('listitem').allTextContents()).toContain('Legal frameworks');
      }
      await expect(page.getByRole('link', { name: 'Clear filters' }).count()).resolves.toBe(1);
    });

    it('she searches from the home page by typing and pressing Enter', async () => {
      const page = await visitor({ javaScriptEnabled: false });
      await open(page, '/');
      await page.getByLabel('Search the hub').fill('cybercrime');
      await page.getByLabel('Search the hub').press('Enter');
      await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === 'cybercrime');
      await expect(heading(page).textContent()).resolves.toBe('Results for “cybercrime”');
      // Partners are one kind of result: their tab lists them.
      await page.getByRole('navigation', { name: 'Kinds of result' }).getByRole('link', { name: /^Partners \d+$/ }).click();
      await page.waitForURL((url) => url.searchParams.get('type') === 'organisation');
      const found = await page.locator('ul.results').getByRole('heading', { level: 3 }).allTextContents();
      expect(found.length).toBeGreaterThan(0);
      expect(found.some((name) => name.includes('Council of Europe'))).toBe(true);

      await page.getByLabel('Search the hub').fill('UNCTAD');
      await page.getByLabel('Search the hub').press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === 'UNCTAD');
      await expect(page.getByRole('heading', { level: 3, name: /United Nations Conference on Trade and Development/ }).count()).resolves.toBe(1);

      // axe needs JavaScript, so the results page is checked again in a scripted browser.
      const scripted = await visitor();
      await open(scripted, new URL(page.url()).pathname + new URL(page.url()).search);
      await expectNoAxeViolations(scripted);
    });
  });
});
