import type { Locale } from '../i18n/locales.js';
import { canonicalUrl, languageAlternates, ogLocales, shortDescription } from '../seo.js';

export interface PageHeadProps {
  locale: Locale;
  url: URL;
  /** The hub's origin (PUBLIC_URL, or the request's): every address here is absolute. */
  origin: string | undefined;
  /** The page's own title, without the site's name. */
  title: string;
  siteName: string;
  description: string;
  /** Personal pages, forms and errors: kept out of search engines, and given no canonical or alternates. */
  noindex: boolean;
}

/**
 * The <head> tags for search engines and link previews (decision 022): the description, robots, the
 * canonical address, the page in each language with x-default, and Open Graph.
 */
export function PageHead({ locale, url, origin, title, siteName, description, noindex }: PageHeadProps) {
  const text = shortDescription(description);
  const canonical = origin && !noindex ? canonicalUrl(origin, url) : undefined;
  return (
    <>
      <meta name="description" content={text} />
      {noindex ? <meta name="robots" content="noindex" /> : null}
      {canonical ? (
        <>
          <link rel="canonical" href={canonical} />
          {languageAlternates(origin!, url).map((a) => (
            <link rel="alternate" hreflang={a.hreflang} href={a.href} />
          ))}
        </>
      ) : null}
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={siteName} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={text} />
      {canonical ? <meta property="og:url" content={canonical} /> : null}
      <meta property="og:locale" content={ogLocales[locale]} />
    </>
  );
}
