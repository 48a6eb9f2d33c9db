import i18next, { type TOptions } from 'i18next';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { type Locale, defaultLocale, locales } from './locales.js';

const instance = i18next.createInstance();
await instance.init({
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  resources: { en: { translation: en }, fr: { translation: fr }, es: { translation: es } },
  interpolation: { escapeValue: false }, // hono/jsx escapes on output
  returnNull: false,
  initAsync: false,
});

/** Translate a key; options carry {{placeholders}} and `count` for plurals. */
export type Translate = (key: string, options?: TOptions) => string;

/**
 * One translator per language. Plain labels (no options) are looked up once and remembered:
 * the catalogues do not change while the process runs, and pages use dozens of labels each.
 */
const fixed = new Map<Locale, Translate>(
  locales.map((locale) => {
    const t = instance.getFixedT(locale);
    const labels = new Map<string, string>();
    return [
      locale,
      (key: string, options?: TOptions) => {
        if (options) return String(t(key, options));
        let label = labels.get(key);
        if (label === undefined) {
          label = String(t(key));
          labels.set(key, label);
        }
        return label;
      },
    ];
  }),
);

export function translator(locale: Locale): Translate {
  return fixed.get(locale)!;
}

/** Intl-aware helpers for one locale, built once. */
export function formatters(locale: Locale) {
  const number = new Intl.NumberFormat(locale);
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return { number: (n: number) => number.format(n), compare: collator.compare };
}
