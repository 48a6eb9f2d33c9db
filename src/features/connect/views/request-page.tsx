import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { PageMeta } from '../../../web/layout.js';
import { renderMarkdown } from '../../../web/markdown.js';
import { countryName } from '../../countries/reference.js';
import { reasonText } from '../matching.js';
import type { Match, RequestDetail } from '../types.js';
import { dayText } from './format.js';
import { RequestBadges } from './request-parts.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

export interface RequestPageView {
  meta: PageMeta;
  request: RequestDetail;
  matches: { solutions: Match[]; organisations: Match[] };
  /** The contact block is rendered only when true: the requester, the secretariat, or a partner that expressed interest. */
  showContact: boolean;
  /** The partner side's blocks (express interest, conversation; the requester's list of interested partners). */
  partnerPanel?: Child;
  requesterPanel?: Child;
  /** The published solution or resource it was asked from ("Ask for this"), with its title in the reader's language. */
  asked?: { href: string; title: string; lang: string | undefined } | undefined;
}

function MatchTable({ id, caption, matches, t }: { id: string; caption: string; matches: Match[]; t: Translate }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{caption}</h3>
      {matches.length ? (
        <ScrollTable id="matches" class="matches" captionClass="visually-hidden" caption={caption}>
          <thead>
            <tr>
              <th scope="col">{t('requests.rank')}</th>
              <th scope="col">{t('requests.name')}</th>
              <th scope="col">{t('requests.score')}</th>
              <th scope="col">{t('requests.why')}</th>
            </tr>
          </thead>
          <tbody>
            {matches.map((m, i) => (
              <tr>
                <td>{i + 1}</td>
                <th scope="row">
                  <a href={m.type === 'solution' ? `/solutions/${m.slug}` : `/organisations/${m.slug}`}>{m.name}</a>
                </th>
                <td>{m.score}</td>
                <td>
                  <ul class="plain small">
                    {m.reasons.map((r) => (
                      <li>
                        {reasonText(r, t)} ({r.points > 0 ? '+' : ''}
                        {r.points})
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : (
        <p>{t('requests.noMatches')}</p>
      )}
    </section>
  );
}

/** /requests/:id: the request, its contact (to those allowed), the partner side's blocks, then the ranked matches. */
export function RequestPage({ view }: { view: RequestPageView }) {
  const { meta, request, matches } = view;
  const { t, locale } = meta;
  const lang = request.sourceLocale === locale ? undefined : request.sourceLocale;
  return (
    <>
      <p>
        <a href="/requests">{t('requests.title')}</a>
      </p>
      <h1 lang={lang}>{request.title}</h1>
      <p>
        <RequestBadges request={request} t={t} />
      </p>
      {request.isSample ? <p class="notice">{t('requests.sampleNote')}</p> : null}
      <dl class="facts">
        <dt>{t('requests.country')}</dt>
        <dd>
          <a href={`/countries/${request.country}`}>{countryName(request.country, locale)}</a>
        </dd>
        <dt>{t('requests.requester')}</dt>
        <dd>
          {request.requesterBody} ({t(`requests.requesterKind.${request.requesterKind}`)})
        </dd>
        {view.asked ? (
          <>
            <dt>{t('dashboards.ask.asked')}</dt>
            <dd>
              <a href={view.asked.href} lang={view.asked.lang}>
                {view.asked.title}
              </a>
            </dd>
          </>
        ) : null}
        <dt>{t('requests.policyArea')}</dt>
        <dd>{request.policyAreas.map((a) => t(`policyArea.${a}.name`)).join(', ')}</dd>
        <dt>{t('requests.supportWanted')}</dt>
        <dd>{request.supportKinds.map((k) => t(`requests.supportKind.${k}`)).join(', ')}</dd>
        <dt>{t('requests.languagesLabel')}</dt>
        <dd>{request.languages.map((l) => t(`language.${l}`, { defaultValue: l })).join(', ')}</dd>
        <dt>{t('requests.urgencyLabel')}</dt>
        <dd>{t(`requests.urgency.${request.urgency}`)}</dd>
        {request.deadline ? (
          <>
            <dt>{t('requests.deadline')}</dt>
            <dd>{dayText(request.deadline, locale, 'weekday')}</dd>
          </>
        ) : null}
        <dt>{t('requests.postedLabel')}</dt>
        <dd>{dayText(request.createdAt, locale, 'weekday')}</dd>
      </dl>
      <div class="prose" lang={lang}>
        {raw(renderMarkdown(request.description))}
      </div>
      <section aria-labelledby="contact">
        <h2 id="contact">{t('requests.contactTitle')}</h2>
        {view.showContact ? (
          <p class="contact">
            {request.contactName} — <a href={`mailto:${request.contactEmail}`}>{request.contactEmail}</a>
          </p>
        ) : (
          <p>{t('requests.contactHidden')}</p>
        )}
      </section>
      {/* Partner side (src/features/connect/partner-panels.tsx): its blocks go here. */}
      {view.requesterPanel ?? null}
      {view.partnerPanel ?? null}
      <section aria-labelledby="matches">
        <h2 id="matches">{t('requests.matchesTitle')}</h2>
        <p>
          {t('requests.matchesLead')} <a href="/requests/about-matching">{t('requests.howMatching')}</a>
        </p>
        <MatchTable id="match-solutions" caption={t('requests.solutionsTitle')} matches={matches.solutions} t={t} />
        <MatchTable id="match-organisations" caption={t('requests.organisationsTitle')} matches={matches.organisations} t={t} />
      </section>
    </>
  );
}
