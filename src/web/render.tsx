import type { Child } from 'hono/jsx';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './context.js';
import { Layout, type PageMeta } from './layout.js';

export function pageMeta(c: Context<AppEnv>): PageMeta {
  return { locale: c.var.locale, t: c.var.t, url: new URL(c.req.url), notices: c.var.notices, user: c.var.user ?? null, brand: c.var.brand };
}

/**
 * Whether a page stays out of search engines: behind any gate but `public` (account, workspace,
 * secretariat, sign-in), showing a form that writes (it carries a CSRF token), not a 200, or asked.
 */
export function isNoindex(c: Context<AppEnv>, status: number, asked = false): boolean {
  return asked || status !== 200 || c.var.gate !== 'public' || c.var.formShown === true;
}

/**
 * Render a page inside the site layout. `description` is the page's own one-line summary for search
 * results and link previews (the site's description when a page has none).
 */
export function render(
  c: Context<AppEnv>,
  page: { title: string; description?: string | undefined; json?: string; noindex?: boolean },
  body: Child,
  status: ContentfulStatusCode = 200,
) {
  return c.html(
    <Layout {...pageMeta(c)} title={page.title} description={page.description} json={page.json} origin={c.var.origin} noindex={isNoindex(c, status, page.noindex)}>
      {body}
    </Layout>,
    status,
  );
}

/**
 * The notice a redirect asked for with `?done=<key>`: looked up in the page's own list of keys and
 * translated, so that nothing from the address itself is ever shown.
 */
export function doneNotice(c: Context<AppEnv>, notices: Readonly<Record<string, string>>): void {
  const done = c.req.query('done');
  if (done && Object.hasOwn(notices, done)) c.var.notices.push(c.var.t(notices[done]!));
}

/**
 * Read an optional filter from the query string. An unknown value is ignored, and the page
 * says so (the JSON API answers 400 instead).
 */
export function queryFilter<T extends string>(c: Context<AppEnv>, name: string, isValid: (v: string) => v is T): T | undefined {
  const value = c.req.query(name);
  if (value === undefined || value === '') return undefined;
  if (isValid(value)) return value;
  c.var.notices.push(c.var.t('common.ignoredFilter', { name, value: value.slice(0, 60) }));
  return undefined;
}

/** A positive page number from the query string; anything else is page 1. */
export function queryPage(c: Context<AppEnv>): number {
  const n = Number(c.req.query('page') ?? '1');
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}
