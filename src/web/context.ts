import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Dialect } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { Translate } from './i18n/i18n.js';
import type { FacetIndexCache } from '../features/catalogue/facet-index.js';
import type { ResponseCache } from './middleware/response-cache.js';
import type { Locale } from './i18n/locales.js';
import type { Auth } from '../features/accounts/auth.js';
import type { CurrentUser } from '../features/accounts/current-user.js';
import type { Mailer } from '../features/mail/outbox.js';

/** What the app needs from the outside world; tests pass their own. */
export interface AppDeps {
  db: Kysely<Database>;
  dialect: Dialect;
  logger: Logger;
  /** Public base URL (for absolute links); derived from the request when unset. */
  publicUrl?: string | undefined;
  /** Host names answered besides PUBLIC_URL's when it is set (ALLOWED_HOSTS); any other Host gets 400. */
  allowedHosts: readonly string[];
  /** The hub's address in emails: PUBLIC_URL, or http://localhost:PORT. */
  baseUrl: string;
  /** Whole public responses kept in memory; writes call its invalidate() for the pages they change, or clear(). */
  responseCache: ResponseCache;
  /** The catalogue's facet index, reloaded when the catalogue changes. */
  facets: FacetIndexCache;
  /** better-auth, configured for the hub (features/accounts/auth.ts). */
  auth: Auth;
  /** Signs CSRF tokens (AUTH_SECRET). */
  secret: string;
  /** Emails: the outbox table, .eml files, SMTP when configured. */
  mailer: Mailer;
}

export interface AppEnv {
  Variables: {
    locale: Locale;
    t: Translate;
    requestId: string;
    /** Messages shown at the top of the page (e.g. an ignored filter). */
    notices: string[];
    /** Who is signed in (null: a visitor). */
    user: CurrentUser | null;
    /** The CSRF token for this visitor's forms (calling it marks the page private). */
    csrfToken: () => string;
  };
}
