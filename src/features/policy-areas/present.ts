import type { Translate } from '../../web/i18n/i18n.js';
import { type PolicyAreaSlug, policyAreaSlugs } from './policy-areas.js';

export interface PolicyAreaView {
  slug: PolicyAreaSlug;
  position: number;
  name: string;
  shortName: string;
  description: string;
}

export function presentPolicyArea(slug: PolicyAreaSlug, t: Translate): PolicyAreaView {
  return {
    slug,
    position: policyAreaSlugs.indexOf(slug) + 1,
    name: t(`policyArea.${slug}.name`),
    shortName: t(`policyArea.${slug}.short`),
    description: t(`policyArea.${slug}.description`),
  };
}

export function allPolicyAreas(t: Translate): PolicyAreaView[] {
  return policyAreaSlugs.map((slug) => presentPolicyArea(slug, t));
}
