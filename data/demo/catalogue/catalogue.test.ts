import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrors, revisionInput } from '../../../src/features/contributions/schema.js';
import { knownAreas } from '../../../src/features/countries/areas.js';
import { buildCountryReference } from '../../../src/features/countries/reference.js';
import { policyAreaSlugs } from '../../../src/features/policy-areas/policy-areas.js';
import { type TestHub, createTestHub } from '../../../tests/helpers/test-app.js';
import { allDemoOrganisations } from '../../loader.js';
import { etradeReadinessAssessments } from './etrade-readiness-assessments.js';
import { demoCatalogue } from './index.js';
import { report2017Items } from './report-2017.js';

/**
 * The demo catalogue as issue 13 asks for it: real items, each saying how to get it, in English, French
 * and Spanish, tied to known partners and real places, sourced; enough in every policy area; the published
 * eTrade Readiness Assessments on their countries' pages; findable in the three languages.
 */
const locales = ['en', 'fr', 'es'] as const;
/** Items written for this catalogue cite the public pages they rest on (the 2017 report's items cite it). */
const checkedItems = demoCatalogue.filter((item) => !report2017Items.includes(item));

describe('the demo catalogue', () => {
  it('gives each item its own slug', () => {
    const keys = demoCatalogue.map((i) => `${i.type}/${i.slug}`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('has at least 15 solutions (the API’s lists) and 20 items in every policy area', () => {
    for (const area of policyAreaSlugs) {
      const inArea = demoCatalogue.filter((i) => i.policyAreas.includes(area));
      expect(inArea.length, area).toBeGreaterThanOrEqual(20);
      expect(inArea.filter((i) => i.type === 'solution').length, area).toBeGreaterThanOrEqual(15);
    }
  });

  it('passes the checks of a partner’s proposal: a way to ask, a web page, an email the hub accepts', () => {
    const problems: Record<string, Record<string, string>> = {};
    for (const { slug, source: _source, ...data } of demoCatalogue) {
      const parsed = revisionInput.safeParse(data);
      if (!parsed.success) problems[slug] = fieldErrors(parsed.error);
    }
    expect(problems).toEqual({});
  });

  it('says in English, French and Spanish what each item is and who may use it', () => {
    const missing: string[] = [];
    for (const item of demoCatalogue) {
      for (const locale of locales) {
        const text = item.text[locale];
        for (const field of ['title', 'summary', 'eligibility'] as const) if (!text?.[field].trim()) missing.push(`${item.slug} ${locale} ${field}`);
      }
      // A card shows the summary: short in the source language (translations run longer; the form bounds them).
      if ((item.text.en?.summary.length ?? 0) > 220) missing.push(`${item.slug}: English summary over 220 characters`);
    }
    expect(missing).toEqual([]);
  });

  it('names known partners and real places, links a web page and says what it rests on', () => {
    const partners = new Set(allDemoOrganisations.map((o) => o.slug));
    const wrong: string[] = [];
    for (const item of demoCatalogue) {
      if (!item.coverage.length) wrong.push(`${item.slug}: no coverage`);
      for (const area of item.coverage) if (!knownAreas.has(area)) wrong.push(`${item.slug}: place ${area}`);
      for (const slug of item.organisations) if (!partners.has(slug)) wrong.push(`${item.slug}: partner ${slug}`);
      if (item.link !== null && !/^https?:\/\//.test(item.link)) wrong.push(`${item.slug}: link ${item.link}`);
    }
    for (const item of checkedItems) if (!/checked 2026-12-07/.test(item.source)) wrong.push(`${item.slug}: source`);
    expect(wrong).toEqual([]);
  });
});

describe('eTrade Readiness Assessments', () => {
  const iso3s = new Set(buildCountryReference().map((c) => c.iso3));
  const all = demoCatalogue.filter((i) => i.slug.startsWith('etrade-readiness-assessment-'));

  it('are UNCTAD reports, dated, each covering the countries it assesses', () => {
    expect(etradeReadinessAssessments.length).toBeGreaterThanOrEqual(25);
    for (const item of all) {
      expect(item.type, item.slug).toBe('resource');
      expect(item.kind, item.slug).toBe('report');
      expect(item.organisations[0], item.slug).toBe('unctad');
      expect(item.policyAreas, item.slug).toContain('readiness-assessment');
      expect(item.publishedOn, item.slug).toMatch(/^20\d\d/);
      for (const code of item.coverage) expect(iso3s.has(code), `${item.slug} ${code}`).toBe(true);
    }
  });

  it('include those of Cambodia and Bhutan, and one country at most once on its own', () => {
    const single = all.filter((i) => i.coverage.length === 1).map((i) => i.coverage[0]);
    expect(single).toContain('KHM');
    expect(single).toContain('BTN');
    expect(single.length).toBe(new Set(single).size);
  });
});

describe('the demo catalogue on the hub', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await createTestHub();
  });
  afterAll(() => hub.close());

  const total = async (path: string) => {
    const res = await hub.get(path);
    expect(res.status, path).toBe(200);
    return ((await res.json()) as { page: { total: number } }).page.total;
  };

  it('lists at least 15 payment solutions and finds mobile money in English, French and Spanish', async () => {
    expect(await total('/api/v1/solutions?policyArea=payment-solutions')).toBeGreaterThanOrEqual(15);
    for (const q of ['mobile money', 'paiements mobiles', 'monnaie mobile', 'dinero móvil', 'guichet unique', 'ventanilla única']) {
      expect(await total(`/api/v1/search?q=${encodeURIComponent(q)}`), q).toBeGreaterThanOrEqual(5);
    }
  });

  it.each([
    ['KHM', 'etrade-readiness-assessment-cambodia'],
    ['BTN', 'etrade-readiness-assessment-bhutan'],
    ['SEN', 'etrade-readiness-assessment-senegal'],
    ['ZWE', 'etrade-readiness-assessment-zimbabwe'],
  ])('/countries/%s lists its assessment', async (iso3, slug) => {
    const res = await hub.get(`/countries/${iso3}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`/resources/${slug}`);
  });
});
