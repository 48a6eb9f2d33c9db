import type { MiddlewareHandler } from 'hono';
import { languageDetector } from 'hono/language';
import type { AppEnv } from '../context.js';
import { translator } from '../i18n/i18n.js';
import { defaultLocale, isLocale, locales } from '../i18n/locales.js';

/** Language from ?lang=, then the `lang` cookie, then Accept-Language (hono's detector); remembered in the cookie. */
export function localeMiddleware(secureCookies: boolean): MiddlewareHandler<AppEnv>[] {
  return [
    languageDetector({
      supportedLanguages: [...locales],
      fallbackLanguage: defaultLocale,
      order: ['querystring', 'cookie', 'header'],
      lookupQueryString: 'lang',
      lookupCookie: 'lang',
      caches: ['cookie'],
      cookieOptions: { sameSite: 'Lax', secure: secureCookies, httpOnly: true, maxAge: 365 * 24 * 3600, path: '/' },
    }),
    async (c, next) => {
      const language = c.get('language');
      const locale = isLocale(language) ? language : defaultLocale;
      c.set('locale', locale);
      c.set('t', translator(locale));
      c.set('notices', []);
      await next();
    },
  ];
}
