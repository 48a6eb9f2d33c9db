import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSampleAssessment, sampleAssessmentDate } from '../../data/demo/assessment-sample.js';
import { answerField } from '../../src/features/connect/assessments.js';
import { currentQuestionnaire } from '../../src/features/connect/questionnaire.js';
import { signedInVisitor } from '../helpers/roles.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';
import { Visitor } from '../helpers/visitor.js';

/*
 * The readiness self-assessment: a focal point of Senegal answers the questionnaire (every question,
 * "don't know" allowed) and gets scores per area, the formula, a chart and solutions for the weakest
 * areas; others may read but not save; the country's assessments show over time; the API gives the same.
 */

let hub: TestHub;
let focal: Visitor;
let member: Visitor;
let sampleId: number;
const password = 'Baobab-shade in Dakar 2024';
const questions = currentQuestionnaire.questions;

beforeAll(async () => {
  hub = await createTestHub();
  const db = hub.db.db;
  // Idempotent: the demo loader may already have added it.
  await loadSampleAssessment(db);
  expect(await loadSampleAssessment(db)).toEqual({ added: 0, kept: 1 });
  sampleId = Number((await db.selectFrom('assessments').select('id').where('isSample', '=', 1).where('countryIso3', '=', 'SEN').executeTakeFirstOrThrow()).id);
  focal = await signedInVisitor(hub, 'focal@senegal.example', { password });
  member = await signedInVisitor(hub, 'member@senegal.example', { password });
  const user = await db.selectFrom('users').select('id').where('email', '=', 'focal@senegal.example').executeTakeFirstOrThrow();
  await db.insertInto('focalPoints').values({ userId: user.id, country: 'SEN', assignedBy: null, assignedAt: new Date().toISOString() }).execute();
}, 60_000);
afterAll(() => hub.close());

