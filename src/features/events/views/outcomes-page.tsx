import type { PageMeta } from '../../../web/layout.js';
import { outcomesByArea } from '../present.js';
import type { EventDetail } from '../queries.js';
import { EventHeader, EventLinks } from './event-page.js';
import { outcomeAnchor } from './format.js';
import { policyAreaLabel } from '../../policy-areas/present.js';

export function OutcomesPage({ meta, event }: { meta: PageMeta; event: EventDetail }) {
  const { t, locale } = meta;
  const groups = outcomesByArea(event);
  const lang = (textLocale: string) => (textLocale === locale ? undefined : textLocale);
  const anchored = new Set<string>();
  return (
    <article>
      <EventHeader meta={meta} event={event} title={t('events.outcomes')} />
      <EventLinks t={t} slug={event.slug} />
      <p>{t('events.outcomesLead')}</p>
      {groups.length === 0 ? <p>{t('events.noOutcomes')}</p> : null}
      {groups.map(({ area, entries }) => (
        <section aria-labelledby={`area-${area ?? 'other'}`}>
          <h2 id={`area-${area ?? 'other'}`}>{area ? <a href={`/policy-areas/${area}`}>{policyAreaLabel(t, area)}</a> : t('events.otherOutcomes')}</h2>
          <ul class="results">
            {entries.map(({ outcome, session }) => {
              const anchor = outcomeAnchor(outcome.ref);
              // An outcome under two areas keeps its anchor at its first place.
              const first = !anchored.has(anchor);
              anchored.add(anchor);
              return (
                <li id={first ? anchor : undefined}>
                  <p class="small muted">
                    <strong>{outcome.kind === 'recommendation' ? t('events.recommendationNo', { number: outcome.number }) : t('events.outcome')}</strong>
                    {' · '}
                    <a href={`/events/${event.slug}#s-${session.key}`} lang={lang(session.textLocale)}>
                      {session.title}
                    </a>
                  </p>
                  <p lang={lang(outcome.textLocale)}>{outcome.text}</p>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </article>
  );
}
