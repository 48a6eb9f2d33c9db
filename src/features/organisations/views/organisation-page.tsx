import type { Child } from 'hono/jsx';
import { Breadcrumbs } from '../../../web/components/common.js';
import type { PageMeta } from '../../../web/layout.js';
import { countryName } from '../../countries/reference.js';
import { coverageName } from '../../catalogue/views/labels.js';
import type { OrganisationDetail } from '../queries.js';
import { policyAreaLabel } from '../../policy-areas/present.js';

export function OrganisationPage({ meta, o, solutions }: { meta: PageMeta; o: OrganisationDetail; solutions?: Child }) {
  const { t, locale } = meta;
  const translated = o.textLocale === locale;
  return (
    <article>
      <Breadcrumbs t={t} items={[{ href: '/organisations', label: t('nav.organisations') }, { label: o.acronym ?? o.name }]} />
      <h1 lang={translated ? undefined : o.textLocale}>
        {o.name}
        {o.acronym && o.acronym !== o.name ? <span class="muted"> ({o.acronym})</span> : null}
      </h1>
      {translated ? null : (
        <p class="notice">
          {t('common.missingTranslation', { language: t(`language.${locale}`), original: t(`language.${o.textLocale}`) })}
        </p>
      )}
      <p class="lead" lang={translated ? undefined : o.textLocale}>
        {o.description}
      </p>
      <dl class="facts">
        <dt>{t('organisations.type')}</dt>
        <dd>{t(`orgType.${o.type}`)}</dd>
        {o.hqCountry ? (
          <>
            <dt>{t('organisations.headquarters')}</dt>
            <dd>
              <a href={`/countries/${o.hqCountry}`}>{countryName(o.hqCountry, locale)}</a>
            </dd>
          </>
        ) : null}
        {o.website ? (
          <>
            <dt>{t('common.website')}</dt>
            <dd>
              <a href={o.website} rel="noopener">
                {o.website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}
              </a>
            </dd>
          </>
        ) : null}
        <dt>{t('organisations.activeIn')}</dt>
        <dd>{o.activeIn.map((code) => coverageName(code, t, locale)).join(', ') || '—'}</dd>
      </dl>
      <h2>{t('organisations.policyAreas')}</h2>
      <ul>
        {o.policyAreas.map((slug) => (
          <li>
            <a href={`/policy-areas/${slug}`}>{policyAreaLabel(t, slug)}</a>
          </li>
        ))}
      </ul>
      {solutions}
      <h2>{t('organisations.aboutSource')}</h2>
      <p class="small muted">
        {t('common.source')}
        {t('common.colon')} <span lang={o.sourceLocale === locale ? undefined : o.sourceLocale}>{o.source}</span>
      </p>
    </article>
  );
}
