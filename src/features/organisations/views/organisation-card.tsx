import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import type { OrganisationSummary } from '../queries.js';

export function OrganisationCard({ o, t, locale }: { o: OrganisationSummary; t: Translate; locale: Locale }) {
  return (
    <li>
      <h3 lang={o.textLocale === locale ? undefined : o.textLocale}>
        <a href={`/organisations/${o.slug}`}>{o.name}</a>
        {o.acronym && o.acronym !== o.name ? <span class="muted"> ({o.acronym})</span> : null}
      </h3>
      <p class="small muted">{t(`orgType.${o.type}`)}</p>
      <ul class="tags" aria-label={t('organisations.policyAreas')}>
        {o.policyAreas.map((slug) => (
          <li>{t(`policyArea.${slug}.short`)}</li>
        ))}
      </ul>
    </li>
  );
}

export function OrganisationCards({ list, t, locale }: { list: OrganisationSummary[]; t: Translate; locale: Locale }) {
  return (
    <ul class="cards">
      {list.map((o) => (
        <OrganisationCard o={o} t={t} locale={locale} />
      ))}
    </ul>
  );
}
