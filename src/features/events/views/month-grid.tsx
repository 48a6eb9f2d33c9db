import type { PageMeta } from '../../../web/layout.js';
import { filterHref } from '../../../web/links.js';
import { type EventListState, listParams, shiftMonth } from '../page-query.js';
import type { EventSummary } from '../queries.js';
import { monthName, weekdayNames } from './format.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

/** The weeks of a month, Monday first: each a list of seven dates (null outside the month). */
export function monthWeeks(month: string): (string | null)[][] {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, m - 1, 1));
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [...Array<null>(lead).fill(null)];
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

/**
 * A calendar of one month as a table: the days with events link to the first of them in the list
 * below and name them for screen readers; links to the months before and after keep the filters.
 */
export function MonthGrid({ meta, state, month, events }: { meta: PageMeta; state: EventListState; month: string; events: EventSummary[] }) {
  const { t, locale } = meta;
  const names = weekdayNames(locale);
  const on = (date: string) => events.filter((e) => e.startDate <= date && date <= e.endDate);
  const prev = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  return (
    <section class="month" aria-labelledby="month-title">
      <h2 id="month-title">{monthName(month, locale)}</h2>
      <nav class="pager" aria-label={t('events.months')}>
        <a href={filterHref('/events', listParams(state, { month: prev }))} rel="nofollow">
          <span aria-hidden="true">← </span>
          {monthName(prev, locale)}
        </a>
        <a href={filterHref('/events', listParams(state, { month: next }))} rel="nofollow">
          {monthName(next, locale)}
          <span aria-hidden="true"> →</span>
        </a>
      </nav>
      <ScrollTable id="calendar" class="cal" captionClass="visually-hidden" caption={t('events.calendarOf', { month: monthName(month, locale) })}>
        <thead>
          <tr>
            {names.map((n) => (
              <th scope="col">
                <abbr title={n.long}>{n.short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week) => (
            <tr>
              {week.map((date) => {
                if (!date) return <td />;
                const day = Number(date.slice(8));
                const here = on(date);
                if (!here.length) return <td>{day}</td>;
                return (
                  <td class="has">
                    <a href={`#e-${here[0]!.slug}`}>
                      {day}
                      <span class="visually-hidden">{`: ${here.map((e) => e.title).join('; ')}`}</span>
                    </a>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
