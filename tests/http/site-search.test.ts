import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ecommerceWeek2017 } from '../../data/demo/events-2017.js';
import { buildRequest } from '../../src/features/connect/factory.js';
import { requestCreator } from '../../src/features/connect/requests.js';
import { eventUpdater } from '../../src/features/events/commands.js';
import { searchTypes } from '../../src/features/search/unified.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

/** The site-wide search over the demo content: every kind of public document, on both databases. */

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
}, 120_000);
afterAll(() => hub.close());

async function search(query: string) {
  const res = await hub.get(`/api/v1/search?${query}`);
  const body = (await res.json()) as any;
  return { status: res.status, body, titles: (body.data ?? []).map((d: any) => `${d.type}:${d.title}`) as string[] };
}
const countOf = (body: any, type: string) => body.types.find((t: any) => t.type === type)?.count ?? 0;

describe('GET /api/v1/search finds every kind of public document', () => {
  it('finds the 2017 youth session and its recommendations for q=youth', async () => {
    const { status, titles } = await search('q=youth&pageSize=100');
    expect(status).toBe(200);
    expect(titles).toContain('session:Youth Employment in the Digital Economy');
    const recommendations = await search('q=youth&type=recommendation');
    expect(recommendations.body.page.total).toBeGreaterThan(0);
    expect(recommendations.body.data.every((d: any) => d.type === 'recommendation' && d.url.startsWith('/events/unctad-e-commerce-week-2017/outcomes#'))).toBe(true);
    expect(recommendations.body.data.some((d: any) => d.context === 'UNCTAD E-Commerce Week 2017')).toBe(true);
  });

  it('finds the sessions Dr. Kituyi spoke at, and nothing else, for q=Kituyi', async () => {
    const { body } = await search('q=Kituyi');
    expect(body.page.total).toBeGreaterThanOrEqual(1);
    expect(body.data.every((d: any) => d.type === 'session' && d.url.startsWith('/events/unctad-e-commerce-week-2017#s-'))).toBe(true);
  });

  it('corrects a word that matches nothing: "mobile mony" finds the mobile-money items', async () => {
    const { body } = await search('q=mobile%20mony&type=solution');
    expect(body.correctedTo).toBe('mobile money');
    expect(body.page.total).toBeGreaterThanOrEqual(5);
    expect(body.data.every((d: any) => d.type === 'solution' && typeof d.slug === 'string')).toBe(true);
    expect(body.data.filter((d: any) => d.policyAreas.includes('payment-solutions')).length).toBeGreaterThanOrEqual(5);
    // "Search only for" what was typed: no correction, nothing found.
    const exact = await search('q=mobile%20mony&exact=1');
    expect(exact.body.correctedTo).toBeNull();
    expect(exact.body.page.total).toBe(0);
    expect(exact.body.didYouMean).toBe('mobile money');
  });

  it('corrects longer words with up to two edits ("logistcs", "cybercrme") and leaves known prefixes alone ("cybercrim")', async () => {
    expect((await search('q=logistcs')).body.correctedTo).toBe('logistics');
    expect((await search('q=cybercrme')).body.correctedTo).toMatch(/^cybercrim/);
    const prefix = await search('q=cybercrim');
    expect(prefix.body.correctedTo).toBeNull();
    expect(prefix.titles.some((t) => /Cybercrime/.test(t))).toBe(true);
  });

  it('widens phrases with the synonym list, across languages', async () => {
    const english = await search('q=mobile%20money&type=solution&pageSize=100');
    for (const q of ['e-wallet', 'dinero%20m%C3%B3vil', 'monnaie%20%C3%A9lectronique']) {
      const other = await search(`q=${q}&type=solution&pageSize=100`);
      expect(other.body.page.total).toBe(english.body.page.total);
    }
    expect(english.body.page.total).toBeGreaterThanOrEqual(5);
    const pyme = await search('q=pyme&type=solution');
    const sme = await search('q=SME&type=solution');
    expect(pyme.body.page.total).toBe(sme.body.page.total);
    expect(pyme.body.page.total).toBeGreaterThan(0);
  });

  it('filters by each type, and the type counts add up to the whole list', async () => {
    const all = await search('q=trade&pageSize=100');
    const sum = all.body.types.reduce((n: number, t: any) => n + t.count, 0);
    expect(all.body.page.total).toBe(Math.min(sum, 500));
    for (const type of ['event', 'session', 'recommendation', 'request', 'solution', 'resource', 'organisation']) {
      const one = await search(`q=trade&type=${type}&pageSize=100`);
      expect(one.status).toBe(200);
      expect(one.body.page.total, type).toBe(countOf(all.body, type));
      expect(one.body.page.total, type).toBeGreaterThan(0);
      expect(one.body.data.every((d: any) => d.type === type), type).toBe(true);
    }
    const countries = await search('q=Kenya&type=country');
    expect(countries.body.data).toEqual([expect.objectContaining({ type: 'country', title: 'Kenya', url: '/countries/KEN' })]);
  });

  it('applies the policy-area filter to events, outcomes and requests too, and other filters only to the catalogue', async () => {
    const payments = await search('q=payments&policyArea=payment-solutions&pageSize=100');
    expect(payments.body.data.length).toBeGreaterThan(0);
    for (const d of payments.body.data) if (d.policyAreas) expect(d.policyAreas).toContain('payment-solutions');
    const byKind = await search('q=payments&kind=tool&pageSize=100');
    expect(byKind.body.data.every((d: any) => d.type === 'solution' || d.type === 'resource')).toBe(true);
  });

  it('answers bad input with a clear 400 or an empty result, never a 500', async () => {
    const unknown = await search('q=trade&type=podcast');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ id: 'invalid_parameter' });
    expect(unknown.body.error.message).toMatch(/type/);
    for (const q of ['the%20of%20and', '%21%21%21%20%3F%3F', 'a'.repeat(200), 'payments%20%D0%BF%D0%BB%D0%B0%D1%82%D0%B5%D0%B6%D0%B8%20%E6%94%AF%E4%BB%98', '%22%20OR%20*%20NEAR']) {
      const res = await search(`q=${q}`);
      expect(res.status, q).toBe(200);
      expect(Array.isArray(res.body.data)).toBe(true);
    }
    expect((await search('q=%21%21%21')).body.page.total).toBe(0);
    expect((await search(`q=${'a'.repeat(201)}`)).status).toBe(400);
  });
});

