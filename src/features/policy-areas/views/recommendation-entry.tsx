import type { PageMeta } from '../../../web/layout.js';
import { countryName } from '../../countries/reference.js';
import type { AreaRecommendation } from '../queries.js';

/**
 * One recommendation of a past event: its text, where it was made (linked to its place on the event's
 * outcomes page), and the actions of country trackers that answer it, each with its status.
 */
export function RecommendationEntry({ meta, recommendation: r, showEvent = true }: { meta: PageMeta; recommendation: AreaRecommendation; showEvent?: boolean }) {
  const { t, locale } = meta;
  const lang = (l: string) => (l === locale ? undefined : l);
  return (
    <li>
      <p lang={lang(r.textLocale)}>{r.text}</p>
      <p class="small muted">
        <a href={r.url}>{t('hubs.recommendations.number', { number: r.number })}</a>
        {' · '}
        {showEvent ? (
          <>
            <span lang={lang(r.eventTitleLocale)}>{r.eventTitle}</span>
            {' · '}
          </>
        ) : null}
        <span lang={lang(r.sessionTitleLocale)}>{r.sessionTitle}</span>
      </p>
      {r.actions.length ? (
        <p class="small">
          {t('hubs.recommendations.answeredBy', { count: r.actions.length })}{' '}
          {r.actions.map((a, i) => (
            <>
              {i > 0 ? '; ' : ''}
              <a href={a.url}>
                {countryName(a.country, locale)}: {a.title}
              </a>{' '}
              <span class={`tag status-${a.status}`}>{t(`actions.status.${a.status}`)}</span>
              {a.isSample ? <span class="tag">{t('actions.sample')}</span> : null}
            </>
          ))}
        </p>
      ) : (
        <p class="small muted">{t('hubs.recommendations.noAction')}</p>
      )}
    </li>
  );
}
