import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { Breadcrumbs } from '../../../web/components/common.js';
import type { PageMeta } from '../../../web/layout.js';
import { renderMarkdown } from '../../../web/markdown.js';
import { isEmailAddress } from '../../../lib/text.js';
import { isWebUrl } from '../json-ld.js';
import { itemPath } from '../present.js';
import type { ItemDetail, ItemSummary } from '../queries.js';
import { ItemDate } from './item-card.js';
import { coverageName, formatItemDate, languageLabel } from './labels.js';

function Fact({ label, children }: { label: string; children: Child }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** An address as a reader recognises it: no scheme, no www., no trailing slash. */
const shortUrl = (href: string) => href.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');

function ExternalLink({ href }: { href: string }) {
  return (
    <a href={href} rel="nofollow noopener">
      {shortUrl(href)}
    </a>
  );
}

/** The notice for a text shown in another language than the reader's, beside that text. */
function NotTranslated({ meta, shownIn }: { meta: PageMeta; shownIn: string }) {
  return (
    <p class="notice">{meta.t('common.missingTranslation', { language: meta.t(`language.${meta.locale}`), original: meta.t(`language.${shownIn}`) })}</p>
  );
}

/**
 * How to get it, near the top: who may apply or use it, the cost, where and how to ask (the partner's
 * page, its contact address, a request for assistance through the hub), the languages it is offered in.
 */
function HowToGet({ meta, item }: { meta: PageMeta; item: ItemDetail }) {
  const { t, locale } = meta;
  const { applyUrl, email, viaHub } = item.access;
  const eligibilityElsewhere = item.eligibilityLocale !== locale;
  const ways = [
    isWebUrl(applyUrl) ? (
      <li>
        <a href={applyUrl} rel="nofollow noopener">
          {t('catalogue.applyAt', { page: shortUrl(applyUrl) })}
        </a>
      </li>
    ) : null,
    email && isEmailAddress(email) ? (
      <li>
        <a href={`mailto:${email}`}>{t('catalogue.writeTo', { email })}</a>
      </li>
    ) : null,
    viaHub ? (
      <li>
        <a href={askHref(item)}>{t('catalogue.askThroughHub')}</a>
      </li>
    ) : null,
  ].filter((way) => way !== null);
  return (
    <section aria-labelledby="how-to-get">
      <h2 id="how-to-get">{t('catalogue.howToGet')}</h2>
      <dl class="facts">
        {item.eligibility.trim() ? (
          <Fact label={t('catalogue.eligibility')}>
            <span lang={eligibilityElsewhere ? item.eligibilityLocale : undefined}>{item.eligibility}</span>
            {/* Said once at the top when nothing is translated; here when only this is missing. */}
            {eligibilityElsewhere && item.textLocale === locale ? <NotTranslated meta={meta} shownIn={item.eligibilityLocale} /> : null}
          </Fact>
        ) : null}
        <Fact label={t('catalogue.cost')}>
          {t(`cost.${item.cost}`)}
          {item.cost === 'varies' ? <span class="muted"> {t('catalogue.costVaries')}</span> : null}
        </Fact>
        {ways.length ? (
          <Fact label={t('catalogue.howToAsk')}>
            <ul class="plain">{ways}</ul>
          </Fact>
        ) : null}
        {item.languages.length ? (
          <Fact label={t('catalogue.languages')}>{item.languages.map((l) => languageLabel(l, t, locale)).join(', ')}</Fact>
        ) : null}
      </dl>
      <p>
        <a class="button" href={askHref(item)}>
          {t(item.type === 'solution' ? 'dashboards.ask.action' : 'dashboards.ask.actionResource')}
        </a>{' '}
        <span class="small muted">
          {t('dashboards.ask.hint')}
          {meta.user ? null : ` ${t('dashboards.ask.signIn')}`}
        </span>
      </p>
    </section>
  );
}

/** "Ask for this": the request form, started from this item (a visitor signs in first and comes back to it). */
const askHref = (item: Pick<ItemDetail, 'type' | 'slug'>) => `/requests/new?${item.type}=${item.slug}`;

const listPath = (item: { type: ItemDetail['type'] }) => (item.type === 'solution' ? '/solutions' : '/resources');

export function ItemPage({ meta, item, related, jsonLd }: { meta: PageMeta; item: ItemDetail; related: ItemSummary[]; jsonLd: string }) {
  const { t, locale } = meta;
  const translated = item.textLocale === locale;
  const lang = translated ? undefined : item.textLocale;
  const list = listPath(item);
  const solution = item.type === 'solution';
  return (
    <article>
      <Breadcrumbs t={t} items={[{ href: list, label: t(solution ? 'nav.solutions' : 'nav.resources') }, { label: item.title }]} />
      <h1 lang={lang}>{item.title}</h1>
      {translated ? null : <NotTranslated meta={meta} shownIn={item.textLocale} />}
      <p class="lead" lang={lang}>
        {item.summary}
      </p>
      <HowToGet meta={meta} item={item} />
      <dl class="facts">
        <Fact label={t('catalogue.kind')}>
          <a href={`${list}?kind=${item.kind}`}>{t(`kind.${item.kind}`)}</a>
        </Fact>
        {item.organisations.length ? (
          <Fact label={t(solution ? 'catalogue.offeredBy' : 'catalogue.publishedBy')}>
            <ul class="plain">
              {item.organisations.map((o) => (
                <li>
                  <a href={`/organisations/${o.slug}`}>{o.name}</a>
                  {o.acronym && o.acronym !== o.name ? <span class="muted"> ({o.acronym})</span> : null}
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
        {item.policyAreas.length ? (
          <Fact label={t('catalogue.policyAreas')}>
            <ul class="plain">
              {item.policyAreas.map((slug) => (
                <li>
                  <a href={`/policy-areas/${slug}`}>{t(`policyArea.${slug}.name`)}</a>
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
        {item.beneficiaries.length ? (
          <Fact label={t('catalogue.beneficiaries')}>{item.beneficiaries.map((b) => t(`beneficiary.${b}`)).join(', ')}</Fact>
        ) : null}
        {item.coverage.length ? (
          <Fact label={t('catalogue.coverage')}>
            {item.coverage.map((code, i) => (
              <>
                {i > 0 ? ', ' : null}
                {/^[A-Z]{3}$/.test(code) ? <a href={`/countries/${code}`}>{coverageName(code, t, locale)}</a> : coverageName(code, t, locale)}
              </>
            ))}
          </Fact>
        ) : null}
        {item.publishedOn ? (
          <Fact label={t('catalogue.published')}>
            <ItemDate item={item} locale={locale} />
          </Fact>
        ) : null}
        {item.startsOn && !item.publishedOn ? (
          <Fact label={t('catalogue.startsOn')}>
            <ItemDate item={item} locale={locale} />
          </Fact>
        ) : null}
        {item.endsOn ? (
          <Fact label={t('catalogue.endsOn')}>
            <time datetime={item.endsOn}>{formatItemDate(item.endsOn, locale)}</time>
          </Fact>
        ) : null}
        {isWebUrl(item.link) ? (
          <Fact label={t('catalogue.link')}>
            <ExternalLink href={item.link} />
          </Fact>
        ) : null}
        {isWebUrl(item.documentUrl) ? (
          <Fact label={t('catalogue.document')}>
            <ExternalLink href={item.documentUrl} />
          </Fact>
        ) : null}
      </dl>
      {item.description.trim() ? (
        <section aria-labelledby="description">
          <h2 id="description">{t('catalogue.description')}</h2>
          {/* Title and summary translated, the description not yet: the source language's, said so. */}
          {translated && item.descriptionLocale !== locale ? <NotTranslated meta={meta} shownIn={item.descriptionLocale} /> : null}
          <div class="prose" lang={item.descriptionLocale === locale ? undefined : item.descriptionLocale}>
            {raw(renderMarkdown(item.description))}
          </div>
        </section>
      ) : null}
      {related.length ? (
        <section aria-labelledby="related">
          <h2 id="related">{t(solution ? 'catalogue.relatedSolutions' : 'catalogue.relatedResources')}</h2>
          <ul>
            {related.map((r) => (
              <li>
                <a href={itemPath(r)} lang={r.textLocale === locale ? undefined : r.textLocale}>
                  {r.title}
                </a>{' '}
                <span class="small muted">
                  {t(`kind.${r.kind}`)}
                  {r.publishedOn ?? r.startsOn ? (
                    <>
                      {' · '}
                      <ItemDate item={r} locale={locale} />
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2>{t('catalogue.aboutSource')}</h2>
      <p class="small muted">
        {t('common.source')}
        {t('common.colon')} <span lang={item.sourceLocale === locale ? undefined : item.sourceLocale}>{item.source}</span>
      </p>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
    </article>
  );
}
