import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../../data/loader.js';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { translator } from '../../web/i18n/i18n.js';
import { organisationCreator } from '../organisations/commands.js';
import { buildOrganisation } from '../organisations/factory.js';
import { eventCreator } from './commands.js';
import { buildEvent, buildSession } from './factory.js';
import { type EventFigures, type FigureKey, describeFigures, describeReported, eventFigureSheet, eventFigures, share, smallGroupThreshold } from './figures.js';
import { reportedFigureWriter, reportedFigures } from './reported-figures.js';
import { findEventBySlug } from './queries.js';
import type { EventSeed, PersonSeed } from './types.js';

let db: TestDb;

beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
  for (const slug of ['unctad', 'itu', 'wto']) {
    await organisationCreator(db.db, buildOrganisation({ slug, text: { en: { name: `${slug.toUpperCase()} organisation`, description: `The ${slug} partner.` } } }));
  }
});
afterAll(() => db.destroy());

async function figuresOf(seed: EventSeed, registrations: { country: string; gender?: string; status?: string }[] = []): Promise<Record<FigureKey, EventFigures[number]>> {
  const organised = seed.organisers.length ? seed : { ...seed, organisers: ['unctad'] };
  const id = await db.db.transaction().execute((trx) => eventCreator(trx, organised));
  for (const [i, r] of registrations.entries()) {
    await db.db
      .insertInto('registrations')
      .values({
        eventId: id,
        userId: null,
        name: `Participant ${i}`,
        email: `p${i}@example.org`,
        countryIso3: r.country,
        organisationType: 'government',
        gender: r.gender ?? null,
        locale: 'en',
        status: r.status ?? 'confirmed',
        cancelTokenHash: `hash-${seed.slug}-${i}`,
        createdAt: new Date().toISOString(),
      })
      .execute();
  }
  const event = await findEventBySlug(db.db, seed.slug, 'en');
  const { figures } = await eventFigures(db.db, event!);
  return Object.fromEntries(figures.map((f) => [f.key, f])) as Record<FigureKey, EventFigures[number]>;
}

const speakers = (people: PersonSeed[]) => people.map((p) => ({ ...p, role: 'speaker' as const }));

describe('the small-group rule', () => {
  it('is one named threshold of five people', () => {
    expect(smallGroupThreshold).toBe(5);
    expect(share('womenShare', 2, 4)).toEqual({ key: 'womenShare', unit: 'percent', value: null, base: 4, withheld: 'small-group' });
    expect(share('womenShare', 2, 5)).toEqual({ key: 'womenShare', unit: 'percent', value: 40, base: 5, withheld: null });
    expect(share('womenShare', 0, 0).withheld).toBe('no-data');
  });

  it('withholds the shares of four people and shows those of five', async () => {
    const four: PersonSeed[] = [
      { name: 'Four A', country: 'KEN', gender: 'woman' },
      { name: 'Four B', country: 'CHE', gender: 'man' },
      { name: 'Four C', country: 'BRA', gender: 'woman' },
      { name: 'Four D', country: 'FRA', gender: 'another' },
    ];
    const small = await figuresOf(buildEvent({ slug: 'four-people', sessions: [buildSession({ key: 's', people: speakers(four) })] }));
    expect(small.womenShare).toMatchObject({ value: null, base: 4, withheld: 'small-group' });
    expect(small.developingShare).toMatchObject({ value: null, base: 4, withheld: 'small-group' });
    // Counts are never withheld for being small.
    expect(small.people).toMatchObject({ value: 4, withheld: null });
    expect(small.countries).toMatchObject({ value: 4, withheld: null });

    const five = [...four, { name: 'Five E', country: 'SEN', gender: 'woman' as const }];
    const shown = await figuresOf(buildEvent({ slug: 'five-people', sessions: [buildSession({ key: 's', people: speakers(five) })] }));
    expect(shown.womenShare).toMatchObject({ value: 60, base: 5, withheld: null });
    expect(shown.developingShare).toMatchObject({ value: 60, base: 5, withheld: null }); // KEN, BRA, SEN
  });

  it('counts in the base only people whose gender was given, and a participant with a gender tips the balance', async () => {
    const people: PersonSeed[] = [
      { name: 'G A', gender: 'woman' },
      { name: 'G B', gender: 'man' },
      { name: 'G C' },
      { name: 'G D' },
      { name: 'G E' },
      { name: 'G F', gender: 'woman' },
    ];
    const withheld = await figuresOf(buildEvent({ slug: 'genders-three', sessions: [buildSession({ key: 's', people: speakers(people) })] }), [
      { country: 'KEN' },
    ]);
    expect(withheld.womenShare).toMatchObject({ base: 3, withheld: 'small-group' });
    const shown = await figuresOf(buildEvent({ slug: 'genders-five', sessions: [buildSession({ key: 's', people: speakers(people) })] }), [
      { country: 'KEN', gender: 'woman' },
      { country: 'IND', gender: 'man' },
      { country: 'IND', gender: 'woman', status: 'waitlisted' },
    ]);
    expect(shown.womenShare).toMatchObject({ value: 60, base: 5, withheld: null });
  });
});

