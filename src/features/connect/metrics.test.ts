import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../../data/loader.js';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { organisationCreator } from '../organisations/commands.js';
import { buildOrganisation } from '../organisations/factory.js';
import { median, responseMetrics } from './metrics.js';

/*
 * Response metrics on a hand-built history: requests matched to organisations at a known time, and
 * the interests that answered them some hours later.
 */

let db: TestDb;
const ids: Record<string, number> = {};
const start = Date.parse('2031-01-10T08:00:00Z');
const at = (hours: number) => new Date(start + hours * 3_600_000).toISOString();

async function request(title: string, isSample = false): Promise<number> {
  const { id } = await db.db
    .insertInto('requests')
    .values({
      isSample: isSample ? 1 : 0,
      countryIso3: 'NPL',
      requesterId: null,
      requesterKind: 'government',
      requesterBody: 'Ministry of Commerce',
      contactName: 'A. Contact',
      contactEmail: 'contact@example.org',
      title,
      description: 'What is needed.',
      sourceLocale: 'en',
      urgency: 'medium',
      deadline: null,
      createdAt: at(0),
      updatedAt: at(0),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const match = (requestId: number, organisation: string, rank: number) =>
  db.db.insertInto('requestMatches').values({ requestId, organisationId: ids[organisation]!, rank, score: 50 - rank, matchedAt: at(0) }).execute();
const interest = (requestId: number, organisation: string, hours: number) =>
  db.db.insertInto('requestInterests').values({ requestId, organisationId: ids[organisation]!, userId: null, createdAt: at(hours) }).execute();

beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
  for (const slug of ['answers-often', 'never-matched', 'never-answers']) {
    await organisationCreator(db.db, buildOrganisation({ slug, text: { en: { name: slug, description: `The ${slug} partner.` } } }));
    ids[slug] = (await db.db.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
  }
  const requests = await Promise.all(['one', 'two', 'three', 'four', 'unmatched'].map((title) => request(title)));
  // answers-often: matched to four requests, answers three of them after 2, 10 and 4 hours.
  for (const [i, id] of requests.slice(0, 4).entries()) await match(id, 'answers-often', i + 1);
  await interest(requests[0]!, 'answers-often', 2);
  await interest(requests[1]!, 'answers-often', 10);
  await interest(requests[2]!, 'answers-often', 4);
  // An interest in a request it was not matched to does not count.
  await interest(requests[4]!, 'answers-often', 100);
  await match(requests[0]!, 'never-answers', 2);
  // Sample requests (the demo's made-up ones): matched to both, answered at once by one, ignored by the other.
  for (const title of ['sample one', 'sample two']) {
    const sample = await request(title, true);
    await match(sample, 'answers-often', 1);
    await interest(sample, 'answers-often', 0);
    await match(sample, 'never-answers', 1);
  }
  await match(await request('only a sample', true), 'never-matched', 1);
});
afterAll(() => db.destroy());

describe('responseMetrics', () => {
  it('counts the matched requests answered and the median hours to answer', async () => {
    expect(await responseMetrics(db.db, ids['answers-often']!)).toEqual({ matched: 4, answered: 3, rate: 0.75, medianHours: 4 });
  });

  it('is null without any history, and a rate of 0 with no median for a partner that never answered', async () => {
    expect(await responseMetrics(db.db, ids['never-matched']!)).toEqual({ matched: 0, answered: 0, rate: null, medianHours: null });
    expect(await responseMetrics(db.db, ids['never-answers']!)).toEqual({ matched: 1, answered: 0, rate: 0, medianHours: null });
  });

  it('never counts sample requests, answered or not, in a partner’s rate or median time', async () => {
    // Counted with the two samples, answers-often would be 5 of 6 with a median of 3 hours; never-answers 0 of 3.
    expect(await responseMetrics(db.db, ids['answers-often']!)).toMatchObject({ matched: 4, answered: 3, medianHours: 4 });
    expect(await responseMetrics(db.db, ids['never-answers']!)).toMatchObject({ matched: 1, answered: 0 });
    expect(await responseMetrics(db.db, ids['never-matched']!)).toEqual({ matched: 0, answered: 0, rate: null, medianHours: null });
  });

  it('takes the middle of an odd list and the mean of the two middles of an even one', () => {
    expect(median([10, 2, 4])).toBe(4);
    expect(median([1, 3, 8, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
