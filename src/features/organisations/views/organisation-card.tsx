import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import type { OrganisationSummary } from '../queries.js';
import { policyAreaLabel } from '../../policy-areas/present.js';

export function OrganisationCard({ o, t, locale, headingLevel = 3 }: { o: OrganisationSummary; t: Translate; locale: Locale; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  return (
    <li>
      <Heading lang={o.textLocale === locale ? undefined : o.textLocale}>
        <a href={`/organisations/${o.slug}`}>{o.name}</a>
        {o.acronym && o.acronym !== o.name ? <span class="muted"> ({o.acronym})</span> : null}
      </Heading>
      <p class="small muted">{t(`orgType.${o.type}`)}</p>
      <ul class="tags" aria-label={t('organisations.policyAreas')}>
        {o.policyAreas.map((slug) => (
          <li>{policyAreaLabel(t, slug, 'short')}</li>
        ))}
      </ul>
    </li>
  );
}

/** Cards for a list of partners; headingLevel 4 when the list sits under its own h3. */
export function OrganisationCards({ list, t, locale, headingLevel }: { list: OrganisationSummary[]; t: Translate; locale: Locale; headingLevel?: 3 | 4 }) {
  return (
    <ul class="cards">
      {list.map((o) => (
        <OrganisationCard o={o} t={t} locale={locale} headingLevel={headingLevel ?? 3} />
      ))}
    </ul>
  );
}
