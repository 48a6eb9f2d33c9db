import type { Translate } from '../../../web/i18n/i18n.js';
import type { PageMeta } from '../../../web/layout.js';
import { isWebUrl } from '../../catalogue/json-ld.js';
import { type DescribedFigure, type DescribedReportedFigure, type FigureSheet, smallGroupThreshold } from '../figures.js';
import type { EventDetail } from '../queries.js';
import { EventHeader, EventLinks } from './event-page.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

/** "12 registrations and 30 people named in the programme": what the computed figures stand on. */
export function basisText(sheet: Pick<FigureSheet, 'basis'>, t: Translate): string {
  return t('figures.basis', {
    registrations: t('figures.registrations', { count: sheet.basis.registrations }),
    people: t('figures.programmePeople', { count: sheet.basis.programmePeople }),
  });
}

/** One reported figure: its value in the source's words, what it is of, and who reported it where. */
function Reported({ f, t, locale }: { f: DescribedReportedFigure; t: Translate; locale: string }) {
  const lang = f.locale === locale ? undefined : f.locale;
  return (
    <p id={`r-${f.measure}${f.shareOf ? `-${f.shareOf}` : ''}`}>
      <strong>{f.display}</strong>
      {f.shareOf ? <span> {t(`figures.shareOf.${f.shareOf}`)}</span> : null}
      {f.measure.startsWith('media-') ? <span> ({t(`figures.measure.${f.measure}`)})</span> : null}
      <br />
      <span class="small muted">
        {f.label}
        {isWebUrl(f.source.url) ? (
          <>
            {' · '}
            <a href={f.source.url!} rel="noopener">
              {t('figures.sourceLink')}
            </a>
          </>
        ) : null}
      </span>
      {f.note ? (
        <span class="small" lang={lang}>
          <br />
          {f.note}
        </span>
      ) : null}
    </p>
  );
}

/** One computed figure: its value (or why there is none) and how many people it stands on. */
function Computed({ f }: { f: DescribedFigure }) {
  return (
    <p id={`c-${f.key}`}>
      <strong class="num">{f.display}</strong>
      {f.note ? <span class="small muted"> {f.note}</span> : null}
      <br />
      <span class="small muted">{f.label}</span>
    </p>
  );
}

/**
 * "At a glance": what the organisers reported (with its source) beside what the hub computes from its
 * own records (with what from), each labelled; the definitions of the computed figures; CSV and JSON.
 */
export function FiguresPage({ meta, event, sheet }: { meta: PageMeta; event: EventDetail; sheet: FigureSheet }) {
  const { t, locale } = meta;
  return (
    <article>
      <EventHeader meta={meta} event={event} title={t('figures.title')} />
      <EventLinks t={t} slug={event.slug} />
      <p>{sheet.reported.length ? t('figures.leadReported') : t('figures.noneReported')}</p>
      <p>{t('figures.leadComputed', { basis: basisText(sheet, t), threshold: smallGroupThreshold })}</p>
      <ScrollTable id="figures" class="figures" caption={t('events.figuresCaption', { title: event.title })}>
        <thead>
          <tr>
            <th scope="col">{t('events.figure')}</th>
            <th scope="col">{t('figures.reportedColumn')}</th>
            <th scope="col">{t('figures.computedColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row) => (
            <tr id={`f-${row.key}`}>
              <th scope="row">{row.name}</th>
              <td>{row.reported.length ? row.reported.map((f) => <Reported f={f} t={t} locale={locale} />) : <span class="muted">—</span>}</td>
              <td>{row.computed ? <Computed f={row.computed} /> : <span class="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <h2 id="definitions">{t('figures.definitionsTitle')}</h2>
      <dl class="facts">
        {sheet.computed.map((f) => (
          <>
            <dt>{f.name}</dt>
            <dd class="small">{f.definition}</dd>
          </>
        ))}
      </dl>
      <p>
        {t('events.download')}
        {t('common.colon')} <a href={`/events/${event.slug}/figures.csv`}>CSV</a> · <a href={`/events/${event.slug}/figures.json`}>JSON</a>
      </p>
    </article>
  );
}
