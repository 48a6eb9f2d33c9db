import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import path from 'node:path';
import { createApp } from './app.js';
import { createDeps } from './deps.js';
import { ensureSecretariat } from './features/accounts/secretariat.js';
import { authSecret } from './secret.js';
import { defaultMailFrom } from './web/brand.js';
import { prepareDatabase } from './db/open.js';
import { StartError } from './db/start-error.js';
import { ConfigError, readEnv } from './env.js';
import { createLogger } from './logger.js';
import { ShutdownHooks, drainable } from './shutdown.js';

/** Seconds the shutdown hooks and closing the database may take after the requests are drained. */
const closeSeconds = 5;

async function main() {
  const env = readEnv();
  const logger = createLogger(env.LOG_LEVEL);
  const database = await prepareDatabase(env, { demo: env.DEMO_CONTENT, logger });
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
    pageCacheMb: env.PAGE_CACHE_MB,
    allowedHosts: env.ALLOWED_HOSTS,
    mail: { from: env.MAIL_FROM ?? defaultMailFrom(env.HUB_NAME), smtpUrl: env.SMTP_URL, outboxDir: path.join(env.DATA_DIR, 'outbox') },
    brand: { name: env.HUB_NAME, tagline: env.HUB_TAGLINE, logoText: env.HUB_LOGO_TEXT, contactEmail: env.HUB_CONTACT_EMAIL },
  });
  // Work to stop at shutdown, after the last request and before the database closes: hooks.add(name, stop).
  const hooks = new ShutdownHooks();
  // Emails leave from the outbox table after their transaction commits, retried with back-off (features/mail/outbox.ts).
  deps.mailer.start();
  hooks.add('email sender', () => deps.mailer.stop());
  if (env.SECRETARIAT_EMAIL) {
    const outcome = await ensureSecretariat(deps, env.SECRETARIAT_EMAIL, env.SECRETARIAT_PASSWORD);
    logger.info({ email: env.SECRETARIAT_EMAIL, outcome }, 'secretariat account');
  }
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    logger.info({ url: `http://${info.address === '0.0.0.0' ? 'localhost' : info.address}:${info.port}` }, 'E4D Hub is listening');
  }) as Server;
  server.once('error', (error: NodeJS.ErrnoException) => {
    console.error(`E4D Hub could not start: cannot listen on ${env.HOST}:${env.PORT}: ${error.message}${error.code ? ` (${error.code})` : ''}`);
    process.exit(1);
  });
  const requests = drainable(server);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, timeoutSeconds: env.SHUTDOWN_TIMEOUT_SECONDS }, 'shutting down: finishing requests in flight');
    const { drained, cut } = await requests.drain(env.SHUTDOWN_TIMEOUT_SECONDS * 1000);
    setTimeout(() => {
      logger.error({ signal, drained, cut }, `stopped: shutdown hooks or the database still busy after ${closeSeconds} s`);
      process.exit(1);
    }, closeSeconds * 1000).unref();
    await hooks.run(logger);
    await database.db.destroy().catch((err: unknown) => logger.error({ err }, 'closing the database failed'));
    if (cut > 0) logger.error({ signal, drained, cut }, 'stopped');
    else logger.info({ signal, drained, cut }, 'stopped');
    process.exit(cut > 0 ? 1 : 0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof StartError) console.error(error.line);
  else {
    const code = (error as { code?: unknown } | null)?.code;
    console.error(`E4D Hub could not start: ${error instanceof Error ? error.message : String(error)}${typeof code === 'string' ? ` (${code})` : ''}`);
  }
  process.exit(1);
});
