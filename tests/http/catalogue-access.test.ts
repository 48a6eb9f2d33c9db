import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemCreator } from '../../src/features/catalogue/commands.js';
import { buildItem } from '../../src/features/catalogue/factory.js';
import { organisationCreator } from '../../src/features/organisations/commands.js';
import { buildOrganisation } from '../../src/features/organisations/factory.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

/**
 * How to get an item, on its page and in the API: who may apply or use it (per language, falling back
 * on the source language's), the cost, where and how to ask, the languages it is offered in. And a
 * translation whose description is not written yet: the page shows the source language's, said so.
 */
let hub: TestHub;

const english = 'Small exporters of least developed countries; the agency shares the cost case by case.';
const french = 'Petits exportateurs des pays les moins avancés ; l’agence partage les coûts au cas par cas.';

beforeAll(async () => {
  hub = await createTestHub({ demo: false });
  const db = hub.db.db;
  await organisationCreator(db, buildOrganisation({ slug: 'hta-agency', text: { en: { name: 'Harbour Trade Agency', description: 'Trade help.' } } }));
  await itemCreator(
    db,
    buildItem({
      slug: 'hta-export-clinic',
      organisations: ['hta-agency'],
      cost: 'varies',
      languages: ['en', 'fr', 'es'],
      access: { applyUrl: 'https://www.example.org/clinic/apply', email: 'clinic@example.org', viaHub: true },
      text: {
        en: { title: 'Export clinic', summary: 'Advice for small exporters selling online.', description: 'Week 1: **customs** forms.', eligibility: english },
        // Title, summary and eligibility translated; the description not yet.
        fr: { title: 'Clinique de l’export', summary: 'Des conseils aux petits exportateurs qui vendent en ligne.', description: '', eligibility: french },
        // Title and summary only.
        es: { title: 'Clínica de exportación', summary: 'Asesoramiento a pequeños exportadores que venden en línea.', description: '', eligibility: '' },
      },
    }),
  );
  // An item written before items said how to get them: nothing to ask with, no eligibility.
  await itemCreator(
    db,
    buildItem({
      slug: 'hta-old-guide',
      organisations: ['hta-agency'],
      access: {},
      text: { en: { title: 'Old guide', summary: 'A guide from before.', description: 'Old.', eligibility: '' } },
    }),
  );
  // Stored without the form's checks: an address that is not a web page must not become a link.
  await itemCreator(
    db,
    buildItem({
      slug: 'hta-odd-address',
      organisations: ['hta-agency'],
      access: { applyUrl: 'javascript:alert(1)', email: 'not an address' },
      text: { en: { title: 'Odd address', summary: 'Stored as it came.', description: 'Odd.', eligibility: 'Anyone.' } },
    }),
  );
});
afterAll(() => hub.close());

async function page(path: string) {
  const res = await hub.get(path);
  return { status: res.status, html: await res.text() };
}
async function json(path: string) {
  const res = await hub.get(path);
  return { status: res.status, body: (await res.json()) as any };
}
/** The "How to get it" section of an item page. */
const howToGet = (html: string) => /<section aria-labelledby="how-to-get"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';

describe('the item page', () => {
  it('says near the top who may use it, what it costs, how to ask and in which languages', async () => {
    const { status, html } = await page('/solutions/hta-export-clinic');
    expect(status).toBe(200);
    const block = howToGet(html);
    expect(html.indexOf('id="how-to-get"')).toBeLessThan(html.indexOf('id="description"'));
    expect(block).toContain('<h2 id="how-to-get">How to get it</h2>');
    expect(block).toContain(`<dt>Who may apply or use it</dt><dd><span>${english}</span></dd>`);
    expect(block).toContain('Varies');
    expect(block).toContain('Terms are agreed case by case');
    expect(block).toContain('<a href="https://www.example.org/clinic/apply" rel="nofollow noopener">Apply or ask on the partner’s page: example.org/clinic/apply</a>');
    expect(block).toContain('<a href="mailto:clinic@example.org">Write to clinic@example.org</a>');
    expect(block).toContain('<a href="/requests/new?solution=hta-export-clinic">Ask for help with this through the hub</a>');
    expect(block).toContain('<dt>Languages offered</dt><dd>English, Spanish, French</dd>');
  });

  it('names the languages and the cost in the reader’s language', async () => {
    const fr = howToGet((await page('/solutions/hta-export-clinic?lang=fr')).html);
    expect(fr).toContain('Comment l’obtenir');
    expect(fr).toContain('Anglais, Espagnol, Français');
    expect(fr).toContain('Variable');
    expect(fr).toContain('Demander une assistance à ce sujet par l’intermédiaire de la plateforme');
    const es = howToGet((await page('/solutions/hta-export-clinic?lang=es')).html);
    expect(es).toContain('Cómo obtenerlo');
    expect(es).toContain('Inglés, Español, Francés');
  });

  it('shows a translation without description with the source language’s description and the notice', async () => {
    const { html } = await page('/solutions/hta-export-clinic?lang=fr');
    expect(html).toMatch(/<h1>Clinique de l’export<\/h1>/);
    expect(html).toContain('<p class="lead">Des conseils aux petits exportateurs qui vendent en ligne.</p>');
    // The title and summary are French: no notice at the top, one beside the English description.
    const top = html.slice(0, html.indexOf('id="how-to-get"'));
    expect(top).not.toContain('class="notice"');
    const description = /<section aria-labelledby="description">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(description).toContain('Ce texte n’est pas encore disponible en français\u00a0; il est affiché en anglais.');
    expect(description).toContain('<div class="prose" lang="en"><p>Week 1: <strong>customs</strong> forms.</p>');
    expect(howToGet(html)).toContain(`<span>${french}</span>`);
  });

  it('falls back on the source language’s eligibility, marked as such', async () => {
    const { html } = await page('/solutions/hta-export-clinic?lang=es');
    const block = howToGet(html);
    expect(block).toContain(`<span lang="en">${english}</span>`);
    expect(block).toContain('Este texto aún no está disponible en español; se muestra en inglés.');
  });

  it('leaves out what an older item does not say, and never links an address that is not a web page', async () => {
    const old = howToGet((await page('/solutions/hta-old-guide')).html);
    expect(old).toContain('Free of charge');
    expect(old).not.toContain('Who may apply or use it');
    expect(old).not.toContain('How to ask');
    const odd = howToGet((await page('/solutions/hta-odd-address')).html);
    expect(odd).not.toContain('javascript:');
    expect(odd).not.toContain('mailto:');
    expect(odd).not.toContain('How to ask');
  });
});

