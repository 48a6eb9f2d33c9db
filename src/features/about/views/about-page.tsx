import type { Translate } from '../../../web/i18n/i18n.js';
import type { Brand } from '../../../web/brand.js';
import type { PolicyAreaView } from '../../policy-areas/present.js';
import type { EditionSource, IndicatorSource, PartnerName } from '../queries.js';

export interface AboutPageProps {
  t: Translate;
  brand: Brand;
  policyAreas: PolicyAreaView[];
  partners: PartnerName[];
  sources: { editions: EditionSource[]; indicators: IndicatorSource[] };
}

const sections = ['origin', 'run', 'partners', 'join', 'review', 'data'] as const;

function Licence({ t, licence }: { t: Translate; licence: string | null }) {
  return <>{licence ? t('about.page.licence', { licence }) : t('about.page.licenceUnknown')}</>;
}

/** /about: what the hub is, who runs it, its partners, how to join, how content is reviewed, where its figures come from. */
export function AboutPage({ t, brand, policyAreas, partners, sources }: AboutPageProps) {
  const site = brand.name;
  const hasFigures = sources.editions.length > 0 || sources.indicators.length > 0;
  return (
    <div class="prose">
      <h1>{t('about.page.title', { site })}</h1>
      <p class="lead">{t('about.page.lead', { site })}</p>
      <nav aria-labelledby="about-contents">
        <h2 id="about-contents">{t('about.page.contents')}</h2>
        <ul>
          {sections.map((id) => (
            <li>
              <a href={`#${id}`}>{t(`about.page.${id}Title`)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <h2 id="origin">{t('about.page.originTitle')}</h2>
      <p>{t('about.page.origin')}</p>
      <p>{t('about.page.policyAreas')}</p>
      <ol>
        {policyAreas.map((area) => (
          <li>
            <a href={`/policy-areas/${area.slug}`}>{area.name}</a>
          </li>
        ))}
      </ol>

      <h2 id="run">{t('about.page.runTitle')}</h2>
      <p>{t('about.page.run')}</p>
      <p>
        <a href="/contact">{t('about.page.runContact')}</a>
        {brand.contactEmail ? (
          <>
            {' · '}
            {t('about.page.runContactEmail')} <a href={`mailto:${brand.contactEmail}`}>{brand.contactEmail}</a>
          </>
        ) : null}
      </p>

      <h2 id="partners">{t('about.page.partnersTitle')}</h2>
      {partners.length ? (
        <>
          <p>{t('about.page.partners', { count: partners.length })}</p>
          <ul class="columns">
            {partners.map((p) => (
              <li>
                <a href={`/organisations/${encodeURIComponent(p.slug)}`}>{p.acronym && p.acronym !== p.name ? `${p.name} (${p.acronym})` : p.name}</a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('about.page.partnersNone')}</p>
      )}

      <h2 id="join">{t('about.page.joinTitle')}</h2>
      <ol>
        <li>{t('about.page.join.write')}</li>
        <li>{t('about.page.join.invite')}</li>
        <li>{t('about.page.join.editors')}</li>
        <li>{t('about.page.join.publish')}</li>
      </ol>
      <p>
        <a href="/contact?topic=partner">{t('about.page.joinLink')}</a>
      </p>

      <h2 id="review">{t('about.page.reviewTitle')}</h2>
      <ol>
        <li>{t('about.page.review.draft')}</li>
        <li>{t('about.page.review.decision')}</li>
        <li>{t('about.page.review.changes')}</li>
        <li>{t('about.page.review.audit')}</li>
      </ol>

      <h2 id="data">{t('about.page.dataTitle')}</h2>
      {hasFigures ? (
        <>
          <p>{t('about.page.dataLead')}</p>
          <ul>
            {sources.editions.map((e) => (
              <li>
                <strong>{t('about.page.edition', { edition: e.edition })}</strong>. {t('about.page.source', { source: e.source })} <Licence t={t} licence={e.licence} />
              </li>
            ))}
            {sources.indicators.map((group) => (
              <li>
                <strong>{group.indicators.join(', ')}</strong>. {t('about.page.source', { source: group.source })} <Licence t={t} licence={group.licence} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('about.page.dataNone')}</p>
      )}
      <p>{t('about.page.notShipped')}</p>
      <p>
        <a href="/data">{t('about.page.dataLink')}</a>
      </p>
    </div>
  );
}
