import { describe, expect, it } from 'vitest';
import { fieldErrors, returnReason, revisionInput } from './schema.js';

/** What a form posts: strings, one value or several for a multiple choice, '' for a field left empty. */
const form = (overrides: Record<string, unknown> = {}) => ({
  type: 'solution',
  kind: 'training',
  cost: 'free',
  access: { applyUrl: ' https://example.org/course/apply ', email: '', viaHub: 'on' },
  link: 'https://example.org/course',
  documentUrl: '',
  startsOn: '2027-01',
  endsOn: '',
  publishedOn: '',
  policyAreas: 'skills-development',
  beneficiaries: ['msmes', 'women-entrepreneurs'],
  coverage: ['sen', 'LDC', '011'],
  languages: ['fr', 'en'],
  organisations: 'trade-lab',
  sourceLocale: 'fr',
  text: {
    en: { title: '', summary: '', description: '', eligibility: '' },
    fr: {
      title: '  Cours en ligne ',
      summary: 'Un cours pour les petites entreprises.',
      description: 'Semaine 1\r\n\r\n* vendre en ligne',
      eligibility: ' Petites entreprises des PMA\u00a0; gratuit. ',
    },
  },
  ...overrides,
});

const errorsOf = (input: unknown) => {
  const result = revisionInput.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
};

describe('revisionInput', () => {
  it('turns a form into revision data: lists, nulls, codes and trimmed text', () => {
    const data = revisionInput.parse(form());
    expect(data).toEqual({
      type: 'solution',
      kind: 'training',
      cost: 'free',
      access: { applyUrl: 'https://example.org/course/apply', email: null, viaHub: true },
      link: 'https://example.org/course',
      documentUrl: null,
      startsOn: '2027-01',
      endsOn: null,
      publishedOn: null,
      policyAreas: ['skills-development'],
      beneficiaries: ['msmes', 'women-entrepreneurs'],
      coverage: ['SEN', 'ldc', '011'],
      languages: ['fr', 'en'],
      organisations: ['trade-lab'],
      sourceLocale: 'fr',
      // The English text left empty is no text at all.
      text: {
        fr: {
          title: 'Cours en ligne',
          summary: 'Un cours pour les petites entreprises.',
          description: 'Semaine 1\n\n* vendre en ligne',
          eligibility: 'Petites entreprises des PMA\u00a0; gratuit.',
        },
      },
    });
  });

  it('names each wrong field with a message a person can act on', () => {
    const errors = errorsOf(
      form({
        kind: 'report',
        link: 'javascript:alert(1)',
        documentUrl: 'ftp://example.org/file.pdf',
        startsOn: '2027-13',
        publishedOn: '2027-02-30',
        policyAreas: [],
        coverage: ['001', 'XYZ', '999'],
        languages: ['klingon'],
        organisations: [],
        access: { applyUrl: 'ftp://example.org/apply', email: 'not an address', viaHub: 'maybe' },
        text: { fr: { title: 'Co', summary: 'Court', description: 'x'.repeat(20_001), eligibility: 'E'.repeat(1001) }, es: { title: 'Curso en línea' } },
      }),
    );
    expect(errors).toEqual({
      kind: 'A solution cannot be of the kind report; choose one of technical-assistance, training, tool, research, financing, data, platform.',
      link: 'The link must be a web address starting with http:// or https://.',
      documentUrl: 'The document address must be a web address starting with http:// or https://.',
      startsOn: 'The start date must be a date written YYYY, YYYY-MM or YYYY-MM-DD.',
      publishedOn: 'The publication date must be a date written YYYY, YYYY-MM or YYYY-MM-DD.',
      policyAreas: 'Choose at least one policy area.',
      coverage: 'Coverage must be the world (001), a UN region or sub-region code, ldc, lldc, sids, or a country’s ISO 3166 alpha-3 code.',
      languages: 'Choose languages from the list.',
      organisations: 'Name at least one organisation.',
      'access.applyUrl': 'The address where one applies must be a web address starting with http:// or https://.',
      'access.email': 'The contact address must be an email address such as name@example.org.',
      'access.viaHub': 'Tick the box or leave it empty.',
      'text.fr.title': 'The title needs at least 3 characters.',
      'text.fr.summary': 'The summary needs at least 10 characters.',
      'text.fr.description': 'The description can have at most 20000 characters.',
      'text.fr.eligibility': 'Who may apply or use it can have at most 1000 characters.',
      'text.es.summary': 'Enter a summary.',
    });
  });

  it('requires the text in the source language, and checks lengths and the order of dates', () => {
    expect(errorsOf(form({ sourceLocale: 'en' }))).toEqual({ 'text.en.title': 'The text in the language it was written in is required.' });
    expect(errorsOf(form({ text: { fr: { ...form().text.fr, title: 'T'.repeat(201), summary: 'S'.repeat(601) } } }))).toEqual({
      'text.fr.title': 'The title can have at most 200 characters.',
      'text.fr.summary': 'The summary can have at most 600 characters.',
    });
    expect(errorsOf(form({ startsOn: '2027-06-01', endsOn: '2027-05' }))).toEqual({ endsOn: 'The end date cannot be before the start date.' });
    expect(errorsOf(form({ type: 'resource', kind: 'report', publishedOn: '2024-02-29', coverage: '202' }))).toEqual({});
  });

  it('refuses input that is not a form at all without throwing', () => {
    expect(Object.keys(errorsOf(null))).toEqual(['_']);
    expect(errorsOf({})).toMatchObject({ type: 'Choose whether it is a solution or a resource.', sourceLocale: expect.any(String) });
    // NUL and other control characters never reach the database (PostgreSQL refuses NUL).
    const data = revisionInput.parse(
      form({ text: { fr: { title: 'Cours\u0000 en ligne', summary: 'Un cours\u0007 pour tous.', description: 'a\u0000b', eligibility: 'Tous\u0000 publics.\nGratuit.' } } }),
    );
    expect(data.text.fr).toEqual({ title: 'Cours  en ligne', summary: 'Un cours  pour tous.', description: 'ab', eligibility: 'Tous  publics. Gratuit.' });
  });
});

