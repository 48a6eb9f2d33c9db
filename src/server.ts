import { serve } from '@hono/node-server';
import path from 'node:path';
import { createApp } from './app.js';
import { createDeps } from './deps.js';
import { ensureSecretariat } from './features/accounts/secretariat.js';
import { authSecret } from './secret.js';
import { prepareDatabase } from './db/open.js';
import { ConfigError, readEnv } from './env.js';
import { createLogger } from './logger.js';

async function main() {
  const env = readEnv();
  const logger = createLogger(env.LOG_LEVEL);
  const database = await prepareDatabase(env, { demo: env.DEMO_CONTENT });
  logger.info(
    { database: database.location, dialect: database.dialect, migrations: database.migrations, demo: database.demo },
    'database ready',
  );
  const deps = createDeps({
    db: database.db,
    dialect: database.dialect,
    logger,
    publicUrl: env.PUBLIC_URL,
    fallbackUrl: `http://localhost:${env.PORT}`,
    secret: authSecret(env),
    pageCacheSeconds: env.PAGE_CACHE_SECONDS,
    mail: { from: env.MAIL_FROM, smtpUrl: env.SMTP_URL, outboxDir: path.join(env.DATA_DIR, 'outbox') },
  });
  if (env.SECRETARIAT_EMAIL) {
    const outcome = await ensureSecretariat(deps, env.SECRETARIAT_EMAIL, env.SECRETARIAT_PASSWORD);
    logger.info({ email: env.SECRETARIAT_EMAIL, outcome }, 'secretariat account');
  }
  const app = createApp(deps);
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