describe('eventFigures', () => {
  it('computes every figure from the programme and the confirmed registrations', async () => {
    const f = await figuresOf(
      buildEvent({
        slug: 'computed',
        registration: 'built-in',
        capacity: 100,
        organisers: ['unctad'],
        partners: ['wto'],
        sessions: [
          buildSession({
            key: 'opening',
            coOrganisers: [{ slug: 'itu' }, { name: 'Government of Kenya' }],
            people: [
              { name: 'Ana Keynote', organisation: 'UNCTAD', country: 'CHE', gender: 'woman', role: 'keynote' },
              { name: 'Ben Chair', country: 'KEN', gender: 'man', role: 'chair' },
            ],
            recommendations: [
              { text: 'Measure.', policyAreas: ['readiness-assessment'] },
              { text: 'Connect.', policyAreas: ['ict-infrastructure'] },
            ],
            outcomes: [{ text: 'Agreed to meet again.', policyAreas: [] }],
          }),
          buildSession({
            key: 'panel',
            start: '14:00',
            end: '15:00',
            coOrganisers: [{ slug: 'itu' }, { name: 'government of kenya ' }, { slug: 'wto' }],
            people: [
              // The same keynote speaker again, now moderating: one person, in both role groups.
              { name: 'Ana Keynote', organisation: 'UNCTAD', country: 'CHE', gender: 'woman', role: 'moderator' },
              { name: 'Chen Speaker', country: 'CHN', role: 'speaker' },
            ],
            recommendations: [{ text: 'Finance.', policyAreas: ['access-to-financing'] }],
          }),
          buildSession({
            key: 'cancelled',
            start: '16:00',
            end: '17:00',
            status: 'cancelled',
            coOrganisers: [{ name: 'Gone Partner' }],
            people: [{ name: 'Dropped Speaker', country: 'USA', gender: 'man', role: 'speaker' }],
            recommendations: [{ text: 'Never made.', policyAreas: [] }],
          }),
        ],
      }),
      [
        { country: 'SEN', gender: 'woman' },
        { country: 'SEN', gender: 'woman' },
        { country: 'RUS', gender: 'man' },
        { country: 'BRA', status: 'waitlisted' },
        { country: 'USA', status: 'cancelled' },
      ],
    );
    expect(f.participants).toMatchObject({ value: 3, withheld: null });
    // CHE, KEN, CHN from the programme; SEN, RUS from registrations (BRA waitlisted, USA cancelled)
    expect(f.countries).toMatchObject({ value: 5, withheld: null });
    // 6 people with a country: Ana (CHE), Ben (KEN), Chen (CHN), SEN, SEN, RUS (transition) → KEN, CHN, SEN, SEN developing
    expect(f.developingShare).toMatchObject({ value: 66.7, base: 6, withheld: null });
    expect(f.people).toMatchObject({ value: 3 });
    expect(f.speakers).toMatchObject({ value: 2 }); // Ana (keynote), Chen
    expect(f.moderators).toMatchObject({ value: 2 }); // Ben (chair), Ana (moderator)
    // gender given: Ana, Ben, and three participants → women: Ana, SEN, SEN
    expect(f.womenShare).toMatchObject({ value: 60, base: 5, withheld: null });
    // ITU, Government of Kenya (same name, other case), WTO (also the event's partner)
    expect(f.coOrganisers).toMatchObject({ value: 3 });
    expect(f.sessions).toMatchObject({ value: 2 });
    expect(f.recommendations).toMatchObject({ value: 3 });
  });

  it('says “no data” for what an imported event never recorded, but counts zero registrations where the hub takes them', async () => {
    const imported = await figuresOf(buildEvent({ slug: 'bare-report', registration: 'none' }));
    for (const key of ['participants', 'countries', 'developingShare', 'people', 'speakers', 'womenShare', 'coOrganisers', 'sessions', 'recommendations'] as const) {
      expect(imported[key], key).toMatchObject({ value: null, withheld: 'no-data' });
    }
    const open = await figuresOf(buildEvent({ slug: 'open-registration', registration: 'built-in', capacity: 10 }));
    expect(open.participants).toMatchObject({ value: 0, withheld: null });
  });

  it('gives each figure a name and a definition in the three languages, and the reason it is withheld', async () => {
    const figures = { basis: { registrations: 2, programmePeople: 4 }, figures: [share('womenShare', 1, 3), share('developingShare', 3, 6)] };
    for (const locale of ['en', 'fr', 'es'] as const) {
      const described = describeFigures(figures, translator(locale), locale);
      for (const f of described) {
        expect(f.name).not.toMatch(/^figures\./);
        expect(f.definition).toContain('5');
      }
      expect(described[0]!.note).toContain('3');
      expect(described[1]!.note).toBeNull();
    }
    expect(describeFigures(figures, translator('fr'), 'fr')[0]!.name).toBe('Femmes');
    // Each says how many people it stands on: never passed off as the whole event's.
    expect(describeFigures(figures, translator('en'), 'en')[1]!.label).toBe(
      'Computed from the 6 whose country is recorded, of the 6 people the hub holds (2 registered on the hub, 4 named in the programme)',
    );
    expect(describeFigures(figures, translator('en'), 'en')[1]!.display).toBe('50%');
  });
});

