import { Breadcrumbs } from '../../../web/components/common.js';
import { inline } from '../../../web/charts/svg.js';
import type { PageMeta } from '../../../web/layout.js';
import { componentKeys } from '../compute.js';
import { shownRank } from '../present.js';
import type { B2cEconomy, B2cEdition } from '../queries.js';
import { Downloads, SampleNotice, valueFormat } from './common.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

export interface CompareProps {
  meta: PageMeta;
  input: string;
  edition: B2cEdition | undefined;
  economies: B2cEconomy[];
  unknown: string[];
  /** Known countries that the edition does not rank. */
  missing: string[];
  tooMany: boolean;
  chart: string;
}

/** Economies side by side: one column each, one row per measure. */
export function ComparePage({ meta, input, edition, economies, unknown, missing, tooMany, chart }: CompareProps) {
  const { t, locale } = meta;
  const f = valueFormat(locale);
  const codes = economies.map((e) => e.iso3).join(',');
  return (
    <article>
      <Breadcrumbs t={t} items={[{ href: '/data', label: t('data.title') }, { label: t('data.compare.title') }]} />
      <h1>{t('data.compare.title')}</h1>
      <SampleNotice t={t} show={edition?.status === 'sample'} />
      <p>{t('data.compare.lead')}</p>
      <form method="get" action="/data/compare" class="filters">
        <label for="countries">{t('data.compare.label')}</label>
        <input id="countries" name="countries" value={input} maxlength={200} autocomplete="off" spellcheck={false} />
        <button type="submit">{t('data.compare.submit')}</button>
      </form>
      {unknown.length ? (
        <p class="notice" role="alert">
          {t('data.compare.unknown', { codes: unknown.join(', ') })}
        </p>
      ) : null}
      {tooMany ? <p class="notice">{t('data.compare.tooMany')}</p> : null}
      {edition && missing.length ? <p class="notice">{t('data.compare.missing', { edition: edition.edition, names: missing.join(', ') })}</p> : null}
      {!edition ? <p>{t('data.noEdition')}</p> : null}
      {edition && economies.length ? (
        <>
          {inline(chart)}
          <ScrollTable id="compare" class="chart-table compare" caption={`${t('data.compare.caption', { edition: edition.edition })}${edition.status === 'sample' ? ` — ${t('data.sample')}` : ''}`}>
            <thead>
              <tr>
                <td></td>
                {economies.map((e) => (
                  <th scope="col">
                    <a href={`/countries/${e.iso3}`}>{e.name}</a>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('data.col.rank')}</th>
                {economies.map((e) => (
                  <td class="num">{shownRank(e)}</td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('data.col.index')}</th>
                {economies.map((e) => (
                  <td class="num">{f(e.index)}</td>
                ))}
              </tr>
              {componentKeys.map((key) => (
                <tr>
                  <th scope="row">{t(`data.component.${key}`)}</th>
                  {economies.map((e) => (
                    <td class="num">{f(e[key])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          <p class="small muted">{t('data.ranking.lead', { year: edition.dataYear, count: edition.economies, source: edition.source })}</p>
          <Downloads t={t} base="/data/compare" query={`countries=${codes}`} />
        </>
      ) : null}
    </article>
  );
}
