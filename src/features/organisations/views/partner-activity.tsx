import type { Child } from 'hono/jsx';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { filterHref } from '../../../web/links.js';
import { ItemList } from '../../catalogue/views/item-card.js';
import type { CatalogueResult } from '../../catalogue/search.js';
import { dateRange } from '../../events/views/format.js';
import type { PartnerActivity } from '../activity.js';

/** How many lines a block shows before folding the rest. */
const shown = 5;

/** A list whose lines past the first few are folded behind "Show all". */
function Folded({ t, lines }: { t: Translate; lines: Child[] }) {
  return (
    <>
      <ul>{lines.slice(0, shown)}</ul>
      {lines.length > shown ? (
        <details>
          <summary>{t('dashboards.partner.showAll', { count: lines.length })}</summary>
          <ul>{lines.slice(shown)}</ul>
        </details>
      ) : null}
    </>
  );
}

/** A partner's resources, events, sessions and recommendations, each with its count and links. */
export function PartnerActivityBlocks({ t, locale, slug, resources, activity }: { t: Translate; locale: Locale; slug: string; resources: CatalogueResult; activity: PartnerActivity }) {
  const { events, sessions, recommendations } = activity;
  const lang = (l: string) => (l === locale ? undefined : l);
  const total = resources.page.total;
  return (
    <>
      <section aria-labelledby="resources">
        <h2 id="resources">
          {t('dashboards.partner.resources')} ({total})
        </h2>
        {resources.items.length ? (
          <>
            <ItemList items={resources.items.map(({ snippet: _snippet, ...item }) => item)} t={t} locale={locale} />
            <p>
              <a href={filterHref('/resources', { organisation: slug })}>{t('dashboards.partner.resourcesAll', { count: total })}</a>
            </p>
          </>
        ) : (
          <p>{t('dashboards.partner.none')}</p>
        )}
      </section>
      <section aria-labelledby="events">
        <h2 id="events">
          {t('dashboards.partner.events')} ({events.length})
        </h2>
        {events.length ? (
          <Folded
            t={t}
            lines={events.map((e) => (
              <li>
                <a href={`/events/${e.slug}`} lang={lang(e.textLocale)}>
                  {e.title}
                </a>{' '}
                <span class="small muted">
                  {dateRange(e.startDate, e.endDate, locale)} · {t(`dashboards.partner.eventRole.${e.role}`)}
                </span>
              </li>
            ))}
          />
        ) : (
          <p>{t('dashboards.partner.none')}</p>
        )}
      </section>
      <section aria-labelledby="sessions">
        <h2 id="sessions">
          {t('dashboards.partner.sessions')} ({sessions.length})
        </h2>
        {sessions.length ? (
          <>
            <p class="small muted">{t('dashboards.partner.sessionsLead')}</p>
            <Folded
              t={t}
              lines={sessions.map((s) => (
                <li>
                  <a href={`/events/${s.eventSlug}#s-${s.key}`} lang={lang(s.textLocale)}>
                    {s.title}
                  </a>{' '}
                  <span class="small muted">
                    {s.eventTitle} · {t(`dashboards.partner.sessionRole.${s.role}`)}
                  </span>
                </li>
              ))}
            />
          </>
        ) : (
          <p>{t('dashboards.partner.none')}</p>
        )}
      </section>
      <section aria-labelledby="recommendations">
        <h2 id="recommendations">
          {t('dashboards.partner.recommendations')} ({recommendations.reduce((sum, r) => sum + r.recommendations, 0)})
        </h2>
        {recommendations.length ? (
          <>
            <p class="small muted">{t('dashboards.partner.recommendationsLead')}</p>
            <ul>
              {recommendations.map((r) => (
                <li>
                  <a href={`/events/${r.eventSlug}/outcomes`}>{t('dashboards.partner.recommendationsOf', { event: r.eventTitle })}</a>{' '}
                  <span class="small muted">
                    {t('dashboards.partner.recommendationsCount', { count: r.recommendations })}
                    {r.actions ? ` · ${t('dashboards.partner.actionsAnswering', { count: r.actions })}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('dashboards.partner.none')}</p>
        )}
      </section>
    </>
  );
}
