import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { Breadcrumbs } from '../../../web/components/common.js';
import type { PageMeta } from '../../../web/layout.js';
import { renderMarkdown } from '../../../web/markdown.js';
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

function ExternalLink({ href }: { href: string }) {
  return (
    <a href={href} rel="nofollow noopener">
      {href.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}
    </a>
  );
}

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
      {translated ? null : (
        <p class="notice">{t('common.missingTranslation', { language: t(`language.${locale}`), original: t(`language.${item.textLocale}`) })}</p>
      )}
      <p class="lead" lang={lang}>
        {item.summary}
      </p>
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
        {item.languages.length ? (
          <Fact label={t('catalogue.languages')}>{item.languages.map((l) => languageLabel(l, t, locale)).join(', ')}</Fact>
        ) : null}
        <Fact label={t('catalogue.cost')}>{t(`cost.${item.cost}`)}</Fact>
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
          <div class="prose" lang={lang}>
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