const source = { title: 'Week report', publisher: 'UNCTAD', year: 2017 };

describe('reported figures', () => {
  it('are stored with their source, one per measure (and group for a share): recording one again replaces it', async () => {
    const id = await db.db.transaction().execute((trx) => eventCreator(trx, buildEvent({ slug: 'reported-store', organisers: ['unctad'] })));
    const write = (figure: Parameters<typeof reportedFigureWriter>[2]) => db.db.transaction().execute((trx) => reportedFigureWriter(trx, id, figure, 'en', null));
    await write({ measure: 'participants', unit: 'count', qualifier: 'more-than', value: 900, source });
    await write({ measure: 'participants', unit: 'count', qualifier: 'more-than', value: 1000, source });
    await write({ measure: 'women-share', unit: 'share', value: 100 / 3, fraction: '1/3', shareOf: 'speakers', source });
    await write({ measure: 'women-share', unit: 'share', value: 40, shareOf: 'participants', source: { ...source, url: 'https://example.org/report' } });
    const stored = await reportedFigures(db.db, id);
    expect(stored.map((f) => [f.measure, f.shareOf, f.value])).toEqual([
      ['participants', null, 1000],
      ['women-share', 'participants', 40],
      ['women-share', 'speakers', 100 / 3],
    ]);
    expect(stored[1]!.source).toEqual({ title: 'Week report', publisher: 'UNCTAD', year: 2017, url: 'https://example.org/report' });
    // A figure with a problem writes nothing.
    await expect(write({ measure: 'participants', unit: 'share', value: 10, shareOf: 'participants', source })).rejects.toThrow();
    expect(await reportedFigures(db.db, id)).toHaveLength(3);
  });

  it('are shown in the source’s words in each language, with who reported them where', async () => {
    const { id } = await db.db.selectFrom('events').select('id').where('slug', '=', 'reported-store').executeTakeFirstOrThrow();
    const stored = await reportedFigures(db.db, id);
    const en = describeReported(stored, translator('en'), 'en');
    expect(en.map((f) => [f.name, f.display])).toEqual([
      ['Participants', 'more than 1,000'],
      ['Women (among participants)', '40%'],
      ['Women (among speakers and moderators)', 'one third'],
    ]);
    expect(en[0]!.label).toBe('Reported by UNCTAD in Week report, 2017');
    const fr = describeReported(stored, translator('fr'), 'fr');
    expect(fr[0]!.display).toMatch(/^plus de 1\s000$/u);
    expect(fr[2]!.display).toBe('un tiers');
    expect(describeReported(stored, translator('es'), 'es')[2]!.display).toBe('un tercio');
  });

  it('stand beside the computed figures, which say how few people they are computed from', async () => {
    const seed = buildEvent({
      slug: 'reported-and-computed',
      organisers: ['unctad'],
      sessions: [buildSession({ key: 's', people: speakers([{ name: 'Solo Speaker', country: 'KEN', gender: 'woman' }]) })],
      reportedFigures: [
        { measure: 'participants', unit: 'count', qualifier: 'more-than', value: 1000, source },
        { measure: 'women-share', unit: 'share', value: 100 / 3, fraction: '1/3', shareOf: 'speakers', source },
        { measure: 'media-outlets', unit: 'text', text: 'Reuters, AFP', source },
      ],
    });
    await db.db.transaction().execute((trx) => eventCreator(trx, seed));
    const event = (await findEventBySlug(db.db, 'reported-and-computed', 'en'))!;
    const sheet = await eventFigureSheet(db.db, event, translator('en'), 'en');
    expect(sheet.basis).toEqual({ registrations: 0, programmePeople: 1 });
    const row = (key: string) => sheet.rows.find((r) => r.key === key)!;
    expect(row('participants').reported.map((f) => f.display)).toEqual(['more than 1,000']);
    expect(row('participants').computed).toMatchObject({ value: null, withheld: 'no-data', label: 'Computed from the 0 registrations confirmed on the hub' });
    expect(row('women').reported.map((f) => f.display)).toEqual(['one third']);
    // One person whose gender is known: the share is withheld, never shown as the event's.
    expect(row('women').computed).toMatchObject({ value: null, withheld: 'small-group', base: 1 });
    expect(row('countries').computed).toMatchObject({ value: 1, label: 'Computed from the 1 person the hub holds (0 registered on the hub, 1 named in the programme)' });
    expect(row('media').reported.map((f) => f.display)).toEqual(['Reuters, AFP']);
    expect(row('media').computed).toBeNull();
  });
});
