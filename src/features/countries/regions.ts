import type { Locale } from '../../web/i18n/locales.js';

/**
 * UN M49 regions and sub-regions with their names in the UN's English, French and Spanish
 * (United Nations Statistics Division, M49 standard).
 */
export const regionNames: Record<string, Record<Locale, string>> = {
  '001': { en: 'World', fr: 'Monde', es: 'Mundo' },
  '002': { en: 'Africa', fr: 'Afrique', es: 'África' },
  '015': { en: 'Northern Africa', fr: 'Afrique du Nord', es: 'África septentrional' },
  '202': { en: 'Sub-Saharan Africa', fr: 'Afrique subsaharienne', es: 'África subsahariana' },
  '014': { en: 'Eastern Africa', fr: 'Afrique orientale', es: 'África oriental' },
  '017': { en: 'Middle Africa', fr: 'Afrique centrale', es: 'África central' },
  '018': { en: 'Southern Africa', fr: 'Afrique australe', es: 'África meridional' },
  '011': { en: 'Western Africa', fr: 'Afrique de l’Ouest', es: 'África occidental' },
  '019': { en: 'Americas', fr: 'Amériques', es: 'Américas' },
  '419': { en: 'Latin America and the Caribbean', fr: 'Amérique latine et Caraïbes', es: 'América Latina y el Caribe' },
  '029': { en: 'Caribbean', fr: 'Caraïbes', es: 'Caribe' },
  '013': { en: 'Central America', fr: 'Amérique centrale', es: 'Centroamérica' },
  '005': { en: 'South America', fr: 'Amérique du Sud', es: 'América del Sur' },
  '021': { en: 'Northern America', fr: 'Amérique septentrionale', es: 'América septentrional' },
  '142': { en: 'Asia', fr: 'Asie', es: 'Asia' },
  '143': { en: 'Central Asia', fr: 'Asie centrale', es: 'Asia central' },
  '030': { en: 'Eastern Asia', fr: 'Asie orientale', es: 'Asia oriental' },
  '035': { en: 'South-eastern Asia', fr: 'Asie du Sud-Est', es: 'Asia sudoriental' },
  '034': { en: 'Southern Asia', fr: 'Asie du Sud', es: 'Asia meridional' },
  '145': { en: 'Western Asia', fr: 'Asie occidentale', es: 'Asia occidental' },
  '150': { en: 'Europe', fr: 'Europe', es: 'Europa' },
  '151': { en: 'Eastern Europe', fr: 'Europe orientale', es: 'Europa oriental' },
  '154': { en: 'Northern Europe', fr: 'Europe septentrionale', es: 'Europa septentrional' },
  '039': { en: 'Southern Europe', fr: 'Europe méridionale', es: 'Europa meridional' },
  '155': { en: 'Western Europe', fr: 'Europe occidentale', es: 'Europa occidental' },
  '009': { en: 'Oceania', fr: 'Océanie', es: 'Oceanía' },
  '053': { en: 'Australia and New Zealand', fr: 'Australie et Nouvelle-Zélande', es: 'Australia y Nueva Zelandia' },
  '054': { en: 'Melanesia', fr: 'Mélanésie', es: 'Melanesia' },
  '057': { en: 'Micronesia', fr: 'Micronésie', es: 'Micronesia' },
  '061': { en: 'Polynesia', fr: 'Polynésie', es: 'Polinesia' },
};

/** The five M49 regions, in the order pages list them. */
export const regionCodes = ['002', '019', '142', '150', '009'] as const;
export type RegionCode = (typeof regionCodes)[number];

export function isRegionCode(value: string): value is RegionCode {
  return (regionCodes as readonly string[]).includes(value);
}

export function regionName(code: string, locale: Locale): string {
  return regionNames[code]?.[locale] ?? code;
}
