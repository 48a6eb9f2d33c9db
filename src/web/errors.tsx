import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { databaseFault, retryAfterSeconds } from '../db/unavailable.js';
import { AppError, errorBody } from '../lib/errors.js';
import type { AppDeps, AppEnv } from './context.js';
import { translator } from './i18n/i18n.js';
import { defaultLocale } from './i18n/locales.js';
import { Layout } from './layout.js';

const isApi = (c: Context) => c.req.path.startsWith('/api/');

function errorPage(c: Context<AppEnv>, status: AppError['status'], id?: string) {
  const locale = c.var.locale ?? defaultLocale;
  const t = c.var.t ?? translator(locale);
  const [title, text] =
    status === 404
      ? [t('errors.notFoundTitle'), t('errors.notFound')]
      : status === 403
        ? [t('errors.forbiddenTitle'), t(id === 'csrf' ? 'accounts.error.csrf' : 'accounts.error.forbidden')]
      : status === 400 || status === 409
        ? [t('errors.badRequestTitle'), t('errors.badRequest')]
      : status === 503
        ? id === 'cannot_save'
          ? [t('errors.cannotSaveTitle'), t('errors.cannotSave')]
          : [t('errors.unavailableTitle'), t('errors.unavailable')]
        : [t('errors.serverTitle'), t('errors.server')];
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout locale={locale} t={t} url={new URL(c.req.url)} notices={[]} title={title} brand={c.var.brand} description={text} origin={c.var.origin} noindex>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href="/">{t('errors.goHome')}</a>
      </p>
    </Layout>,
    status,
  );
}

/** The one error handler: HTML for pages, `{ error: { id, message } }` for the API; never a stack trace. */
export function handleError(deps: AppDeps) {
  return (err: Error, c: Context<AppEnv>) => {
    let error: AppError;
    const fault = err instanceof AppError || err instanceof HTTPException ? undefined : databaseFault(err);
    if (err instanceof AppError) error = err;
    else if (err instanceof HTTPException && err.status < 500) {
      error =
        err.status === 404
          ? new AppError('not_found')
          : err.status === 403
            ? new AppError('forbidden')
            : new AppError('invalid_parameter', 'The request is not valid.');
    } else if (fault) {
      // The database went away or cannot write: not a fault of the hub's, and the client may retry.
      deps.logger.warn({ code: fault.code, error: err.message, requestId: c.get('requestId'), path: c.req.path }, fault.fault === 'cannot_save' ? 'database cannot save' : 'database unavailable');
      error = new AppError(fault.fault);
      c.header('Retry-After', String(retryAfterSeconds[fault.fault]));
    } else {
      deps.logger.error({ err, requestId: c.get('requestId'), path: c.req.path }, 'unhandled error');
      error = new AppError('internal');
    }
    if (isApi(c)) return c.json(errorBody(error), error.status);
    return errorPage(c, error.status, error.id);
  };
}

export function handleNotFound(c: Context<AppEnv>) {
  if (isApi(c)) return c.json(errorBody(new AppError('not_found', `No API route matches ${c.req.path}.`)), 404);
  return errorPage(c, 404);
}
