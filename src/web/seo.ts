import { type Locale, isLocale, locales } from './i18n/locales.js';
import { knownQueryParams } from './query-params.js';

/**
 * What search engines and link previews read in a page's <head>: the canonical address, the language
 * alternates and the description (decision 022). Every address is absolute, built on the hub's origin
 * (PUBLIC_URL, or the request's own origin when it is unset: web/links.ts).
 */

/**
 * Query parameters that choose what a page shows (a filter, a search, a page of results, an edition):
 * each combination is a page of its own, so the canonical address keeps them. Anything else — sort
 * orders, page sizes, time zones, notices after a form (`done`), sign-in targets, tokens, tracking
 * parameters — shows the same content, and is left out.
 */
/** Parameters the hub reads (query-params.ts) that do not change what a page shows. */
const presentationParams: ReadonlySet<string> = new Set(['lang', 'pageSize', 'done', 'sort', 'order', 'format', 'exact', 'tz', 'solution', 'resource', 'topic', 'next', 'token', 'email', 'entityType']);
const contentParams: ReadonlySet<string> = new Set([...knownQueryParams].filter((name) => !presentationParams.has(name)));

/** The query of the canonical address: content parameters in a fixed order, page 1 and empty values dropped. */
function contentQuery(url: URL): URLSearchParams {
  const kept = new URLSearchParams();
  const names = [...new Set(url.searchParams.keys())].filter((name) => contentParams.has(name)).sort();
  for (const name of names) {
    for (const value of url.searchParams.getAll(name)) {
      if (value === '' || (name === 'page' && value === '1')) continue;
      kept.append(name, value);
    }
  }
  return kept;
}

function address(origin: string, url: URL, query: URLSearchParams): string {
  const search = query.toString();
  return `${origin}${url.pathname}${search ? `?${search}` : ''}`;
}

/** The language the address asks for (`?lang=`, any case), if it is one of the hub's. */
function askedLocale(url: URL): Locale | undefined {
  const lang = url.searchParams.get('lang')?.toLowerCase();
  return isLocale(lang) ? lang : undefined;
}

/**
 * The page's canonical address. `lang` stays when the address has it: the language versions are pages
 * of their own (the same address without it is the x-default, whose language the browser picks).
 */
export function canonicalUrl(origin: string, url: URL): string {
  const query = contentQuery(url);
  const lang = askedLocale(url);
  if (lang) query.set('lang', lang);
  return address(origin, url, query);
}

/** The page in each language (`?lang=`), and the address without a language as x-default. */
export function languageAlternates(origin: string, url: URL): { hreflang: Locale | 'x-default'; href: string }[] {
  const query = contentQuery(url);
  return [
    ...locales.map((l) => {
      const withLang = new URLSearchParams(query);
      withLang.set('lang', l);
      return { hreflang: l, href: address(origin, url, withLang) };
    }),
    { hreflang: 'x-default' as const, href: address(origin, url, query) },
  ];
}

/** Open Graph's locale of each language (language_TERRITORY). */
export const ogLocales: Readonly<Record<Locale, string>> = { en: 'en_GB', fr: 'fr_FR', es: 'es_ES' };

/**
 * A description for the <meta> tag and previews: one line of plain text, at most `max` characters, cut
 * at a word with an ellipsis when longer (search engines show about 155).
 */
export function shortDescription(text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
