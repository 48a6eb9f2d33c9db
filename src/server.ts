import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { prepareDatabase } from './db/open.js';
import { ConfigError, readEnv } from './env.js';
import { FacetIndexCache } from './features/catalogue/facet-index.js';
import { createLogger } from './logger.js';
import { ResponseCache } from './web/middleware/response-cache.js';

async function main() {
  const env = readEnv();
  const logger = createLogger(env.LOG_LEVEL);
  const database = await prepareDatabase(env, { demo: env.DEMO_CONTENT });
  logger.info(
    { database: database.location, dialect: database.dialect, migrations: database.migrations, demo: database.demo },
    'database ready',
  );
  const app = createApp({
    db: database.db,
    dialect: database.dialect,
    logger,
    publicUrl: env.PUBLIC_URL,
    responseCache: new ResponseCache({ ttlSeconds: env.PAGE_CACHE_SECONDS }),
    facets: new FacetIndexCache(),
  });
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    logger.info({ url: `http://${info.address === '0.0.0.0' ? 'localhost' : info.address}:${info.port}` }, 'E4D Hub is listening');
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => {
      logger.error('requests still open after 10 s; closing anyway');
      process.exit(1);
    }, 10_000);
    force.unref();
    server.close(async () => {
      await database.db.destroy();
      logger.info('stopped');
      process.exit(0);
    });
    // Idle keep-alive connections would hold close() open.
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('E4D Hub could not start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
