import { describe, expect, it } from 'vitest';
import { headOf, indexedText } from '../../db/search/index.js';
import type { Locale } from '../../web/i18n/locales.js';
import { relevance, relevanceWeights } from './score.js';
import { queryClauses } from './text.js';

/** A head as the index stores it (stemmed title, newline, stemmed summary). */
const head = (title: string, summary = '', locale: Locale = 'en') => headOf(indexedText({ locale, title, summary, body: '' }));
const score = (q: string, ...heads: string[]) => relevance(queryClauses(q))(heads);

describe('relevance from the head', () => {
  it('weighs a word in the title above one in the summary, and one only in the body least', () => {
    const inTitle = score('cybercrime', head('Cybercrime toolkit', 'Helps governments.'));
    const inSummary = score('cybercrime', head('Toolkit for governments', 'Helps fight cybercrime.'));
    const inBody = score('cybercrime', head('Toolkit for governments', 'Helps them.'));
    expect(inTitle).toBeGreaterThan(inSummary);
    expect(inSummary).toBeGreaterThan(inBody);
    expect(inBody).toBe(relevanceWeights.body);
  });

  it('adds up the clauses, and counts repeats with diminishing returns', () => {
    const both = score('cybercrime toolkit', head('Cybercrime toolkit'));
    const one = score('cybercrime toolkit', head('Cybercrime assessment'));
    expect(both).toBeGreaterThan(one);
    const once = score('payments', head('Payments', 'A fund.'));
    const twice = score('payments', head('Payments', 'A fund for payments.'));
    expect(twice).toBeGreaterThan(once);
    expect(twice).toBeLessThan(2 * once);
  });

  it('gives a shorter title more weight than a long one with the same word', () => {
    expect(score('logistics', head('Logistics'))).toBeGreaterThan(score('logistics', head('A very long title about ports, roads, warehouses and, in passing, logistics')));
  });

  it('matches stems as whole words and prefixes as beginnings', () => {
    // "e" of "e-commerce" is a word of its own; it is not the beginning of "ecommerce".
    expect(score('e-commerce', head('E-commerce law'))).toBeGreaterThan(score('e-commerce', head('Ecommerce law', 'Commerce.')));
    // A typed word also finds longer words beginning with it.
    expect(score('cyber', head('Cybersecurity strategies'))).toBeGreaterThan(relevanceWeights.body);
  });

  it('counts any phrase of a synonym group, and the best language of a document', () => {
    // "E-wallet" in a title counts as a title match for "mobile money", not as a passing mention.
    expect(score('mobile money', head('E-wallet guide'))).toBeGreaterThan(score('mobile money', head('Guide', 'About mobile money.')));
    expect(score('mobile money', head('Report'), head('Guide de la monnaie électronique', '', 'fr'))).toBeGreaterThan(relevanceWeights.body);
  });

  it('scores a document the index does not hold below every match', () => {
    expect(score('payments')).toBe(Number.NEGATIVE_INFINITY);
  });
});
