import type { Child } from 'hono/jsx';
import type { Translate } from '../i18n/i18n.js';
import type { PageInfo } from '../../lib/pagination.js';

export function Breadcrumbs({ t, items }: { t: Translate; items: { href?: string; label: string }[] }) {
  return (
    <nav class="crumbs" aria-label={t('common.breadcrumb')}>
      <ol>
        {items.map((item) => (
          <li>{item.href ? <a href={item.href}>{item.label}</a> : <span aria-current="page">{item.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}

export function Tags({ items, label }: { items: Child[]; label?: string }) {
  if (items.length === 0) return null;
  return (
    <ul class="tags" aria-label={label}>
      {items.map((item) => (
        <li>{item}</li>
      ))}
    </ul>
  );
}

/** Links to the previous and next page, keeping the other query parameters. */
export function Pager({ t, url, page }: { t: Translate; url: URL; page: PageInfo }) {
  if (page.pages <= 1) return null;
  const link = (n: number) => {
    const params = new URLSearchParams(url.search);
    params.set('page', String(n));
    return `${url.pathname}?${params.toString()}`;
  };
  return (
    <nav class="pager" aria-label={t('common.pagination')}>
      {page.page > 1 ? <a href={link(page.page - 1)} rel="prev">{t('common.previous')}</a> : null}
      <span>{t('common.pageOf', { page: page.page, pages: page.pages })}</span>
      {page.page < page.pages ? <a href={link(page.page + 1)} rel="next">{t('common.next')}</a> : null}
    </nav>
  );
}
