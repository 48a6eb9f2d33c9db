import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { translator } from './i18n.js';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('interface catalogues', () => {
  const english = leaves(en);

  for (const [name, catalogue] of [
    ['fr', fr],
    ['es', es],
  ] as const) {
    it(`${name} translates every English string with the same placeholders`, () => {
      const other = leaves(catalogue);
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of english) {
        expect(other.get(key)?.trim(), key).not.toBe('');
        expect(placeholders(other.get(key)!), key).toEqual(placeholders(text));
      }
    });
  }

  it('is actually translated, not copied', () => {
    const same = [...leaves(fr)].filter(([key, text]) => english.get(key) === text && text.length > 12);
    expect(same.map(([key]) => key)).toEqual([]);
  });

  it('interpolates and picks plural forms per language', () => {
    expect(translator('en')('home.partnerCount', { count: 1 })).toMatch(/^1 partner organisation shares/);
    expect(translator('en')('home.partnerCount', { count: 33 })).toMatch(/^33 partner organisations share/);
    expect(translator('fr')('policyArea.payment-solutions.name')).toBe('Solutions de paiement');
    expect(translator('es')('group.ldc.name')).toBe('Países menos adelantados');
  });
});