describe('the API', () => {
  it('gives eligibility and access with the item, and cost that varies', async () => {
    const { status, body } = await json('/api/v1/solutions/hta-export-clinic');
    expect(status).toBe(200);
    expect(body.data).toMatchObject({
      cost: 'varies',
      eligibility: english,
      eligibilityLanguage: 'en',
      access: { applyUrl: 'https://www.example.org/clinic/apply', email: 'clinic@example.org', viaHub: true },
      description: 'Week 1: **customs** forms.',
      descriptionLanguage: 'en',
      languages: ['en', 'es', 'fr'],
    });
    const old = await json('/api/v1/solutions/hta-old-guide');
    expect(old.body.data).toMatchObject({ eligibility: '', access: { applyUrl: null, email: null, viaHub: false } });
  });

  it('says in which language each text is when a translation is partial', async () => {
    const fr = (await json('/api/v1/solutions/hta-export-clinic?lang=fr')).body.data;
    expect(fr).toMatchObject({ title: 'Clinique de l’export', language: 'fr', eligibility: french, eligibilityLanguage: 'fr', descriptionLanguage: 'en', description: 'Week 1: **customs** forms.' });
    const es = (await json('/api/v1/solutions/hta-export-clinic?lang=es')).body.data;
    expect(es).toMatchObject({ title: 'Clínica de exportación', language: 'es', eligibility: english, eligibilityLanguage: 'en', descriptionLanguage: 'en' });
  });

  it('lists items with how to get them, and filters and counts cost that varies', async () => {
    const { body } = await json('/api/v1/solutions?cost=varies');
    expect(body.data.map((i: any) => i.slug)).toEqual(['hta-export-clinic']);
    expect(body.data[0]).toMatchObject({ eligibility: english, access: { viaHub: true } });
    expect(body.facets.cost).toContainEqual({ value: 'varies', count: 1 });
    expect((await json('/api/v1/solutions?cost=cheap')).status).toBe(400);
  });

  it('documents the fields in the OpenAPI description', async () => {
    const { body } = await json('/api/v1/openapi.json');
    const item = body.components.schemas.Item;
    expect(item.properties.cost.enum).toEqual(['free', 'paid', 'varies']);
    expect(item.required).toEqual(expect.arrayContaining(['eligibility', 'eligibilityLanguage', 'access']));
    expect(Object.keys(body.components.schemas.ItemAccess.properties)).toEqual(['applyUrl', 'email', 'viaHub']);
    expect(JSON.stringify(body.components.schemas.ItemDetail)).toContain('descriptionLanguage');
  });
});

describe('lists', () => {
  it('name a cost to pay or to agree on the card, not free of charge', async () => {
    const { html } = await page('/solutions');
    const card = (slug: string) => new RegExp(`<a href="/solutions/${slug}">[\\s\\S]*?</li>`).exec(html)?.[0] ?? '';
    expect(card('hta-export-clinic')).toContain(' · Varies');
    expect(card('hta-old-guide')).not.toContain('Free of charge');
  });

  it('offer cost that varies as a filter, in the reader’s language', async () => {
    const { html } = await page('/solutions?lang=fr');
    const link = /<a href="([^"]*cost=varies[^"]*)"[^>]*rel="nofollow"[^>]*><span>Variable<\/span><span class="muted">1<\/span><\/a>/.exec(html);
    expect(link?.[1]).toBeDefined();
  });
});
