import { Breadcrumbs } from '../../../web/components/common.js';
import type { PageMeta } from '../../../web/layout.js';
import type { PolicyAreaView } from '../present.js';
import type { AreaRecommendation } from '../queries.js';
import { RecommendationEntry } from './recommendation-entry.js';

/** /policy-areas/:slug/recommendations: every recommendation of past events in the area, by event, with the actions answering each. */
export function AreaRecommendations({ meta, area, recommendations }: { meta: PageMeta; area: PolicyAreaView; recommendations: AreaRecommendation[] }) {
  const { t, locale } = meta;
  const events = new Map<string, AreaRecommendation[]>();
  // By event, the latest first; in each, the recommendations answered by an action first (areaRecommendations' order).
  const byEvent = [...recommendations].sort((a, b) => b.endDate.localeCompare(a.endDate) || a.eventSlug.localeCompare(b.eventSlug));
  for (const r of byEvent) events.set(r.eventSlug, [...(events.get(r.eventSlug) ?? []), r]);
  const answered = recommendations.filter((r) => r.actions.length > 0).length;
  return (
    <article>
      <Breadcrumbs
        t={t}
        items={[{ href: '/policy-areas', label: t('policyAreas.title') }, { href: `/policy-areas/${area.slug}`, label: area.shortName }, { label: t('hubs.recommendations.title') }]}
      />
      <h1>{t('hubs.recommendations.pageTitle', { area: area.name })}</h1>
      <p class="lead">{t('hubs.recommendations.pageLead', { count: recommendations.length, answered })}</p>
      {recommendations.length === 0 ? (
        <p>
          {t('hubs.recommendations.none')} <a href="/events?when=past">{t('hubs.recommendations.pastEvents')}</a>
        </p>
      ) : null}
      {[...events.values()].map((list) => {
        const first = list[0]!;
        return (
          <section aria-labelledby={`e-${first.eventSlug}`}>
            <h2 id={`e-${first.eventSlug}`}>
              <a href={`/events/${first.eventSlug}/outcomes#area-${area.slug}`} lang={first.eventTitleLocale === locale ? undefined : first.eventTitleLocale}>
                {first.eventTitle}
              </a>{' '}
              <span class="muted">({list.length})</span>
            </h2>
            <ul class="results">
              {list.map((r) => (
                <RecommendationEntry meta={meta} recommendation={r} showEvent={false} />
              ))}
            </ul>
          </section>
        );
      })}
    </article>
  );
}
