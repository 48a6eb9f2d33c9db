import type { Translate } from '../../web/i18n/i18n.js';
import { type PolicyAreaSlug, policyAreaSlugs } from './policy-areas.js';

export interface PolicyAreaView {
  slug: PolicyAreaSlug;
  position: number;
  name: string;
  shortName: string;
  description: string;
}

/**
 * The one way to name a policy area: its full name (headings, forms, sentences), or its short name
 * (filters, tags, table columns), which begins like the full name so that the two read as one area.
 * Anything else (an unknown slug) is returned as it is.
 */
export function policyAreaLabel(t: Translate, slug: string, form: 'name' | 'short' = 'name'): string {
  return t(`policyArea.${slug}.${form}`, { defaultValue: slug });
}

export function presentPolicyArea(slug: PolicyAreaSlug, t: Translate): PolicyAreaView {
  return {
    slug,
    position: policyAreaSlugs.indexOf(slug) + 1,
    name: policyAreaLabel(t, slug),
    shortName: policyAreaLabel(t, slug, 'short'),
    description: t(`policyArea.${slug}.description`),
  };
}

export function allPolicyAreas(t: Translate): PolicyAreaView[] {
  return policyAreaSlugs.map((slug) => presentPolicyArea(slug, t));
}
