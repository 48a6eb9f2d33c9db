import { gate } from '../../web/policy.js';
import { Hono } from 'hono';
import { sql } from 'kysely';
import type { AppDeps, AppEnv } from '../../web/context.js';

/** /healthz: the process answers. /readyz: the database answers too. */
export function healthRoutes({ db, dialect }: AppDeps) {
  return new Hono<AppEnv>()
    .get('/healthz', gate('public'), (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json({ status: 'ok' });
    })
    .get('/readyz', gate('public'), async (c) => {
      c.header('Cache-Control', 'no-store');
      try {
        await sql`select 1`.execute(db);
        return c.json({ status: 'ready', database: dialect });
      } catch {
        return c.json({ error: { id: 'unavailable', message: 'The database is not reachable.' } }, 503);
      }
    });
}
