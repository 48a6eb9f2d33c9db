import { describe, expect, it } from 'vitest';
import { type FigureFormValues, emptyFigureForm, figureFormValues, figureFromForm, parseCount, parseFraction, parsePercent } from './reported-figure-rules.js';

const form = (values: Partial<FigureFormValues>) =>
  figureFromForm(emptyFigureForm({ measure: 'participants', unit: 'count', value: '1,000', sourceTitle: 'Week report', sourcePublisher: 'UNCTAD', sourceYear: '2017', ...values }));
const fields = (values: Partial<FigureFormValues>) => form(values).problems.map((p) => `${p.field}:${p.code}`);

describe('reading a reported figure as people type it', () => {
  it('reads counts with their thousands separators, shares as fractions or percentages', () => {
    for (const typed of ['1000', '1,000', '1 000', '1.000', "1'000", '1\u202f000']) expect(parseCount(typed), typed).toBe(1000);
    for (const typed of ['1,000.5', '-3', '10e3', 'about 1000', '1,00', '']) expect(parseCount(typed), typed).toBeNull();
    expect(parseFraction('1/3')).toEqual([1, 3]);
    expect(parseFraction(' 2 / 3 ')).toEqual([2, 3]);
    for (const typed of ['1/0', '4/3', '1/1', '1/300', 'a/b']) expect(parseFraction(typed), typed).toBeNull();
    expect(parsePercent('33,3 %')).toBe(33.3);
    expect(parsePercent('40')).toBe(40);
    expect(parsePercent('forty')).toBeNull();
  });

  it('turns a valid form into a figure: "one third of the speakers" keeps its fraction', () => {
    expect(form({}).problems).toEqual([]);
    expect(form({}).figure).toMatchObject({ measure: 'participants', unit: 'count', value: 1000, qualifier: 'exact', source: { year: 2017 } });
    const share = form({ measure: 'women-share', unit: 'share', value: '1/3', shareOf: 'speakers' });
    expect(share.problems).toEqual([]);
    expect(share.figure).toMatchObject({ fraction: '1/3', shareOf: 'speakers' });
    expect(share.figure.value).toBeCloseTo(33.333, 2);
    const text = form({ measure: 'media-outlets', unit: 'text', value: 'Reuters, EFE, AFP' });
    expect(text.problems).toEqual([]);
    expect(text.figure.text).toBe('Reuters, EFE, AFP');
  });
});

describe('bad input on the reported-figure form', () => {
  it('names the field of each problem', () => {
    expect(fields({ measure: 'attendance' })).toContain('measure:figureMeasure');
    expect(fields({ unit: 'kilograms' })).toContain('unit:figureUnit');
    // A count of participants is not a share, nor words.
    expect(fields({ unit: 'share', value: '40', shareOf: 'participants' })).toContain('unit:figureUnitMismatch');
    expect(fields({ measure: 'women-share', unit: 'count', value: '12' })).toContain('unit:figureUnitMismatch');
    expect(fields({ value: '1,000.5' })).toContain('value:figureCount');
    expect(fields({ value: '-5' })).toContain('value:figureCount');
    expect(fields({ value: '1000000000' })).toContain('value:figureCount');
    expect(fields({ measure: 'women-share', unit: 'share', value: '120', shareOf: 'speakers' })).toContain('value:figureShare');
    expect(fields({ measure: 'women-share', unit: 'share', value: '4/3', shareOf: 'speakers' })).toContain('value:figureShare');
    expect(fields({ measure: 'women-share', unit: 'share', value: '1/3' })).toContain('shareOf:figureShareOf');
    expect(fields({ measure: 'media-outlets', unit: 'text', value: 'x' })).toContain('value:figureText');
    expect(fields({ measure: 'media-outlets', unit: 'text', value: 'Reuters', qualifier: 'more-than' })).toContain('qualifier:figureQualifierText');
    expect(fields({ qualifier: 'roughly' })).toContain('qualifier:figureQualifier');
    expect(fields({ note: 'n'.repeat(501) })).toContain('note:figureNote');
  });

  it('requires a source: its title, publisher and a plausible year; a link must be a web address', () => {
    expect(fields({ sourceTitle: '' })).toContain('sourceTitle:figureSourceTitle');
    expect(fields({ sourcePublisher: '' })).toContain('sourcePublisher:figureSourcePublisher');
    for (const year of ['', '17', '1850', String(new Date().getUTCFullYear() + 1), 'MMXVII']) expect(fields({ sourceYear: year }), year).toContain('sourceYear:figureSourceYear');
    expect(fields({ sourceUrl: 'javascript:alert(1)' })).toContain('sourceUrl:figureSourceUrl');
    expect(fields({ sourceUrl: 'https://unctad.org/e-week2017' })).toEqual([]);
  });

  it('cleans what is posted: control characters out, lengths bounded, anything not a string ignored', () => {
    const values = figureFormValues({ measure: 'participants\u0000', value: ['1', '2'], sourceTitle: `${'t'.repeat(400)}` });
    expect(values.measure).toBe('participants');
    expect(values.value).toBe('');
    expect(values.sourceTitle.length).toBeLessThanOrEqual(310);
  });
});
