import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser } from './browser.js';
import { type TestServer, startTestServer } from './test-server.js';

/**
 * The stage of a browser story file: the hub on a free port (demo content) and one Chromium, started
 * before the stories and stopped after; each visitor gets a fresh profile, closed after its story.
 */
export function storyStage(defaults: BrowserContextOptions = {}) {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    /** The hub's base URL, e.g. http://127.0.0.1:41234 */
    get url(): string {
      return server.url;
    },

    /** The app and database behind the server. */
    get hub() {
      return server.hub;
    },

    /** A fresh browser profile (no cookies, no cache) with one tab open. */
    async visitor(options: BrowserContextOptions = {}): Promise<Page> {
      const context = await browser.newContext({ baseURL: server.url, ...defaults, ...options });
      contexts.push(context);
      // Fail a step with its own message well before the test's timeout.
      context.setDefaultTimeout(10_000);
      return context.newPage();
    },

    async open(page: Page, path: string): Promise<void> {
      const response = await page.goto(path);
      expect(response?.status(), `GET ${path}`).toBe(200);
    },
  };
}
