import { describe, expect, it } from 'vitest';
import { translator } from '../../web/i18n/i18n.js';
import { policyAreaSlugs } from '../policy-areas/policy-areas.js';
import { type Answers, answerField, assessmentScores, parsedAnswers, roundScore, weakestAreas } from './assessments.js';
import { currentQuestionnaire, questionNumber } from './questionnaire.js';

const questions = currentQuestionnaire.questions;
const idsOf = (area: string) => questions.filter((q) => q.area === area).map((q) => q.id);
const allAnswered = (value: number | null): Answers => Object.fromEntries(questions.map((q) => [q.id, value]));

describe('the questionnaire', () => {
  it('asks at least five questions in each of the seven policy areas, with unique ids and three languages', () => {
    for (const area of policyAreaSlugs) expect(idsOf(area).length, area).toBeGreaterThanOrEqual(5);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const q of questions) {
      expect(q.id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
      for (const text of Object.values(q.text)) expect(text.trim().length, q.id).toBeGreaterThan(20);
      expect(q.text.fr).not.toBe(q.text.en);
      expect(q.text.es).not.toBe(q.text.en);
    }
  });

  it('numbers questions by area and position', () => {
    expect(questionNumber(currentQuestionnaire, 'rs-strategy')).toBe('1.1');
    expect(questionNumber(currentQuestionnaire, idsOf('access-to-financing')[1]!)).toBe('7.2');
  });
});

describe('assessmentScores', () => {
  it('scores every area 0 and 100 at the ends of the scale', () => {
    expect(assessmentScores(allAnswered(0)).overall).toBe(0);
    const full = assessmentScores(allAnswered(4));
    expect(full.overall).toBe(100);
    expect(full.areas.map((a) => a.score)).toEqual(policyAreaSlugs.map(() => 100));
  });

  it('gives no score at all when every answer is "don\'t know"', () => {
    const scores = assessmentScores(allAnswered(null));
    expect(scores.overall).toBeNull();
    for (const area of scores.areas) {
      expect(area.score).toBeNull();
      expect(area.answered).toBe(0);
      expect(area.dontKnow).toBe(area.questions);
    }
  });

  it('leaves "don\'t know" out of the mean, and areas without a score out of the overall mean', () => {
    const [a, b, c, ...rest] = idsOf('payment-solutions');
    const answers: Answers = { ...allAnswered(null), [a!]: 1, [b!]: 2, [c!]: null };
    for (const id of rest) answers[id] = null;
    for (const id of idsOf('legal-regulatory')) answers[id] = 4;
    const scores = assessmentScores(answers);
    const pay = scores.areas.find((s) => s.area === 'payment-solutions')!;
    // (1 + 2) / 2 = 1.5 → 1.5 / 4 × 100 = 37.5; the don't-know answers do not pull it down to zero.
    expect(pay.score).toBe(37.5);
    expect(pay.answered).toBe(2);
    expect(pay.dontKnow).toBe(pay.questions - 2);
    expect(scores.areas.find((s) => s.area === 'legal-regulatory')!.score).toBe(100);
    expect(scores.areas.filter((s) => s.score === null)).toHaveLength(5);
    // Mean of the two areas that have a score, not of seven.
    expect(scores.overall).toBe((37.5 + 100) / 2);
  });

  it('ignores answers to questions the questionnaire does not have, and rounds for display only', () => {
    const ids = idsOf('trade-logistics');
    const answers: Answers = { 'no-such-question': 0, [ids[0]!]: 1, [ids[1]!]: 1, [ids[2]!]: 2 };
    const score = assessmentScores(answers).areas.find((s) => s.area === 'trade-logistics')!.score!;
    expect(score).toBeCloseTo(33.333, 2);
    expect(roundScore(score)).toBe(33.3);
    expect(roundScore(null)).toBeNull();
  });
});

describe('weakestAreas', () => {
  const withScores = (values: Partial<Record<(typeof policyAreaSlugs)[number], number | null>>) => ({
    overall: null,
    areas: policyAreaSlugs.map((area) => ({ area, score: values[area] ?? null, answered: 0, dontKnow: 0, questions: 5 })),
  });

  it('takes the two lowest scores, and a third within 10 points of the second', () => {
    expect(weakestAreas(withScores({ 'readiness-assessment': 80, 'trade-logistics': 20, 'access-to-financing': 30, 'skills-development': 40, 'legal-regulatory': 90 }))).toEqual([
      'trade-logistics',
      'access-to-financing',
      'skills-development',
    ]);
    expect(weakestAreas(withScores({ 'readiness-assessment': 80, 'trade-logistics': 20, 'access-to-financing': 30, 'skills-development': 40.1 }))).toEqual(['trade-logistics', 'access-to-financing']);
  });

  it('leaves out areas without a score or at 100, and breaks ties by area order', () => {
    expect(weakestAreas(withScores({ 'payment-solutions': 50, 'ict-infrastructure': 50, 'legal-regulatory': 100 }))).toEqual(['ict-infrastructure', 'payment-solutions']);
    expect(weakestAreas(withScores({ 'legal-regulatory': 100 }))).toEqual([]);
    expect(weakestAreas(withScores({}))).toEqual([]);
  });
});

describe('parsedAnswers', () => {
  const t = translator('en');
  const form = (value: string) => Object.fromEntries(questions.map((q) => [answerField(q.id), value]));

  it('reads 0–4 as numbers and "dk" as null', () => {
    const values = { ...form('3'), [answerField('rs-strategy')]: 'dk', [answerField('fin-women')]: '0' };
    const parsed = parsedAnswers(values, t);
    expect(parsed.errors).toBeUndefined();
    expect(parsed.answers!['rs-strategy']).toBeNull();
    expect(parsed.answers!['fin-women']).toBe(0);
    expect(parsed.answers!['tl-postal']).toBe(3);
    expect(Object.keys(parsed.answers!)).toHaveLength(questions.length);
  });

  it('names every unanswered or invalid question, in the form\'s order', () => {
    const values = form('2');
    delete values[answerField('tl-postal')];
    values[answerField('rs-dialogue')] = '5';
    const parsed = parsedAnswers(values, translator('fr'));
    expect(parsed.answers).toBeUndefined();
    expect(Object.keys(parsed.errors!)).toEqual([answerField('rs-dialogue'), answerField('tl-postal')]);
    expect(parsed.errors![answerField('tl-postal')]).toBe('Question 3.2 : choisissez une réponse ou « Ne sait pas ».');
    expect(Object.keys(parsedAnswers({}, t).errors!)).toHaveLength(questions.length);
  });
});
