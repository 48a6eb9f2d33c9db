import { gate } from '../../web/policy.js';
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { locales } from '../../web/i18n/locales.js';
import { publicOrigin } from '../../web/links.js';
import { eventPath } from '../events/present.js';
import { itemPath } from '../catalogue/present.js';
import { policyAreaSlugs } from '../policy-areas/policy-areas.js';

interface Page {
  path: string;
  /** ISO date-time of the last change, when known. */
  lastmod?: string | undefined;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * One <url> per page and language (?lang=en|fr|es), each listing every language version and the
 * bare address (language chosen from the browser) as x-default, as search engines ask.
 */
function urlset(base: string, pages: Page[]): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const page of pages) {
    const href = (lang?: string) => escapeXml(`${base}${page.path}${lang ? `?lang=${lang}` : ''}`);
    const alternates = [
      ...locales.map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${href(l)}"/>`),
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${href()}"/>`,
    ];
    for (const locale of locales) {
      out.push('  <url>', `    <loc>${href(locale)}</loc>`);
      if (page.lastmod) out.push(`    <lastmod>${escapeXml(page.lastmod)}</lastmod>`);
      out.push(...alternates, '  </url>');
    }
  }
  out.push('</urlset>', '');
  return out.join('\n');
}

/** /sitemap.xml of every public page in the three languages, and /robots.txt pointing at it. */
export function sitemapRoutes({ db, publicUrl }: AppDeps) {
  return new Hono<AppEnv>()
    .get('/sitemap.xml', gate('public'), async (c) => {
      const [organisations, countries, items, events] = await Promise.all([
        db.selectFrom('organisations').select(['slug', 'updatedAt']).orderBy('slug').execute(),
        db.selectFrom('countries').select('iso3').orderBy('iso3').execute(),
        db.selectFrom('items').select(['type', 'slug', 'updatedAt']).where('status', '=', 'published').orderBy('type').orderBy('slug').execute(),
        db.selectFrom('events').select(['slug', 'updatedAt']).where('reviewStatus', '=', 'published').orderBy('slug').execute(),
      ]);
      const pages: Page[] = [
        { path: '/' },
        { path: '/policy-areas' },
        ...policyAreaSlugs.map((slug) => ({ path: `/policy-areas/${slug}` })),
        { path: '/organisations' },
        ...organisations.map((o) => ({ path: `/organisations/${o.slug}`, lastmod: o.updatedAt })),
        { path: '/countries' },
        ...countries.map((country) => ({ path: `/countries/${country.iso3}` })),
        { path: '/solutions' },
        ...items.filter((i) => i.type === 'solution').map((i) => ({ path: itemPath({ type: 'solution', slug: i.slug }), lastmod: i.updatedAt })),
        { path: '/resources' },
        ...items.filter((i) => i.type === 'resource').map((i) => ({ path: itemPath({ type: 'resource', slug: i.slug }), lastmod: i.updatedAt })),
        { path: '/events' },
        ...events.map((e) => ({ path: eventPath(e.slug), lastmod: e.updatedAt })),
      ];
      c.header('Content-Type', 'application/xml; charset=utf-8');
      c.header('Cache-Control', 'public, max-age=3600');
      return c.body(urlset(publicOrigin(c, publicUrl), pages));
    })
    .get('/robots.txt', gate('public'), (c) => {
      c.header('Content-Type', 'text/plain; charset=utf-8');
      c.header('Cache-Control', 'public, max-age=86400');
      return c.body(`User-agent: *\nAllow: /\n\nSitemap: ${publicOrigin(c, publicUrl)}/sitemap.xml\n`);
    });
}
