import type { MiddlewareHandler } from 'hono';
import { setCookie } from 'hono/cookie';
import { languageDetector } from 'hono/language';
import type { AppEnv } from '../context.js';
import { translator } from '../i18n/i18n.js';
import { defaultLocale, isLocale, locales } from '../i18n/locales.js';

/**
 * Language from ?lang=, then the `lang` cookie, then Accept-Language (hono's detector).
 * Only an explicit choice (?lang=, the switcher's links) is remembered in the cookie: a language
 * guessed from the browser is not, so such pages carry no Set-Cookie and can be cached.
 */
export function localeMiddleware(secureCookies: boolean): MiddlewareHandler<AppEnv>[] {
  return [
    languageDetector({
      supportedLanguages: [...locales],
      fallbackLanguage: defaultLocale,
      order: ['querystring', 'cookie', 'header'],
      lookupQueryString: 'lang',
      lookupCookie: 'lang',
      caches: false,
    }),
    async (c, next) => {
      const language = c.get('language');
      const locale = isLocale(language) ? language : defaultLocale;
      c.set('locale', locale);
      c.set('t', translator(locale));
      c.set('notices', []);
      if (isLocale(c.req.query('lang'))) {
        setCookie(c, 'lang', locale, { sameSite: 'Lax', secure: secureCookies, httpOnly: true, maxAge: 365 * 24 * 3600, path: '/' });
      }
      await next();
    },
  ];
}