describe('how to get it', () => {
  it('needs at least one way to ask: an apply address, a contact email or the hub', () => {
    const none = { applyUrl: '', email: '  ', viaHub: '' };
    expect(errorsOf(form({ access: none }))).toEqual({
      access: 'Say how to get it: the address where one applies, a contact email, or that it can be asked for through the hub.',
    });
    // Revisions written before items said how to get them have no access at all.
    expect(Object.keys(errorsOf(form({ access: undefined })))).toEqual(['access']);
    expect(revisionInput.parse(form({ access: { ...none, email: ' desk@example.org ' } })).access).toEqual({ applyUrl: null, email: 'desk@example.org', viaHub: false });
    expect(revisionInput.parse(form({ access: { ...none, viaHub: 'on' } })).access).toEqual({ applyUrl: null, email: null, viaHub: true });
    expect(revisionInput.parse(form({ access: { applyUrl: 'http://example.org/apply' } })).access).toEqual({ applyUrl: 'http://example.org/apply', email: null, viaHub: false });
  });

  it('refuses an apply address that is not http(s) and an email the hub would not accept', () => {
    for (const applyUrl of ['javascript:alert(1)', 'mailto:desk@example.org', 'data:text/html,x', 'https://localhost/apply', 'example.org/apply']) {
      expect(errorsOf(form({ access: { applyUrl, viaHub: 'on' } })), applyUrl).toEqual({
        'access.applyUrl': 'The address where one applies must be a web address starting with http:// or https://.',
      });
    }
    for (const email of ['desk', 'desk@', '@example.org', 'desk@example', 'a b@example.org', `${'x'.repeat(250)}@example.org`]) {
      expect(Object.keys(errorsOf(form({ access: { email, viaHub: 'on' } }))), email).toEqual(['access.email']);
    }
  });

  it('asks who may apply or use it in the source language; a translation may leave it and its description out', () => {
    const source = form().text.fr;
    expect(errorsOf(form({ text: { fr: { ...source, eligibility: '  ' } } }))).toEqual({
      'text.fr.eligibility': 'Say who may apply for it or use it, and on what terms, in the language the text was written in.',
    });
    expect(Object.keys(errorsOf(form({ text: { fr: { ...source, eligibility: 'Tous.' } } })))).toEqual(['text.fr.eligibility']);
    const translated = revisionInput.parse(
      form({
        text: {
          fr: source,
          es: { title: 'Curso en línea', summary: 'Un curso para pequeñas empresas.', description: '', eligibility: 'Pequeñas empresas de los PMA; gratuito.' },
          en: { title: 'Online course', summary: 'A course for small businesses.', description: '', eligibility: '' },
        },
      }),
    );
    expect(translated.text.es).toEqual({ title: 'Curso en línea', summary: 'Un curso para pequeñas empresas.', description: '', eligibility: 'Pequeñas empresas de los PMA; gratuito.' });
    expect(translated.text.en).toEqual({ title: 'Online course', summary: 'A course for small businesses.', description: '', eligibility: '' });
  });

  it('knows cost that varies', () => {
    expect(revisionInput.parse(form({ cost: 'varies' })).cost).toBe('varies');
    expect(errorsOf(form({ cost: 'cheap' }))).toEqual({ cost: 'Choose whether it is free of charge, fee-based or on terms that vary.' });
  });
});

describe('returnReason', () => {
  it('needs 3 to 2000 characters', () => {
    expect(returnReason.safeParse('  ').success).toBe(false);
    expect(returnReason.safeParse(undefined).success).toBe(false);
    expect(returnReason.safeParse('x'.repeat(2001)).success).toBe(false);
    expect(returnReason.parse(' Add the French summary. ')).toBe('Add the French summary.');
  });
});
