import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';

/** Budget for a whole public page, compressed: the HTML and every stylesheet and script it loads. */
const budgetBytes = 30 * 1024;

/** Pages with a budget of their own: the map page loads in one round trip or two on a slow line (issue 14). */
const budgets: Record<string, number> = { '/data': 20 * 1024 };

const pages = [
  { name: 'home', path: '/' },
  { name: 'list', path: '/organisations' },
  { name: 'detail', path: '/organisations/unctad' },
  { name: 'catalogue', path: '/solutions' },
  { name: 'search', path: '/search?q=cybercrime' },
  { name: 'item', path: '/solutions/cybercrime-assessment-toolkit' },
  { name: 'country', path: '/countries/KEN' },
  { name: 'data', path: '/data' },
  { name: 'explorer', path: '/data/indicators?indicator=internet-users&year=2022' },
];

interface Transfer {
  url: string;
  type: string;
  encoding: string | undefined;
  /** Response headers plus the body as sent (compressed), as Chromium counted them. */
  bytes: number;
}

interface PageWeight {
  name: string;
  path: string;
  html: number;
  css: number;
  js: number;
  total: number;
  other: Transfer[];
  transfers: Transfer[];
}

let server: TestServer;
let browser: Browser;
const weights: PageWeight[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  if (weights.length) printTable(weights);
  await browser?.close();
  await server?.close();
});

/** Loads a page in a fresh profile (empty cache, as on a first visit) and records what came over the wire. */
async function weigh(name: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ baseURL: server.url });
  try {
    const page = await context.newPage();
    const finished: Request[] = [];
    page.on('requestfinished', (request) => finished.push(request));
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), `GET ${path}`).toBe(200);
    const transfers: Transfer[] = await Promise.all(
      finished.map(async (request) => {
        const sizes = await request.sizes();
        const res = await request.response();
        return {
          url: new URL(request.url()).pathname,
          type: request.resourceType(),
          encoding: res ? ((await res.headerValue('content-encoding')) ?? undefined) : undefined,
          bytes: sizes.responseHeadersSize + sizes.responseBodySize,
        };
      }),
    );
    const sum = (type: string) => transfers.filter((t) => t.type === type).reduce((n, t) => n + t.bytes, 0);
    const html = sum('document');
    const css = sum('stylesheet');
    const js = sum('script');
    const counted = new Set(['document', 'stylesheet', 'script']);
    return { name, path, html, css, js, total: html + css + js, other: transfers.filter((t) => !counted.has(t.type)), transfers };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function printTable(rows: PageWeight[]) {
  const width = Math.max(30, ...rows.map((r) => `${r.name} ${r.path}`.length + 2));
  const lines = [
    `Page weight, compressed, first visit (budget ${kb(budgetBytes)} KB for HTML + CSS + JS; /data ${kb(budgets['/data']!)} KB)`,
    `${'page'.padEnd(width)}${'HTML KB'.padStart(9)}${'CSS KB'.padStart(9)}${'JS KB'.padStart(9)}${'total KB'.padStart(10)}`,
    ...rows.map(
      (r) =>
        `${`${r.name} ${r.path}`.padEnd(width)}${kb(r.html).padStart(9)}${kb(r.css).padStart(9)}${kb(r.js).padStart(9)}${kb(r.total).padStart(10)}`,
    ),
  ];
  const others = rows.flatMap((r) => r.other.map((o) => `  ${r.path}: ${o.type} ${o.url} ${kb(o.bytes)} KB`));
  if (others.length) lines.push('Not in the budget (images, icons, other):', ...others);
  console.log(lines.join('\n'));
}

describe('Public pages stay light on a slow, costly connection', () => {
  for (const { name, path } of pages) {
    const budget = budgets[path] ?? budgetBytes;
    it(`the ${name} page (${path}) transfers at most ${kb(budget)} KB of HTML, CSS and JavaScript, compressed`, async () => {
      const weight = await weigh(name, path);
      weights.push(weight);

      // The figures are only meaningful if the server compressed what it could.
      const document = weight.transfers.find((t) => t.type === 'document');
      expect(document?.encoding, 'the HTML is sent compressed').toBe('br');
      for (const sheet of weight.transfers.filter((t) => t.type === 'stylesheet')) {
        expect(sheet.encoding, `${sheet.url} is sent compressed`).toBe('br');
      }
      expect(weight.html).toBeGreaterThan(0);
      expect(weight.css, 'the stylesheet was loaded and counted').toBeGreaterThan(0);

      const detail = weight.transfers.map((t) => `${t.type} ${t.url} ${t.bytes} B`).join('; ');
      expect(weight.total, `${path} weighs ${weight.total} B: ${detail}`).toBeLessThanOrEqual(budget);
    });
  }
});
