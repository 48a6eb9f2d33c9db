import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

/**
 * A partner's page lists, each with its count and links: its solutions (as before), its resources, the
 * events it organised or partnered, the sessions it co-organised or where its people spoke, and the
 * recommendations of its events and co-organised sessions with the actions that answer them.
 */

let hub: TestHub;
const db = () => hub.db.db;

/** The HTML of the section whose heading has this id. */
function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
}
const page = async (slug: string, lang = 'en') => (await hub.get(`/organisations/${slug}?lang=${lang}`)).text();

/** Recommendations of published events, counted the way the page counts them. */
async function recommendationCount(where: { eventSlug?: string; coOrganiser?: string }): Promise<{ refs: string[] }> {
  let query = db()
    .selectFrom('sessionOutcomes as o')
    .innerJoin('eventSessions as s', 's.id', 'o.sessionId')
    .innerJoin('events as e', 'e.id', 's.eventId')
    .select('o.ref')
    .where('o.kind', '=', 'recommendation')
    .where('e.reviewStatus', '=', 'published');
  if (where.eventSlug) query = query.where('e.slug', '=', where.eventSlug);
  if (where.coOrganiser) {
    const org = where.coOrganiser;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('sessionOrganisations as so')
          .innerJoin('organisations as og', 'og.id', 'so.organisationId')
          .select('so.sessionId')
          .whereRef('so.sessionId', '=', 's.id')
          .where('og.slug', '=', org),
      ),
    );
  }
  return { refs: (await query.execute()).map((r) => r.ref) };
}

beforeAll(async () => {
  hub = await createTestHub();
}, 60_000);
afterAll(() => hub.close());

describe('a partner page', () => {
  it('counts and links its resources', async () => {
    const { n } = await db()
      .selectFrom('items as i')
      .innerJoin('itemOrganisations as io', 'io.itemId', 'i.id')
      .innerJoin('organisations as o', 'o.id', 'io.organisationId')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('o.slug', '=', 'unctad')
      .where('i.type', '=', 'resource')
      .where('i.status', '=', 'published')
      .executeTakeFirstOrThrow();
    const resources = section(await page('unctad'), 'resources');
    expect(resources).toContain(`Resources published (${Number(n)})`);
    expect(resources).toContain(`<a href="/resources?organisation=unctad">See all ${Number(n)} resources</a>`);
    expect([...resources.matchAll(/<h3><a href="\/resources\//g)]).toHaveLength(5);
  });

  it('lists the events it organised or partnered, latest first, the rest folded', async () => {
    const events = section(await page('unctad'), 'events');
    const organised = await db()
      .selectFrom('eventOrganisations as eo')
      .innerJoin('events as e', 'e.id', 'eo.eventId')
      .innerJoin('organisations as o', 'o.id', 'eo.organisationId')
      .select('e.slug')
      .where('o.slug', '=', 'unctad')
      .where('e.reviewStatus', '=', 'published')
      .execute();
    expect(events).toContain(`Events organised or partnered (${organised.length})`);
    const listed = [...events.matchAll(/href="\/events\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(new Set(listed)).toEqual(new Set(organised.map((e) => e.slug)));
    expect(events).toMatch(/href="\/events\/unctad-e-commerce-week-2017"[^<]*<\/a> <span class="small muted">[^<]* · organiser<\/span>/);
    expect(listed.indexOf('unctad-eweek-2023')).toBeLessThan(listed.indexOf('unctad-e-commerce-week-2017'));
    expect(events).toContain(`<summary>Show all ${organised.length}</summary>`);
    // A partner of an event says so.
    expect(section(await page('itu'), 'events')).toMatch(/href="\/events\/unctad-e-commerce-week-2017"[^<]*<\/a> <span class="small muted">[^<]* · partner<\/span>/);
  });

  it('lists the sessions it co-organised and those where its people spoke', async () => {
    const eif = section(await page('eif'), 'sessions');
    expect(eif).toContain('Sessions (1)');
    expect(eif).toMatch(/href="\/events\/unctad-e-commerce-week-2017#s-ldc-etrade-readiness"[\s\S]*?co-organiser/);
    // ITU's Secretary-General spoke at the high-level event; ITU did not co-organise it.
    const itu = section(await page('itu'), 'sessions');
    expect(itu).toMatch(/href="\/events\/unctad-e-commerce-week-2017#s-high-level-digital-transformation-for-all"[\s\S]*?its people spoke/);
  });

  it('counts the recommendations of its events and co-organised sessions, linked to the outcomes, with the actions answering them', async () => {
    const week = await recommendationCount({ eventSlug: 'unctad-e-commerce-week-2017' });
    const unctad = section(await page('unctad'), 'recommendations');
    expect(week.refs.length).toBeGreaterThan(0);
    expect(unctad).toContain(`<a href="/events/unctad-e-commerce-week-2017/outcomes">Read them on the outcomes of UNCTAD E-Commerce Week 2017</a>`);
    expect(unctad).toContain(`${week.refs.length} recommendations`);
    const answering = await db().selectFrom('actions').select('id').where('recommendationRef', 'in', week.refs).execute();
    expect(answering.length).toBeGreaterThan(0);
    expect(unctad).toContain(`${answering.length} actions answer them`);
    // EIF co-organised one session: only that session's recommendations are its own.
    const eif = await recommendationCount({ coOrganiser: 'eif' });
    expect(eif.refs.length).toBeGreaterThan(0);
    expect(eif.refs.length).toBeLessThan(week.refs.length);
    expect(section(await page('eif'), 'recommendations')).toContain(`Recommendations (${eif.refs.length})`);
  });

  it('says so where a block is empty, and reads in French and Spanish', async () => {
    const gsma = await page('gsma');
    expect(section(gsma, 'events')).toContain('Events organised or partnered (0)');
    expect(section(gsma, 'events')).toContain('None yet.');
    expect(section(gsma, 'recommendations')).toContain('None yet.');
    expect(await page('unctad', 'fr')).toContain('Événements organisés ou soutenus');
    expect(await page('unctad', 'es')).toContain('Eventos organizados o apoyados');
  });
});
