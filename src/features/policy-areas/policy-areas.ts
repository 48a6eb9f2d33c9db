/** The seven eTrade for all policy areas: the spine of every taxonomy. Slugs are stable: used in URLs and the API. */
export const policyAreaSlugs = [
  'readiness-assessment',
  'ict-infrastructure',
  'trade-logistics',
  'payment-solutions',
  'legal-regulatory',
  'skills-development',
  'access-to-financing',
] as const;
export type PolicyAreaSlug = (typeof policyAreaSlugs)[number];

export function isPolicyAreaSlug(value: string): value is PolicyAreaSlug {
  return (policyAreaSlugs as readonly string[]).includes(value);
}
