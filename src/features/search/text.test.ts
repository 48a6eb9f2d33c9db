import { describe, expect, it } from 'vitest';
import { snippet } from './highlight.js';
import { indexText, matchesTerm, queryTerms, words } from './text.js';

describe('search text', () => {
  it('splits any script into words, without accents or case', () => {
    expect(words('Commerce ÉLECTRONIQUE, e-Residency & التجارة 🙂')).toEqual(['commerce', 'electronique', 'e', 'residency', 'التجارة']);
  });

  it('indexes stems in the text’s language and leaves stop words out', () => {
    expect(indexText('Le commerce électronique dans les pays les moins avancés', 'fr')).toBe('commerc electron pay moin avanc');
    expect(indexText('Assessing the readiness of countries', 'en')).toBe('assess readi countri');
  });

  it('turns a query into words matched by any of their stems, or as a beginning when long enough', () => {
    expect(queryTerms('e-commerce')).toEqual([
      { stems: ['e'], prefix: null },
      { stems: ['commerc'], prefix: 'commerce' },
    ]);
    expect(queryTerms('the payments').map((t) => t.prefix)).toEqual(['payments']);
    expect(queryTerms('the').map((t) => t.prefix)).toEqual(['the']);
    expect(queryTerms('"a" OR (b*) NEAR:c').every((t) => t.stems.every((s) => /^[\p{L}\p{N}]+$/u.test(s)))).toBe(true);
  });

  it('highlights words matching a stem or a beginning, never everything', () => {
    const terms = queryTerms('e-commerce assess');
    expect(matchesTerm('Assessments', terms)).toBe(true);
    expect(matchesTerm('everything', terms)).toBe(false);
    const parts = snippet('An e-commerce readiness assessment.', terms);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['e', 'commerce', 'assessment']);
  });
});
