import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { countryName } from '../../countries/reference.js';
import type { MatchedRequest } from '../interest.js';
import type { ResponseMetrics as Figures } from '../metrics.js';
import { dayText } from './format.js';
import { ResponseMetricsView } from './partner-metrics.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

/** /workspace/:org/requests: the requests matched to the organisation, with its response metrics. */
export function PartnerDashboard(props: { t: Translate; locale: Locale; org: string; name: string; show: 'open' | 'all'; rows: MatchedRequest[]; metrics: Figures }) {
  const { t, locale, org, name, show, rows } = props;
  return (
    <>
      <p>
        <a href="/workspace">{t('partnerRequests.dashboard.back')}</a>
      </p>
      <h1>{t('partnerRequests.dashboard.title')}</h1>
      <p>{t('partnerRequests.dashboard.lead', { name })}</p>
      <form method="get" action={`/workspace/${org}/requests`} class="inline-form">
        <label for="show">{t('partnerRequests.dashboard.show')}</label>{' '}
        <select id="show" name="show">
          <option value="open" selected={show === 'open'}>
            {t('partnerRequests.dashboard.open')}
          </option>
          <option value="all" selected={show === 'all'}>
            {t('partnerRequests.dashboard.all')}
          </option>
        </select>{' '}
        <button type="submit">{t('common.apply')}</button>
      </form>
      {rows.length ? (
        <ScrollTable id="partner-requests" caption={t('partnerRequests.dashboard.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('partnerRequests.dashboard.rank')}</th>
              <th scope="col">{t('partnerRequests.dashboard.request')}</th>
              <th scope="col">{t('partnerRequests.dashboard.country')}</th>
              <th scope="col">{t('partnerRequests.dashboard.status')}</th>
              <th scope="col">{t('partnerRequests.dashboard.deadline')}</th>
              <th scope="col">{t('partnerRequests.dashboard.interest')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>
                  {r.rank} <span class="small muted">({t('partnerRequests.dashboard.score')} {Math.round(r.score)})</span>
                </td>
                <td>
                  <a href={`/requests/${r.id}`}>{r.title}</a>
                </td>
                <td>{countryName(r.country, locale)}</td>
                <td>{t(`partnerRequests.status.${r.status}`)}</td>
                <td>{r.deadline ? dayText(r.deadline, locale, 'medium') : '—'}</td>
                <td>
                  {r.interestedAt ? (
                    <>
                      {t('partnerRequests.dashboard.interested', { date: dayText(r.interestedAt, locale, 'medium') })}
                      {r.engaged ? ` · ${t('partnerRequests.dashboard.engaged')}` : ''}
                      {' · '}
                      <a href={`/requests/${r.id}/conversations/${org}`}>{t('partnerRequests.dashboard.conversation')}</a>
                    </>
                  ) : (
                    t('partnerRequests.dashboard.notYet')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : (
        <p>{show === 'open' ? t('partnerRequests.dashboard.noneOpen') : t('partnerRequests.dashboard.none')}</p>
      )}
      <ResponseMetricsView t={t} locale={locale} metrics={props.metrics} />
    </>
  );
}
