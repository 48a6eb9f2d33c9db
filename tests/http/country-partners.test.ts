import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSets } from '../../data/loader.js';
import { itemCreator } from '../../src/features/catalogue/commands.js';
import { buildItem } from '../../src/features/catalogue/factory.js';
import { organisationCreator } from '../../src/features/organisations/commands.js';
import { buildOrganisation } from '../../src/features/organisations/factory.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

/**
 * Organisation types and the country page's split between partners (and items) for the country or
 * its region and those working worldwide. The first hub carries the demo content; the second only
 * this file's own partners and items (named cp-*), so that order and membership are exact.
 */
const slugsIn = (html: string, kind: 'organisations' | 'solutions' | 'resources') =>
  [...html.matchAll(new RegExp(`href="/${kind}/([a-z0-9-]+)"`, 'g'))].map((m) => m[1]);

/** The HTML from the element with this id to the next element with one of the `until` ids (or the end). */
function part(html: string, id: string, until: string[] = []): string {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) return '';
  const ends = until.map((u) => html.indexOf(`id="${u}"`, start)).filter((i) => i > start);
  return html.slice(start, ends.length ? Math.min(...ends) : undefined);
}

describe('with the demo partners', () => {
  let hub: TestHub;
  beforeAll(async () => {
    // The demo partners only: these checks need no catalogue, events or requests.
    hub = await createTestHub({ demo: false });
    await demoSets.find((set) => set.name === 'organisations')!.load(hub.db.db);
  });
  afterAll(() => hub.close());

  const json = async (path: string) => {
    const res = await hub.get(path);
    return { status: res.status, body: (await res.json()) as any };
  };

  it('filters the directory API by the new types', async () => {
    const business = await json('/api/v1/organisations?type=business-association&pageSize=100');
    expect(business.status).toBe(200);
    const slugs = business.body.data.map((o: any) => o.slug);
    expect(slugs).toEqual(expect.arrayContaining(['business-for-etrade-development', 'icc', 'gsma']));
    expect(business.body.data.every((o: any) => o.type === 'business-association')).toBe(true);
    const groups = await json('/api/v1/organisations?type=country-group');
    expect(groups.body.data.map((o: any) => o.slug)).toEqual(['friends-of-e-commerce-for-development']);
    expect(groups.body.data[0].policyAreas).not.toContain('payment-solutions');
    const civil = await json('/api/v1/organisations?type=civil-society&pageSize=100');
    expect(civil.body.data.map((o: any) => o.slug)).not.toContain('business-for-etrade-development');
  });

  it('lists the new types in the OpenAPI document', async () => {
    const doc = (await (await hub.get('/api/v1/openapi.json')).json()) as any;
    const types = doc.components.schemas.Organisation.properties.type.enum;
    expect(types).toEqual(expect.arrayContaining(['business-association', 'country-group']));
  });

  it('offers the new types as directory filters, labelled in each language', async () => {
    const en = await (await hub.get('/organisations?type=country-group')).text();
    expect(en).toMatch(/aria-current="true"[^>]*>\s*<span>Group of countries/);
    expect(slugsIn(en, 'organisations')).toContain('friends-of-e-commerce-for-development');
    expect(slugsIn(en, 'organisations')).not.toContain('unctad');
    const fr = await (await hub.get('/organisations?type=business-association&lang=fr')).text();
    expect(fr).toMatch(/Association ou conseil d(’|'|&#39;)entreprises/);
    const es = await (await hub.get('/organisations/business-for-etrade-development?lang=es')).text();
    expect(es).toContain('Asociación o consejo empresarial');
  });

  it("shows a region's partners apart from those working worldwide on a country page", async () => {
    const html = await (await hub.get('/countries/KEN')).text();
    const local = slugsIn(part(html, 'partners-local', ['partners-worldwide']), 'organisations');
    const worldwide = slugsIn(part(html, 'partners-worldwide', ['country-items', 'solutions']), 'organisations');
    expect(local).toEqual(expect.arrayContaining(['afdb', 'african-union', 'eac', 'trademark-africa']));
    expect(local).not.toContain('unctad');
    expect(worldwide).toContain('unctad');
    expect(worldwide).not.toContain('afdb');
    // Kenya's own partners (national lists) come before Africa-wide ones.
    expect(local.indexOf('eac')).toBeLessThan(local.indexOf('afdb'));
    expect(part(html, 'partners-worldwide')).toMatch(/<details>\s*<summary>Show the \d+ partners that work worldwide<\/summary>/);
    // A partner working in another region is on neither list.
    expect([...local, ...worldwide]).not.toContain('asean');
  });
});

describe('with partners and items of known coverage', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await createTestHub({ demo: false });
    const db = hub.db.db;
    const org = (slug: string, activeIn: string[], name: string) =>
      organisationCreator(db, buildOrganisation({ slug, activeIn, text: { en: { name, description: `${name}, for tests.` } } }));
    await org('cp-world', ['001'], 'Aardvark Worldwide');
    await org('cp-africa', ['002'], 'Bongo Africa Fund');
    await org('cp-east', ['014'], 'Cheetah East Africa');
    await org('cp-kenya', ['KEN'], 'Dik-dik Kenya Agency');
    await org('cp-legacy', ['404'], 'Eland Kenya Office'); // Kenya's M49 code, as databases before issue 13 hold it
    await org('cp-ldc', ['ldc'], 'Fossa LDC Programme');
    await org('cp-asia', ['142', '001'], 'Gibbon Asia and World');
    const item = (slug: string, coverage: string[], type: 'solution' | 'resource' = 'solution') =>
      itemCreator(db, buildItem({ slug, type, coverage, organisations: ['cp-world'] }));
    await item('cp-item-world', ['001']);
    await item('cp-item-africa', ['002'], 'resource');
    await item('cp-item-kenya', ['KEN']);
    await item('cp-item-chad', ['TCD']);
    await item('cp-item-ldc', ['ldc'], 'resource');
  });
  afterAll(() => hub.close());

  it('lists partners for the country first, the most specific first, and the worldwide ones apart', async () => {
    const html = await (await hub.get('/countries/KEN')).text();
    const local = slugsIn(part(html, 'partners-local', ['partners-worldwide']), 'organisations');
    const worldwide = slugsIn(part(html, 'partners-worldwide', ['country-items', 'solutions']), 'organisations');
    expect(local).toEqual(['cp-kenya', 'cp-legacy', 'cp-east', 'cp-africa']);
    expect(worldwide).toEqual(['cp-world', 'cp-asia']);
  });

  it("counts a UN group's partners as the country's own, and says when there is none", async () => {
    const chad = await (await hub.get('/countries/TCD')).text();
    expect(slugsIn(part(chad, 'partners-local', ['partners-worldwide']), 'organisations')).toEqual(['cp-ldc', 'cp-africa']);
    const france = await (await hub.get('/countries/FRA?lang=fr')).text();
    expect(part(france, 'partners-local', ['partners-worldwide'])).toContain('Aucun partenaire de l’annuaire n’intervient encore spécifiquement');
    expect(slugsIn(part(france, 'partners-worldwide', ['country-items']), 'organisations')).toEqual(['cp-world', 'cp-asia']);
  });

  it('gives the same split in the country API, with a scope for each partner', async () => {
    const body = (await (await hub.get('/api/v1/countries/KEN')).json()) as any;
    expect(body.data.partners.map((p: any) => [p.slug, p.scope])).toEqual([
      ['cp-kenya', 'country-or-region'],
      ['cp-legacy', 'country-or-region'],
      ['cp-east', 'country-or-region'],
      ['cp-africa', 'country-or-region'],
      ['cp-world', 'worldwide'],
      ['cp-asia', 'worldwide'],
    ]);
  });

  it('lists the solutions and resources aimed at the country or its region before the worldwide ones', async () => {
    const html = await (await hub.get('/countries/KEN')).text();
    const section = part(html, 'country-items', ['solutions']);
    expect(section).toContain('Solutions and resources for this country and its region');
    expect([...section.matchAll(/href="\/(?:solutions|resources)\/(cp-item-[a-z-]+)"/g)].map((m) => m[1])).toEqual(['cp-item-kenya', 'cp-item-africa']);
    const chad = part(await (await hub.get('/countries/TCD')).text(), 'country-items', ['solutions']);
    expect([...chad.matchAll(/href="\/(?:solutions|resources)\/(cp-item-[a-z-]+)"/g)].map((m) => m[1])).toEqual(['cp-item-chad', 'cp-item-ldc', 'cp-item-africa']);
    const france = part(await (await hub.get('/countries/FRA')).text(), 'country-items', ['solutions']);
    expect(france).toContain('No solution or resource in the catalogue is aimed at this country or its region yet.');
  });
});
