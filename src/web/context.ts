import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Dialect } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { Translate } from './i18n/i18n.js';
import type { FacetIndexCache } from '../features/catalogue/facet-index.js';
import type { SiteSearch } from '../features/search/unified.js';
import type { ResponseCache } from './middleware/response-cache.js';
import type { Locale } from './i18n/locales.js';
import type { GateName } from './policy.js';
import type { Auth } from '../features/accounts/auth.js';
import type { CurrentUser } from '../features/accounts/current-user.js';
import type { Mailer } from '../features/mail/outbox.js';
import type { Brand } from './brand.js';

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
  /** The site-wide search (catalogue, partners, countries, events, sessions, outcomes, requests). */
  siteSearch: SiteSearch;
  /** better-auth, configured for the hub (features/accounts/auth.ts). */
  auth: Auth;
  /** Signs CSRF tokens (AUTH_SECRET). */
  secret: string;
  /** Emails: the outbox table, .eml files, SMTP when configured. */
  mailer: Mailer;
  /** The operator's name, tagline, logo text and contact address (HUB_* settings; web/brand.ts). */
  brand: Brand;
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
    /** Set once the page has shown a CSRF token (a form that writes): such a page is never indexed. */
    formShown: boolean | undefined;
    /** The role gate the route declared (web/policy.ts): only pages behind `public` are indexed. */
    gate: GateName | undefined;
    /** The hub's address for absolute links in pages (canonical, language alternates, Open Graph). */
    origin: string;
    /** The operator's branding, for the layout (AppDeps.brand). */
    brand: Brand;
  };
}
