import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Dialect } from './db/database.js';
import type { Database } from './db/schema.js';
import { createAuth } from './features/accounts/auth.js';
import { FacetIndexCache } from './features/catalogue/facet-index.js';
import { RegistryCache } from './features/search/registry.js';
import { SiteSearch } from './features/search/unified.js';
import { Mailer } from './features/mail/outbox.js';
import { brandFrom } from './web/brand.js';
import type { AppDeps } from './web/context.js';
import { ResponseCache } from './web/middleware/response-cache.js';

export interface DepsOptions {
  db: Kysely<Database>;
  dialect: Dialect;
  logger: Logger;
  publicUrl?: string | undefined;
  /** Address used in links when PUBLIC_URL is unset (http://localhost:PORT). */
  fallbackUrl: string;
  secret: string;
  pageCacheSeconds: number;
  /** Most memory the page cache holds, in MB (PAGE_CACHE_MB; default 32). */
  pageCacheMb?: number | undefined;
  /** Other host names answered when PUBLIC_URL is set (ALLOWED_HOSTS). */
  allowedHosts?: readonly string[] | undefined;
  mail: { from: string; smtpUrl?: string | undefined; outboxDir?: string | undefined };
  /** The operator's branding (HUB_NAME…); unset fields keep the defaults ("E4D Hub"). */
  brand?: Parameters<typeof brandFrom>[0];
}

/** Everything the app needs, built the same way for the server, the tests and the benchmarks. */
export function createDeps(options: DepsOptions): AppDeps {
  const brand = brandFrom(options.brand);
  const mailer = new Mailer({ db: options.db, from: options.mail.from, smtpUrl: options.mail.smtpUrl, outboxDir: options.mail.outboxDir, logger: options.logger, siteName: brand.name });
  const baseUrl = (options.publicUrl ?? options.fallbackUrl).replace(/\/$/, '');
  const facets = new FacetIndexCache();
  return {
    db: options.db,
    dialect: options.dialect,
    logger: options.logger,
    publicUrl: options.publicUrl,
    baseUrl,
    allowedHosts: options.allowedHosts ?? [],
    responseCache: new ResponseCache({
      ttlSeconds: options.pageCacheSeconds,
      maxBytes: (options.pageCacheMb ?? 32) * 1024 * 1024,
      // Without PUBLIC_URL, links are made from the request's Host: copies must not cross hosts.
      keyByOrigin: !options.publicUrl,
    }),
    facets,
    siteSearch: new SiteSearch(facets, new RegistryCache()),
    secret: options.secret,
    mailer,
    brand,
    auth: createAuth({ db: options.db, dialect: options.dialect, secret: options.secret, baseUrl, mailer, logger: options.logger }),
  };
}
