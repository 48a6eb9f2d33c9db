import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type Page, chromium } from 'playwright-core';
import { expect } from 'vitest';

/** WCAG 2.2 AA, as axe tags it. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Debian's Chromium (CHROMIUM_PATH), headless; never a downloaded browser build. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const targetsShown = 3;

/**
 * Runs axe on the page as it is now and fails with a message a developer can act on:
 * each violation's id, impact, help text and link, and the first few offending elements.
 * The page must come from `browser.newContext()`, not `browser.newPage()`, and its context must
 * have JavaScript enabled: axe runs inside the page (with `javaScriptEnabled: false` it never returns,
 * so check the same URL in a second, scripted context).
 */
export async function expectNoAxeViolations(page: Page, timeoutMs = 30_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`axe did not finish within ${timeoutMs} ms on ${page.url()} (is JavaScript disabled in this context?)`)),
      timeoutMs,
    );
  });
  const results = await Promise.race([new AxeBuilder({ page }).withTags(axeTags).analyze(), timeout]).finally(() => clearTimeout(timer));
  const lines = results.violations.map((v) => {
    const nodes = v.nodes.slice(0, targetsShown).map((node) => {
      const target = node.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : String(t))).join(' >> ');
      const why = node.failureSummary?.split('\n').slice(1).join(' ').trim();
      return `    - ${target}${why ? `: ${why}` : ''}`;
    });
    const more = v.nodes.length > targetsShown ? [`    … and ${v.nodes.length - targetsShown} more`] : [];
    return [`  ${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.helpUrl}`, ...nodes, ...more].join('\n');
  });
  const message = `axe found ${results.violations.length} accessibility violation(s) on ${page.url()}:\n${lines.join('\n')}`;
  expect(results.violations.map((v) => v.id), message).toEqual([]);
}
