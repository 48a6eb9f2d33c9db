import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { render } from '../../web/render.js';
import type { CurrentUser } from '../accounts/current-user.js';
import { findCountryByIso3 } from '../countries/queries.js';
import { countryName } from '../countries/reference.js';

/*
 * What the country pages of connect (readiness self-assessments, the action tracker) share: who may
 * act for a country, the country of the URL, and the 403 page that says who may.
 */

/** Who may save a country's assessments and edit its action tracker: its focal points and the secretariat. */
export function actsForCountry(user: CurrentUser | null, iso3: string): boolean {
  return user !== null && (user.hubRole === 'secretariat' || user.focalPointCountries.includes(iso3));
}

/** The country of the URL's `:iso3` (any case) with its name in the reader's language, or 404; `raw` is the code as written. */
export async function countryParam(c: Context<AppEnv>, db: Kysely<Database>): Promise<{ iso3: string; name: string; raw: string }> {
  const raw = c.req.param('iso3') ?? '';
  if (!/^[A-Za-z]{3}$/.test(raw)) throw notFound('Country');
  const country = await findCountryByIso3(db, raw);
  if (!country) throw notFound('Country');
  return { iso3: country.iso3, name: countryName(country.iso3, c.var.locale), raw };
}

/** A signed-in user who may not act for this country: a 403 page that says who may, and where to read instead. */
export function countryForbidden(c: Context<AppEnv>, page: { title: string; text: string; link?: { href: string; label: string } }) {
  c.header('Cache-Control', 'private, no-store');
  return render(
    c,
    { title: page.title },
    <>
      <h1>{page.title}</h1>
      <p>{page.text}</p>
      {page.link ? (
        <p>
          <a href={page.link.href}>{page.link.label}</a>
        </p>
      ) : null}
    </>,
    403,
  );
}
