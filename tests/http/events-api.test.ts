import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventCreator } from '../../src/features/events/commands.js';
import { buildEvent, buildSession } from '../../src/features/events/factory.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

/** The events API: list with filters, one event with its programme, its figures, its outcomes, the OpenAPI document. */

let hub: TestHub;

beforeAll(async () => {
  hub = await createTestHub();
  await hub.db.db.transaction().execute((trx) =>
    eventCreator(
      trx,
      buildEvent({
        slug: 'api-forum',
        organisers: ['unctad'],
        partners: ['itu'],
        attendanceMode: 'mixed',
        onlineUrl: 'https://example.org/live',
        timeZone: 'America/Bogota',
        startDate: '2031-03-10',
        startTime: '09:00',
        endDate: '2031-03-11',
        endTime: '17:00',
        city: 'Bogotá',
        country: 'COL',
        venue: 'Centro de Convenciones',
        policyAreas: ['legal-regulatory', 'payment-solutions'],
        coverage: ['419'],
        sessions: [
          buildSession({
            key: 'laws',
            date: '2031-03-10',
            start: '10:00',
            end: '11:00',
            coOrganisers: [{ name: 'Ministry of ICT' }],
            people: [
              { name: 'Ana Ponente', country: 'COL', gender: 'woman', role: 'speaker' },
              { name: 'Luis Moderador', country: 'PER', gender: 'man', role: 'moderator' },
            ],
            recommendations: [
              { text: 'Adopt e-transactions laws.', policyAreas: ['legal-regulatory'] },
              { text: 'Open payment systems to fintech.', policyAreas: ['payment-solutions', 'legal-regulatory'] },
            ],
            outcomes: [{ text: 'A network of regulators was proposed.', policyAreas: [] }],
          }),
        ],
      }),
    ),
  );
}, 60_000);
afterAll(() => hub.close());

async function json(path: string) {
  const res = await hub.get(path);
  return { status: res.status, body: (await res.json()) as any };
}
const slugs = (body: any): string[] => body.data.map((e: any) => e.slug);

describe('GET /api/v1/events', () => {
  it('lists upcoming events by default, with times in UTC and in the event’s zone', async () => {
    const { status, body } = await json('/api/v1/events');
    expect(status).toBe(200);
    expect(slugs(body)).toContain('api-forum');
    expect(slugs(body)).not.toContain('unctad-e-commerce-week-2017');
    expect(body.page).toMatchObject({ page: 1, total: body.data.length });
    const forum = body.data.find((e: any) => e.slug === 'api-forum');
    expect(forum).toMatchObject({
      timeZone: 'America/Bogota',
      startsAt: '2031-03-10T14:00:00.000Z', // Bogotá is UTC−5
      localStart: '2031-03-10T09:00',
      localEnd: '2031-03-11T17:00',
      attendanceMode: 'mixed',
      url: '/events/api-forum',
      calendarUrl: '/events/api-forum.ics',
    });
    expect(forum.organisers[0]).toMatchObject({ slug: 'unctad', url: '/organisations/unctad' });
  });

  it('filters by dates, month, policy area, region, mode and when', async () => {
    expect(slugs((await json('/api/v1/events?from=2017-04-01&to=2017-04-30')).body)).toEqual(['unctad-e-commerce-week-2017']);
    expect(slugs((await json('/api/v1/events?month=2031-03')).body)).toEqual(['api-forum']);
    expect(slugs((await json('/api/v1/events?when=past')).body)).toContain('unctad-e-commerce-week-2017');
    expect(slugs((await json('/api/v1/events?region=419&mode=mixed&month=2031-03')).body)).toEqual(['api-forum']);
    expect(slugs((await json('/api/v1/events?region=419&mode=offline&month=2031-03')).body)).toEqual([]);
    expect(slugs((await json('/api/v1/events?region=150&month=2031-03')).body)).toEqual([]);
    expect(slugs((await json('/api/v1/events?policyArea=payment-solutions&month=2031-03')).body)).toEqual(['api-forum']);
    expect(slugs((await json('/api/v1/events?policyArea=access-to-financing&month=2031-03')).body)).toEqual([]);
  });

  it('answers 400 naming a bad filter', async () => {
    for (const [query, parameter] of [
      ['from=2031-02-30', 'from'],
      ['to=tomorrow', 'to'],
      ['month=2031-3', 'month'],
      ['policyArea=everything', 'policyArea'],
      ['region=XYZ', 'region'],
      ['mode=hybrid', 'mode'],
      ['when=later', 'when'],
      ['from=2031-03-11&to=2031-03-10', 'to'],
      ['pageSize=0', 'pageSize'],
    ]) {
      const { status, body } = await json(`/api/v1/events?${query}`);
      expect(status, query).toBe(400);
      expect(body.error, query).toMatchObject({ id: 'invalid_parameter', parameter });
    }
  });
});

