import { inline } from '../../../web/charts/svg.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { Breadcrumbs } from '../../../web/components/common.js';
import { policyAreaSlugs } from '../../policy-areas/policy-areas.js';
import type { ActionDetail, Share } from '../actions.js';
import { type ActionStatus, actionStatuses } from '../types.js';
import { NoteList, RecommendationLink, shareText } from './action-parts.js';
import { Day, SampleNotice } from './format.js';
import { policyAreaLabel } from '../../policy-areas/present.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

export interface ActionMatrixProps {
  t: Translate;
  locale: Locale;
  iso3: string;
  name: string;
  /** The actions the filters let through. */
  actions: ActionDetail[];
  shares: { overall: Share; byPolicyArea: (Share & { policyArea: string })[] };
  /** The bar chart of the shares (SVG markup from src/web/charts). */
  chart: string;
  filter: { status?: ActionStatus | undefined; policyArea?: string | undefined };
  total: number;
  sample: boolean;
  canEdit: boolean;
}

function Shares({ t, locale, shares, chart }: Pick<ActionMatrixProps, 't' | 'locale' | 'shares' | 'chart'>) {
  const row = (label: string, share: Share, current = false) => (
    <tr class={current ? 'current' : undefined}>
      <th scope="row">{label}</th>
      <td class="num">{share.completed}</td>
      <td class="num">{share.actions - share.dropped}</td>
      <td class="num">{shareText(share, t, locale)}</td>
    </tr>
  );
  return (
    <section id="shares" aria-labelledby="shares-title">
      <h2 id="shares-title">{t('actions.share.title')}</h2>
      <p>{t('actions.share.definition')}</p>
      {inline(chart)}
      <ScrollTable id="actions-share" class="chart-table" caption={t('actions.share.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('actions.share.area')}</th>
            <th scope="col">{t('actions.share.completed')}</th>
            <th scope="col">{t('actions.share.counted')}</th>
            <th scope="col">{t('actions.share.value')}</th>
          </tr>
        </thead>
        <tbody>
          {shares.byPolicyArea.map((s) => row(policyAreaLabel(t, s.policyArea), s))}
          {row(t('actions.share.overall'), shares.overall, true)}
        </tbody>
      </ScrollTable>
    </section>
  );
}

function Filters({ t, iso3, filter }: Pick<ActionMatrixProps, 't' | 'iso3' | 'filter'>) {
  return (
    <form method="get" action={`/countries/${iso3}/actions`} class="filters" aria-label={t('actions.filter.title')}>
      <div class="field">
        <label for="filter-status">{t('actions.filter.status')}</label>
        <select id="filter-status" name="status">
          <option value="">{t('actions.filter.any')}</option>
          {actionStatuses.map((s) => (
            <option value={s} selected={filter.status === s}>
              {t(`actions.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-area">{t('actions.filter.policyArea')}</label>
        <select id="filter-area" name="policyArea">
          <option value="">{t('actions.filter.any')}</option>
          {policyAreaSlugs.map((a) => (
            <option value={a} selected={filter.policyArea === a}>
              {policyAreaLabel(t, a, 'short')}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t('actions.filter.apply')}</button>
    </form>
  );
}

function AreaTable({ t, locale, iso3, area, actions, canEdit }: { t: Translate; locale: Locale; iso3: string; area: string; actions: ActionDetail[]; canEdit: boolean }) {
  const areaName = policyAreaLabel(t, area);
  return (
    <section aria-labelledby={`area-${area}`}>
      <h3 id={`area-${area}`}>{areaName}</h3>
      <ScrollTable id={`actions-${area}`} caption={t('actions.tableCaption', { area: areaName, count: actions.length })}>
        <thead>
          <tr>
            <th scope="col">{t('actions.col.action')}</th>
            <th scope="col">{t('actions.col.lead')}</th>
            <th scope="col">{t('actions.col.supporting')}</th>
            <th scope="col">{t('actions.col.priority')}</th>
            <th scope="col">{t('actions.col.targetDate')}</th>
            <th scope="col">{t('actions.col.status')}</th>
            <th scope="col">{t('actions.col.followUp')}</th>
            {canEdit ? <th scope="col">{t('actions.col.manage')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr id={`action-${a.id}`}>
              <th scope="row">
                {a.title}
                {a.isSample ? <> <span class="tag">{t('actions.sample')}</span></> : null}
              </th>
              <td>{a.lead}</td>
              <td>{a.supporting}</td>
              <td>{t(`actions.priority.${a.priority}`)}</td>
              <td>{a.targetDate ? <Day date={a.targetDate} locale={locale} /> : t('actions.noTarget')}</td>
              <td>{t(`actions.status.${a.status}`)}</td>
              <td>
                <RecommendationLink t={t} action={a} />
                {a.notes.length ? (
                  <details>
                    <summary>
                      {t('actions.notes')} ({a.notes.length})
                    </summary>
                    <NoteList t={t} locale={locale} notes={a.notes} />
                  </details>
                ) : null}
              </td>
              {canEdit ? (
                <td>
                  <a href={`/countries/${iso3}/actions/${a.id}/edit`} aria-label={t('actions.editLabel', { title: a.title })}>
                    {t('actions.edit')}
                  </a>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}

/** The public tracker: the shares completed, the filters, then a table per policy area. */
export function ActionMatrixPage(props: ActionMatrixProps) {
  const { t, locale, iso3, name, actions, canEdit } = props;
  const areas = policyAreaSlugs.filter((area) => actions.some((a) => a.policyArea === area));
  const query = new URLSearchParams(Object.entries(props.filter).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  return (
    <article>
      <Breadcrumbs t={t} items={[{ href: '/countries', label: t('countries.title') }, { href: `/countries/${iso3}`, label: name }, { label: t('actions.nav') }]} />
      <h1>{t('actions.title', { country: name })}</h1>
      <p class="lead">{t('actions.lead', { country: name })}</p>
      <SampleNotice show={props.sample} text={t('actions.sampleNotice')} strong />
      <p>
        {canEdit ? (
          <>
            <a class="button" href={`/countries/${iso3}/actions/new`}>
              {t('actions.add')}
            </a>{' '}
          </>
        ) : null}
        {t('actions.downloads')}
        <a href={`/countries/${iso3}/actions.csv`}>{t('actions.csv')}</a> · <a href={`/api/v1/countries/${iso3}/actions${query ? `?${query}` : ''}`}>{t('actions.json')}</a> ·{' '}
        <a href={`/countries/${iso3}/actions/history`}>{t('actions.historyLink')}</a>
      </p>
      {props.total === 0 ? (
        <p>{t('actions.none', { country: name })}</p>
      ) : (
        <>
          <Shares t={t} locale={locale} shares={props.shares} chart={props.chart} />
          <section aria-labelledby="matrix-title">
            <h2 id="matrix-title">{t('actions.nav')}</h2>
            <Filters t={t} iso3={iso3} filter={props.filter} />
            {areas.length === 0 ? <p>{t('actions.noneMatch')}</p> : null}
            {areas.map((area) => (
              <AreaTable t={t} locale={locale} iso3={iso3} area={area} actions={actions.filter((a) => a.policyArea === area)} canEdit={canEdit} />
            ))}
          </section>
        </>
      )}
    </article>
  );
}
