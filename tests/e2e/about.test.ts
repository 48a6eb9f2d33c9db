import type { Browser, BrowserContextOptions, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from '../helpers/browser.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';

/*
 * A partner organisation's officer finds out who runs the hub and how to join, in French: from the
 * footer to /about, then to the contact form, which refuses an empty message beside the field and then
 * sends; the privacy page. Axe on every page, no horizontal scrolling at 360 px, and each page light.
 */

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function visitor(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, ...options });
  return context.newPage();
}

describe('a partner’s officer reads about the hub and writes to the secretariat', () => {
  it('goes from the footer to /about, asks to join, corrects an empty message and sends it; axe finds nothing on any page', async () => {
    const page = await visitor();
    await page.goto('/?lang=fr');
    await page.getByRole('contentinfo').getByRole('link', { name: 'À propos de la plateforme' }).click();
    await page.waitForURL('**/about');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('À propos de E4D Hub');
    await expect(page.getByRole('link', { name: /^Conférence des Nations Unies sur le commerce et le développement/ }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Demander à devenir partenaire' }).click();
    await page.waitForURL('**/contact?topic=partner');
    await expect(page.getByLabel('Sujet').inputValue()).resolves.toBe('partner');
    await expectNoAxeViolations(page);

    await page.getByLabel('Votre nom').fill('Awa Ndiaye');
    await page.getByLabel('Votre adresse électronique').fill('awa.ndiaye@example.sn');
    // Spaces pass the browser's own check; the hub refuses them beside the field.
    await page.getByLabel('Message').fill('   ');
    await page.getByRole('button', { name: 'Envoyer le message' }).click();
    await expect(page.locator('#f-message-error').textContent()).resolves.toBe('Remplissez ce champ.');
    await expect(page.getByLabel('Votre nom').inputValue()).resolves.toBe('Awa Ndiaye');
    await expectNoAxeViolations(page);

    await page.getByLabel('Message').fill('Notre agence souhaite présenter ses formations à l’exportation pour les PME.');
    await page.getByRole('button', { name: 'Envoyer le message' }).click();
    await page.waitForURL('**/contact/sent');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Message envoyé');
    // The hub as started has no contact address and no secretariat account: it says so.
    await expect(page.getByRole('status').textContent()).resolves.toContain('personne n’en a été averti');
    await expectNoAxeViolations(page);
    const kept = await server.hub.db.db.selectFrom('contactMessages').select(['name', 'topic', 'locale']).execute();
    expect(kept).toEqual([{ name: 'Awa Ndiaye', topic: 'partner', locale: 'fr' }]);

    await page.getByRole('contentinfo').getByRole('link', { name: 'Confidentialité' }).click();
    await page.waitForURL('**/privacy');
    await expectNoAxeViolations(page);
  }, 120_000);

  it('fits a 360 px wide phone without horizontal scrolling', async () => {
    const page = await visitor({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    for (const path of ['/about', '/about?lang=fr', '/contact', '/contact?lang=es', '/privacy', '/privacy?lang=fr', '/contact/sent']) {
      await page.goto(path);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, `horizontal scrolling on ${path}`).toBeLessThanOrEqual(360);
    }
  }, 60_000);

  it('keeps each page within 14 KB of HTML and CSS, compressed', async () => {
    for (const path of ['/about', '/contact', '/privacy']) {
      const context = await browser.newContext({ baseURL: server.url });
      const page = await context.newPage();
      const finished: Request[] = [];
      page.on('requestfinished', (request) => finished.push(request));
      await page.goto(path, { waitUntil: 'networkidle' });
      let bytes = 0;
      for (const request of finished) {
        if (!['document', 'stylesheet', 'script'].includes(request.resourceType())) continue;
        const sizes = await request.sizes();
        bytes += sizes.responseHeadersSize + sizes.responseBodySize;
      }
      console.log(`${path}: ${(bytes / 1024).toFixed(1)} KB compressed (HTML + CSS)`);
      expect(bytes, path).toBeLessThanOrEqual(14 * 1024);
      await context.close();
    }
  }, 60_000);
});