describe('GET /api/v1/events/:slug', () => {
  it('gives the programme with people but never their gender', async () => {
    const { status, body } = await json('/api/v1/events/api-forum');
    expect(status).toBe(200);
    const session = body.data.sessions[0];
    expect(session).toMatchObject({ key: 'laws', localStart: '2031-03-10T10:00', startsAt: '2031-03-10T15:00:00.000Z', coOrganisers: [{ name: 'Ministry of ICT', slug: null }] });
    expect(session.people).toEqual([
      { name: 'Ana Ponente', title: null, organisation: null, country: 'COL', role: 'speaker' },
      { name: 'Luis Moderador', title: null, organisation: null, country: 'PER', role: 'moderator' },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/gender|"woman"|"man"/);
    expect(session.outcomes.map((o: any) => o.ref)).toEqual(['api-forum/laws/o1', 'api-forum/laws/r1', 'api-forum/laws/r2']);
    expect(body.data).toMatchObject({ figuresUrl: '/events/api-forum/figures', outcomesUrl: '/events/api-forum/outcomes', partners: [{ slug: 'itu' }] });
  });

  it('gives the demo week day by day', async () => {
    const { body } = await json('/api/v1/events/unctad-e-commerce-week-2017');
    expect(body.data).toMatchObject({ timeZone: 'Europe/Zurich', startDate: '2017-04-24', endDate: '2017-04-28' });
    expect(body.data.sessions.length).toBeGreaterThan(10);
    expect(body.data.sessions.every((s: any) => s.date >= '2017-04-24' && s.date <= '2017-04-28')).toBe(true);
  });

  it('answers 404 JSON for an unknown event and 400 for a malformed slug', async () => {
    for (const path of ['/api/v1/events/nothing-here', '/api/v1/events/nothing-here/figures', '/api/v1/events/nothing-here/outcomes']) {
      const { status, body } = await json(path);
      expect(status, path).toBe(404);
      expect(body.error.id).toBe('not_found');
    }
    expect((await json('/api/v1/events/Not_A_Slug')).status).toBe(400);
  });
});

describe('GET /api/v1/events/:slug/figures and /outcomes', () => {
  it('gives each figure with its name and definition in the requested language, withholding small groups', async () => {
    const { status, body } = await json('/api/v1/events/api-forum/figures?lang=es');
    expect(status).toBe(200);
    expect(body.smallGroupThreshold).toBe(5);
    expect(body.data.reported).toEqual([]);
    expect(body.data.computed.basis).toEqual({ registrations: 0, programmePeople: 2 });
    const byKey = Object.fromEntries(body.data.computed.figures.map((f: any) => [f.key, f]));
    expect(byKey.people).toMatchObject({ value: 2, withheld: null, name: 'Personas en el programa', label: 'Contado entre las 2 personas nombradas en el programa registrado en la plataforma' });
    expect(byKey.womenShare).toMatchObject({ value: null, base: 2, withheld: 'small-group', name: 'Mujeres' });
    expect(byKey.womenShare.definition).toContain('5');
    expect(byKey.womenShare.note).toMatch(/No se desglosa/);
    expect(byKey.recommendations).toMatchObject({ value: 2 });
    expect(byKey.coOrganisers).toMatchObject({ value: 2 }); // Ministry of ICT and the partner ITU
    const french = await json('/api/v1/events/api-forum/figures?lang=fr');
    expect(french.body.data.computed.figures.find((f: any) => f.key === 'sessions').name).toBe('Sessions');
    expect(french.body.data.computed.figures.find((f: any) => f.key === 'countries').name).toBe('Pays représentés');
    expect((await json('/api/v1/events/api-forum/figures?lang=de')).status).toBe(400);
  });

  it('gives the demo week’s reported figures with their source, and computes the others from its data', async () => {
    const { body } = await json('/api/v1/events/unctad-e-commerce-week-2017/figures');
    const byKey = Object.fromEntries(body.data.computed.figures.map((f: any) => [f.key, f]));
    expect(byKey.sessions.value).toBeGreaterThan(10);
    expect(byKey.coOrganisers.value).toBeGreaterThan(5);
    expect(byKey.recommendations.value).toBeGreaterThan(0);
    expect(body.data.reported.find((f: any) => f.measure === 'countries')).toMatchObject({ value: 99, source: { publisher: 'UNCTAD', year: 2017 } });
  });

  it('groups outcomes and recommendations by policy area, each with its stable ref', async () => {
    const { status, body } = await json('/api/v1/events/api-forum/outcomes');
    expect(status).toBe(200);
    expect(body.data.map((g: any) => [g.policyArea, g.outcomes.map((o: any) => o.ref)])).toEqual([
      ['payment-solutions', ['api-forum/laws/r2']],
      ['legal-regulatory', ['api-forum/laws/r1', 'api-forum/laws/r2']],
      [null, ['api-forum/laws/o1']],
    ]);
    expect(body.data[0]).toMatchObject({ name: 'Payment solutions' });
    expect(body.data[1].outcomes[0]).toMatchObject({ kind: 'recommendation', number: 1, text: 'Adopt e-transactions laws.', session: { key: 'laws', date: '2031-03-10' } });
  });
});

describe('OpenAPI document', () => {
  it('lists the four events paths', async () => {
    const { body } = await json('/api/v1/openapi.json');
    for (const path of ['/api/v1/events', '/api/v1/events/{slug}', '/api/v1/events/{slug}/figures', '/api/v1/events/{slug}/outcomes']) {
      expect(body.paths[path], path).toBeDefined();
      expect(body.paths[path].get.tags).toEqual(['Events']);
    }
    expect(body.components.schemas.SessionPerson.properties).not.toHaveProperty('gender');
  });
});
