import type { Context, MiddlewareHandler } from 'hono';
import { setCookie } from 'hono/cookie';
import { type DetectorOptions, detectFromCookie, detectFromHeader, detectFromQuery } from 'hono/language';
import { LRUCache } from 'lru-cache';
import type { AppEnv } from '../context.js';
import { translator } from '../i18n/i18n.js';
import { type Locale, defaultLocale, isLocale, locales } from '../i18n/locales.js';

const detection = {
  supportedLanguages: [...locales],
  fallbackLanguage: defaultLocale,
  order: ['querystring', 'cookie', 'header'],
  lookupQueryString: 'lang',
  lookupCookie: 'lang',
  lookupFromHeaderKey: 'accept-language',
  lookupFromPathIndex: 0,
  ignoreCase: true,
  caches: false,
  debug: false,
} satisfies DetectorOptions;

/**
 * The language each Accept-Language value gives, for the values seen most (browsers send a handful):
 * parsing and sorting the header is most of the work of a request answered from the page cache.
 */
const byHeader = new LRUCache<string, string>({ max: 256 });
function fromHeader(c: Context, options: DetectorOptions): string | undefined {
  const header = c.req.header('Accept-Language');
  if (!header || header.length > 256) return header ? detectFromHeader(c, options) : undefined;
  let found = byHeader.get(header);
  if (found === undefined) {
    found = detectFromHeader(c, options) ?? '';
    byHeader.set(header, found);
  }
  return found || undefined;
}

const detectors = [detectFromQuery, detectFromCookie, fromHeader];

/**
 * The page's language: ?lang=, then the `lang` cookie, then Accept-Language (hono's detectors), else
 * English. The page cache keys on this, never on the raw header, so it has as few variants as there
 * are languages.
 */
export function requestLocale(c: Context): Locale {
  for (const detect of detectors) {
    try {
      const found = detect(c, detection);
      if (isLocale(found)) return found;
    } catch {
      // A malformed cookie or header is no choice: try the next source, as hono's languageDetector does.
    }
  }
  return defaultLocale;
}

/**
 * Sets the language for the request. Only an explicit choice (?lang=, the switcher's links) is
 * remembered in the cookie: a language guessed from the browser is not, so such pages carry no
 * Set-Cookie and can be cached.
 */
export function localeMiddleware(secureCookies: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const locale = requestLocale(c);
    c.set('locale', locale);
    c.set('t', translator(locale));
    c.set('notices', []);
    if (isLocale(c.req.query('lang'))) {
      setCookie(c, 'lang', locale, { sameSite: 'Lax', secure: secureCookies, httpOnly: true, maxAge: 365 * 24 * 3600, path: '/' });
    }
    await next();
  };
}
