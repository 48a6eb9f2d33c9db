import { describe, expect, it } from 'vitest';
import { groupMembers } from './groups.js';
import { areaName, buildCountryReference, countryName } from './reference.js';

const reference = buildCountryReference();
const byIso3 = new Map(reference.map((c) => [c.iso3, c]));

describe('country reference data', () => {
  it('lists every ISO 3166-1 country and territory once', () => {
    expect(reference.length).toBe(249);
    expect(new Set(reference.map((c) => c.iso2)).size).toBe(249);
  });

  it('places countries in the UN M49 regions and sub-regions', () => {
    expect(byIso3.get('TCD')).toMatchObject({ m49: '148', regionCode: '002', subregionCode: '202', intermediateRegionCode: '017' });
    expect(byIso3.get('FRA')).toMatchObject({ regionCode: '150', subregionCode: '155', intermediateRegionCode: null });
    expect(byIso3.get('BOL')).toMatchObject({ regionCode: '019', subregionCode: '419', intermediateRegionCode: '005' });
    // Only Antarctica sits directly under the world.
    expect(reference.filter((c) => !c.regionCode).map((c) => c.iso3)).toEqual(['ATA']);
  });

  it('flags LDCs, LLDCs and SIDS from the UN lists', () => {
    expect(byIso3.get('TCD')).toMatchObject({ isLdc: 1, isLldc: 1, isSids: 0 });
    expect(byIso3.get('FRA')).toMatchObject({ isLdc: 0, isLldc: 0, isSids: 0 });
    expect(byIso3.get('FJI')).toMatchObject({ isLdc: 0, isSids: 1 });
    expect(byIso3.get('BTN')).toMatchObject({ isLdc: 0, isLldc: 1 }); // graduated from the LDC list in 2023
    expect(reference.filter((c) => c.isLdc).length).toBe(44);
    expect(reference.filter((c) => c.isLldc).length).toBe(32);
    expect(reference.filter((c) => c.isSids).length).toBe(53);
  });

  it('knows every code in the group lists', () => {
    for (const list of Object.values(groupMembers)) {
      for (const iso3 of list) expect(byIso3.has(iso3), iso3).toBe(true);
    }
  });

  it('names countries and areas in English, French and Spanish', () => {
    expect(countryName('TCD', 'en')).toBe('Chad');
    expect(countryName('TCD', 'fr')).toBe('Tchad');
    expect(countryName('TCD', 'es')).toBe('Chad');
    expect(countryName('DEU', 'fr')).toBe('Allemagne');
    expect(countryName('DEU', 'es')).toBe('Alemania');
    expect(areaName('001', 'fr')).toBe('Monde');
    expect(areaName('202', 'es')).toBe('África subsahariana');
    expect(areaName('233', 'en')).toBe('Estonia');
  });
});
