import type { Locale } from '../../../web/i18n/locales.js';
import type { PageMeta } from '../../../web/layout.js';
import type { DescribedFigure } from '../figures.js';
import type { EventDetail } from '../queries.js';
import { EventHeader, EventLinks } from './event-page.js';

export function figureValue(f: DescribedFigure, locale: Locale): string {
  if (f.value === null) return '—';
  return f.unit === 'percent' ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(f.value / 100) : new Intl.NumberFormat(locale).format(f.value);
}

/** "At a glance": each figure with its value (or why there is none) and its definition; CSV and JSON. */
export function FiguresPage({ meta, event, figures }: { meta: PageMeta; event: EventDetail; figures: DescribedFigure[] }) {
  const { t, locale } = meta;
  return (
    <article>
      <EventHeader meta={meta} event={event} title={t('figures.title')} />
      <EventLinks t={t} slug={event.slug} />
      <table class="figures">
        <caption>{t('events.figuresCaption', { title: event.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('events.figure')}</th>
            <th scope="col">{t('events.value')}</th>
            <th scope="col">{t('events.definition')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr id={`f-${f.key}`}>
              <th scope="row">{f.name}</th>
              <td class="num">
                {figureValue(f, locale)}
                {f.note ? <span class="small muted"> {f.note}</span> : null}
              </td>
              <td class="small">{f.definition}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('events.download')}
        {t('common.colon')} <a href={`/events/${event.slug}/figures.csv`}>CSV</a> · <a href={`/events/${event.slug}/figures.json`}>JSON</a>
      </p>
    </article>
  );
}