const count = async () => Number((await hub.db.db.selectFrom('assessments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

/** Every question answered 3, financing 1 and logistics 2, except what `overrides` changes. */
function answers(overrides: Record<string, string> = {}): Record<string, string> {
  const values: Record<string, string> = {};
  for (const q of questions) values[answerField(q.id)] = q.area === 'access-to-financing' ? '1' : q.area === 'trade-logistics' ? '2' : '3';
  return { ...values, ...overrides };
}

describe('taking a self-assessment', () => {
  it('sends a visitor to sign in and tells a member who is not focal point who may save, saving nothing', async () => {
    const res = await new Visitor(hub).get('/countries/SEN/assessment/new');
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toMatch(/^\/sign-in\?next=/);

    const page = await member.get('/countries/SEN/assessment/new');
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('Only the focal points of Senegal and the hub secretariat');
    const before = await count();
    const post = await member.post('/countries/SEN/assessments', answers(), { from: '/account' });
    expect(post.status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('shows the questionnaire without JavaScript: a fieldset per area, radio buttons with the stated scale', async () => {
    const res = await focal.get('/countries/SEN/assessment/new');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('action="/countries/SEN/assessments"');
    expect(html.match(/<fieldset class="area">/g)).toHaveLength(7);
    expect(html.match(/type="radio"/g)).toHaveLength(questions.length * 6);
    for (const label of ['Not at all', 'Started', 'Partly', 'Largely', 'Fully', 'Don&#39;t know']) expect(html).toContain(label);
    expect(html).toContain('Is there a law recognising electronic transactions and electronic signatures?');
    const fr = await focal.get('/countries/SEN/assessment/new?lang=fr');
    const french = await fr.text();
    expect(french).toContain('Existe-t-il une loi reconnaissant les transactions électroniques et les signatures électroniques ?');
    expect(french).toContain('En grande partie');
    await focal.get('/countries/SEN/assessment/new?lang=en');
  });

  it('refuses an unanswered question with 422, keeps the typed answers and saves nothing', async () => {
    const before = await count();
    const values = answers({ [answerField('rs-strategy')]: 'dk' });
    delete values[answerField('tl-postal')];
    const res = await focal.post('/countries/SEN/assessments', values, { from: '/countries/SEN/assessment/new' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Question 3.2: choose an answer or &quot;Don&#39;t know&quot;.');
    expect(html).toContain('href="#f-q-tl-postal"');
    expect(html).toMatch(/name="q-rs-strategy" value="dk"[^>]*checked/);
    expect(html).toMatch(/name="q-fin-women" value="1"[^>]*checked/);
    expect(html).not.toMatch(/name="q-tl-postal" value="[^"]+"[^>]*checked/);
    expect(await count()).toBe(before);
  });

  it('saves a focal point\'s answers with the country and date, audited, and shows the result', async () => {
    const before = await count();
    const res = await focal.post('/countries/SEN/assessments', answers({ [answerField('rs-strategy')]: 'dk' }), { from: '/countries/SEN/assessment/new' });
    expect(res.status).toBe(303);
    const location = res.headers.get('Location')!;
    const id = Number(/^\/countries\/SEN\/assessments\/(\d+)\?done=saved$/.exec(location)?.[1]);
    expect(await count()).toBe(before + 1);
    const db = hub.db.db;
    const row = await db.selectFrom('assessments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.countryIso3).toBe('SEN');
    expect(row.questionnaire).toBe(currentQuestionnaire.version);
    expect(Date.now() - new Date(row.createdAt).getTime()).toBeLessThan(60_000);
    const stored = await db.selectFrom('assessmentAnswers').select(['question', 'value']).where('assessmentId', '=', id).execute();
    expect(stored).toHaveLength(questions.length);
    expect(stored.find((a) => a.question === 'rs-strategy')!.value).toBeNull();
    expect(Number(stored.find((a) => a.question === 'fin-women')!.value)).toBe(1);
    const audit = await db.selectFrom('auditLog').selectAll().where('entityType', '=', 'assessment').where('entityId', '=', String(id)).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.userEmail).toBe('focal@senegal.example');

    const page = await focal.get(location);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('The assessment was saved.');
    expect(html).toContain('Overall score: 64.3 out of 100'); // (75 × 5 + 25 + 50) / 7
    expect(html).toMatch(/<th scope="row">Access to financing<\/th><td class="num">25<\/td>/);
    expect(html).toMatch(/<th scope="row">Trade logistics and trade facilitation<\/th><td class="num">50<\/td>/);
    // The chart: an accessible SVG with its title and description.
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="assessment-scores-t"/);
    expect(html).toContain('<title id="assessment-scores-t">Readiness scores of Senegal by policy area</title>');
    expect(html).toContain('<desc id="assessment-scores-d">');
    // The formula, in words and symbols.
    expect(html).toContain('divided by 4, times 100');
    expect(html).toContain('area score = 100 × (a₁ + a₂ + … + aₙ) ÷ (4 × n)');
    // The weakest areas (25 and 50; the others at 75 are more than 10 points away) and solutions for them.
    const weakest = html.slice(html.indexOf('id="weakest-title"'));
    expect(weakest.match(/<li><a href="\/policy-areas\/[^"]+">/g)).toHaveLength(2);
    expect(weakest).toContain('href="/policy-areas/access-to-financing"');
    expect(weakest).toContain('Recommended solutions');
    expect(weakest).toMatch(/<a href="\/solutions\/[^"]+">/);
    // No author identity on a public page.
    const publicHtml = await (await new Visitor(hub).get(`/countries/SEN/assessments/${id}`)).text();
    expect(publicHtml).not.toContain('focal@senegal.example');
    expect(publicHtml).not.toContain('Take a new self-assessment');
  });

  it('lists the country\'s assessments over time, oldest first, with a chart and links', async () => {
    const second = await focal.post('/countries/SEN/assessments', answers({ [answerField('fin-women')]: '4' }), { from: '/countries/SEN/assessment/new' });
    expect(second.status).toBe(303);
    const res = await new Visitor(hub).get('/countries/SEN/assessments');
    expect(res.status).toBe(200);
    const html = await res.text();
    const ids = [...html.matchAll(/<a href="\/countries\/SEN\/assessments\/(\d+)">/g)].map((m) => Number(m[1]));
    expect(ids.length).toBe(3);
    expect(ids[0]).toBe(sampleId);
    expect(ids[1]).toBeLessThan(ids[2]!);
    expect(html).toContain('<title id="assessment-history-t">Overall readiness score of Senegal by assessment</title>');
    expect(html).toContain('Sample assessment: made-up answers for the demo');
    expect(html).toContain('November 20, 2025');
    expect((await new Visitor(hub).get('/countries/XXX/assessments')).status).toBe(404);
    expect((await new Visitor(hub).get('/countries/SEN/assessments/999999')).status).toBe(404);
    expect((await new Visitor(hub).get(`/countries/KEN/assessments/${sampleId}`)).status).toBe(404);
    expect((await new Visitor(hub).get('/countries/SEN/assessments/abc')).status).toBe(404);
  });

  it('marks the sample assessment as sample on its page', async () => {
    const html = await (await new Visitor(hub).get(`/countries/SEN/assessments/${sampleId}`)).text();
    expect(html).toContain('Sample assessment: made-up answers for the demo, not an official assessment.');
    expect(html).toContain('Access to financing');
  });
});

describe('the assessments API', () => {
  it('lists a country\'s assessments with scores, oldest first, without the author', async () => {
    const res = await hub.get('/api/v1/countries/sen/assessments');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.country).toBe('SEN');
    expect(body.data.length).toBeGreaterThanOrEqual(3);
    const [sample] = body.data;
    expect(sample).toMatchObject({ id: sampleId, country: 'SEN', questionnaire: currentQuestionnaire.version, date: sampleAssessmentDate, isSample: true, url: `/countries/SEN/assessments/${sampleId}` });
    expect(Object.keys(sample).sort()).toEqual(['areas', 'country', 'date', 'id', 'isSample', 'overall', 'questionnaire', 'url']);
    expect(sample.areas).toHaveLength(7);
    expect(sample.areas.find((a: any) => a.policyArea === 'trade-logistics')).toEqual({ policyArea: 'trade-logistics', score: 37.5, answered: 4, dontKnow: 1, questions: 5 });
    const dates = body.data.map((a: any) => a.date);
    expect([...dates].sort()).toEqual(dates);
    expect(JSON.stringify(body)).not.toMatch(/author|focal@/);
    expect((await hub.get('/api/v1/countries/XYZ/assessments')).status).toBe(404);
    expect((await hub.get('/api/v1/countries/12345/assessments')).status).toBe(400);
  });

  it('gives one assessment: answers per question id, scores, weakest areas and recommended solution slugs', async () => {
    const res = await hub.get(`/api/v1/assessments/${sampleId}`);
    expect(res.status).toBe(200);
    const { data } = await res.json();
    expect(Object.keys(data.answers)).toHaveLength(questions.length);
    expect(data.answers['tl-de-minimis']).toBeNull();
    expect(data.answers['fin-venture-capital']).toBe(0);
    expect(data.weakestAreas).toEqual(['access-to-financing', 'trade-logistics', 'skills-development']);
    expect(data.recommendedSolutions.length).toBeGreaterThan(0);
    for (const slug of data.recommendedSolutions) expect((await hub.get(`/api/v1/solutions/${slug}`)).status).toBe(200);
    expect(JSON.stringify(data)).not.toMatch(/author/);
    const missing = await hub.get('/api/v1/assessments/999999');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.id).toBe('not_found');
    const bad = await hub.get('/api/v1/assessments/abc');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.id).toBe('invalid_parameter');
    expect((await hub.get('/api/v1/assessments/99999999999')).status).toBe(400);
  });
});
