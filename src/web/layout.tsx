import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { type Translate, translator } from './i18n/i18n.js';
import { type Locale, locales } from './i18n/locales.js';
import { assetUrls } from './static.js';
import type { CurrentUser } from '../features/accounts/current-user.js';
import type { Brand } from './brand.js';
import { PageHead } from './components/page-head.js';

export interface PageMeta {
  locale: Locale;
  t: Translate;
  /** Current path and query, for the language switcher and the current-page marker. */
  url: URL;
  notices: string[];
  /** Who is signed in, for the account links (none on error pages). */
  user?: CurrentUser | null;
  /** The operator's branding (HUB_NAME…); unset: the catalogue's name and tagline. */
  brand?: Brand | undefined;
}

interface LayoutProps extends PageMeta {
  title: string;
  description?: string | undefined;
  /** The same content as JSON, from the public API. */
  json?: string | undefined;
  /** The hub's origin for absolute links (canonical, alternates, Open Graph); render() passes c.var.origin. */
  origin?: string | undefined;
  /** Keep the page out of search engines (personal pages, forms, errors). */
  noindex?: boolean | undefined;
  children: Child;
}

const navItems = [
  { href: '/', key: 'nav.home' },
  { href: '/policy-areas', key: 'nav.policyAreas' },
  { href: '/solutions', key: 'nav.solutions' },
  { href: '/resources', key: 'nav.resources' },
  { href: '/organisations', key: 'nav.organisations' },
  { href: '/countries', key: 'nav.countries' },
  { href: '/data', key: 'data.nav' },
  { href: '/events', key: 'events.nav' },
  { href: '/requests', key: 'requests.nav' },
  { href: '/search', key: 'nav.search' },
] as const;

/** Each language named in itself, from its own catalogue. */
const languageNames = Object.fromEntries(locales.map((l) => [l, translator(l)('site.languageName')])) as Record<Locale, string>;

function withLang(url: URL, locale: Locale): string {
  const params = new URLSearchParams(url.search);
  params.set('lang', locale);
  return `${url.pathname}?${params.toString()}`;
}

function isCurrent(href: string, path: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

export function Layout({ locale, t, url, notices, user, brand, title, description, json, origin, noindex, children }: LayoutProps) {
  const siteName = brand?.name ?? t('site.name');
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={locale} dir="ltr">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{title === siteName ? siteName : `${title} · ${siteName}`}</title>
          <PageHead locale={locale} url={url} origin={origin} title={title} siteName={siteName} description={description || t('seo.site')} noindex={noindex ?? false} />
          <link rel="stylesheet" href={assetUrls.css} />
          <link rel="icon" href={assetUrls.favicon} type="image/svg+xml" />
          <link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title={siteName} />
          {json ? <link rel="alternate" type="application/json" href={json} /> : null}
        </head>
        <body>
          <a class="skip" href="#content">
            {t('site.skipToContent')}
          </a>
          <header class="site">
            <div class="wrap">
              <a class="brand" href="/">
                {brand?.logoText ?? siteName}
                <small>{brand?.tagline ?? t('site.tagline')}</small>
              </a>
              <nav class="main" aria-label={t('site.mainNav')}>
                <ul>
                  {navItems.map((item) => (
                    <li>
                      <a href={item.href} aria-current={isCurrent(item.href, url.pathname) ? 'page' : undefined}>
                        {t(item.key)}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              <nav class="account" aria-label={t('site.accountNav')}>
                <ul>
                  {user ? (
                    <>
                      {user.memberships.length > 0 ? (
                        <li>
                          <a href="/workspace">{t('site.workspace')}</a>
                        </li>
                      ) : null}
                      {user.hubRole === 'secretariat' ? (
                        <li>
                          <a href="/admin">{t('site.admin')}</a>
                        </li>
                      ) : null}
                      <li>
                        <a href="/account">{t('site.account')}</a>
                      </li>
                      <li>
                        <a href="/sign-out">{t('accounts.signOut.submit')}</a>
                      </li>
                    </>
                  ) : (
                    <li>
                      <a href="/sign-in">{t('accounts.signIn.title')}</a>
                    </li>
                  )}
                </ul>
              </nav>
              <nav class="lang" aria-label={t('site.languageNav')}>
                <ul>
                  {locales.map((l) => (
                    <li>
                      <a href={withLang(url, l)} hreflang={l} lang={l} aria-current={l === locale ? 'true' : undefined}>
                        {languageNames[l]}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </header>
          <main id="content" class="wrap" tabindex={-1}>
            {notices.map((n) => (
              <p class="notice" role="status">
                {n}
              </p>
            ))}
            {children}
          </main>
          <footer class="site">
            <div class="wrap">
              <p>{t('site.footerAbout')}</p>
              <ul>
                <li>
                  <a href="/about">{t('about.footer.about')}</a>
                </li>
                <li>
                  <a href="/contact">{t('about.footer.contact')}</a>
                </li>
                <li>
                  <a href="/privacy">{t('about.footer.privacy')}</a>
                </li>
                <li>
                  <a href="/api/v1/openapi.json">{t('site.footerApi')}</a>
                </li>
              </ul>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}