describe('the /search page', () => {
  it('lists every kind in one list with tabs, and a tab per kind', async () => {
    const html = await (await hub.get('/search?q=youth')).text();
    expect(html).toContain('Youth Employment in the Digital Economy');
    expect(html).toMatch(/<nav aria-label="Kinds of result">/);
    expect(html).toContain('href="/search?q=youth&amp;type=session"');
    const sessions = await (await hub.get('/search?q=youth&type=session')).text();
    expect(sessions).toMatch(/Sessions and speakers: \d+ results?/);
    expect(sessions).not.toContain('Mastercard Foundation');
  });

  it('says what it searched for instead, with a link to the words as typed', async () => {
    const html = await (await hub.get('/search?q=mobile+mony')).text();
    expect(html).toContain('Showing results for “mobile money”.');
    expect(html).toContain('exact=1');
  });

  it('offers "did you mean", the nearest policy area and the request form when nothing matches', async () => {
    const res = await hub.get('/search?q=paymants+zzqx&exact=1');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('Nothing matches');
    expect(html).toContain('href="/requests/new"');
    expect(html).toContain('href="/policy-areas/payment-solutions"');
    const fr = await (await hub.get('/search?q=paiemnts&exact=1&lang=fr')).text();
    expect(fr).toContain('Vouliez-vous dire');
  });

  it('explains a query without words and an unknown type instead of failing', async () => {
    const punctuation = await hub.get('/search?q=%21%21%21');
    expect(punctuation.status).toBe(200);
    expect(await punctuation.text()).toContain('Type words to search for');
    const unknown = await hub.get('/search?q=trade&type=podcast');
    expect(unknown.status).toBe(200);
    expect(await unknown.text()).toContain('There is no kind of result “podcast”');
  });
});

describe('what the search finds follows the writes', () => {
  it('finds a new request at once, and an event programme without the sessions it lost', async () => {
    const before = await search('q=quokkaland&type=request');
    expect(before.body.page.total).toBe(0);
    await hub.db.db.transaction().execute((trx) => requestCreator(trx, buildRequest({ title: 'Quokkaland customs single window' }), null));
    // Written straight into the database, not through a page: the page cache is told by hand.
    hub.responseCache.clear();
    const after = await search('q=quokkaland&type=request');
    expect(after.body.data).toEqual([expect.objectContaining({ type: 'request', title: 'Quokkaland customs single window' })]);

    const youthBefore = await search('q=youth&type=session');
    expect(youthBefore.body.page.total).toBeGreaterThan(0);
    const event = await hub.db.db.selectFrom('events').select('id').where('slug', '=', 'unctad-e-commerce-week-2017').executeTakeFirstOrThrow();
    const seed = ecommerceWeek2017;
    await hub.db.db.transaction().execute((trx) => eventUpdater(trx, event.id, { ...seed, sessions: seed.sessions?.filter((s) => !/youth/i.test(s.title)) }));
    hub.responseCache.clear();
    const youthAfter = await search('q=youth&type=session');
    expect(youthAfter.body.page.total).toBe(0);
    expect((await search('q=Kituyi')).body.page.total).toBeGreaterThan(0);
  });

  it('documents every type in the OpenAPI description', async () => {
    const doc = (await (await hub.get('/api/v1/openapi.json')).json()) as any;
    const type = doc.paths['/api/v1/search'].get.parameters.find((p: any) => p.name === 'type');
    expect(type.schema.enum).toEqual([...searchTypes]);
  });
});

describe('OpenSearch', () => {
  it('describes the search for browsers, and every page links to it', async () => {
    const res = await hub.get('/opensearch.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/opensearchdescription+xml');
    const xml = await res.text();
    expect(xml).toContain('<ShortName>E4D Hub</ShortName>');
    expect(xml).toMatch(/<Url type="text\/html" method="get" template="http:\/\/localhost\/search\?q=\{searchTerms\}"\/>/);
    const home = await (await hub.get('/')).text();
    expect(home).toContain('<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="E4D Hub"/>');
  });
});
