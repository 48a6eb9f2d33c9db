import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import type { CountryPartners } from '../../organisations/queries.js';
import { OrganisationCards } from '../../organisations/views/organisation-card.js';

/**
 * Partners for a country: first those whose work covers the country or its region (the ones a
 * government there would call), then, folded away, the many that work worldwide.
 */
export function CountryPartnersSection({ partners, t, locale }: { partners: CountryPartners; t: Translate; locale: Locale }) {
  const { local, worldwide } = partners;
  return (
    <section aria-labelledby="partners">
      <h2 id="partners">{t('countries.partnersTitle')}</h2>
      <h3 id="partners-local">{t('countries.partnersLocal')}</h3>
      {local.length ? (
        <>
          <p class="small muted">{t('countries.partnersLocalLead')}</p>
          <OrganisationCards list={local} t={t} locale={locale} headingLevel={4} />
        </>
      ) : (
        <p>{t('countries.partnersLocalNone')}</p>
      )}
      {worldwide.length ? (
        <>
          <h3 id="partners-worldwide">{t('countries.partnersWorldwide')}</h3>
          <details>
            <summary>{t('countries.partnersWorldwideShow', { count: worldwide.length })}</summary>
            <OrganisationCards list={worldwide} t={t} locale={locale} headingLevel={4} />
          </details>
        </>
      ) : null}
    </section>
  );
}
