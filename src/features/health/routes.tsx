import { gate } from '../../web/policy.js';
import { Hono } from 'hono';
import { probeDatabase } from '../../db/probe.js';
import { databaseFault, retryAfterSeconds } from '../../db/unavailable.js';
import { AppError, errorBody } from '../../lib/errors.js';
import type { AppDeps, AppEnv } from '../../web/context.js';

/** /healthz: the process answers. /readyz: the database answers and can write (probe.ts). */
export function healthRoutes({ db, dialect, logger }: AppDeps) {
  return new Hono<AppEnv>()
    .get('/healthz', gate('public'), (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json({ status: 'ok' });
    })
    .get('/readyz', gate('public'), async (c) => {
      c.header('Cache-Control', 'no-store');
      try {
        await probeDatabase(db, dialect);
        return c.json({ status: 'ready', database: dialect });
      } catch (err) {
        const fault = databaseFault(err)?.fault ?? 'unavailable';
        logger.warn({ code: (err as { code?: unknown }).code, error: (err as Error).message }, 'not ready');
        c.header('Retry-After', String(retryAfterSeconds[fault]));
        return c.json(errorBody(new AppError(fault)), 503);
      }
    });
}
