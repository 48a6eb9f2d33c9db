import { type PolicyAreaSlug, policyAreaSlugs } from '../policy-areas/policy-areas.js';
import type { EventSession } from './queries.js';
import type { OutcomeSeed } from './types.js';

/**
 * Outcomes and recommendations typed one a line. A line may start with the numbers of its policy
 * areas in brackets ("[4, 5] Make payment methods interoperable."), 1 to 7 in the order of the
 * seven policy areas.
 */
export function parseOutcomeLines(text: string): { items: OutcomeSeed[]; badLines: number[] } {
  const items: OutcomeSeed[] = [];
  const badLines: number[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const match = /^\[([^\]]*)\]\s*(.*)$/.exec(line);
    const numbers = match ? match[1]!.split(/[\s,;]+/).filter(Boolean) : [];
    const areas = numbers.map((n) => policyAreaSlugs[Number(n) - 1]);
    const body = (match ? match[2]! : line).slice(0, 2000);
    if (!body || areas.some((a) => a === undefined) || numbers.some((n) => !/^[1-7]$/.test(n))) {
      badLines.push(index + 1);
      return;
    }
    items.push({ text: body, policyAreas: [...new Set(areas as PolicyAreaSlug[])] });
  });
  return { items, badLines };
}

/** A session's outcomes or recommendations as lines, for the form. */
export function outcomeLines(session: EventSession, kind: 'outcome' | 'recommendation'): string {
  return session.outcomes
    .filter((o) => o.kind === kind)
    .map((o) => {
      const numbers = o.policyAreas.map((a) => policyAreaSlugs.indexOf(a as PolicyAreaSlug) + 1).filter((n) => n > 0);
      return numbers.length ? `[${numbers.join(', ')}] ${o.text}` : o.text;
    })
    .join('\n');
}
