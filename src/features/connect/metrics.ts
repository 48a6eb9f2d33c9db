import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** How a partner answers the requests it was matched to: shown on its public page, and a signal for matching. */
export interface ResponseMetrics {
  /** Requests the matching engine ranked the organisation for. */
  matched: number;
  /** Of those, the requests it expressed interest in. */
  answered: number;
  /** answered / matched, 0–1; null with no match yet. */
  rate: number | null;
  /** Median hours from the match to the interest, over the answered requests (one decimal); null with none. */
  medianHours: number | null;
}

const hour = 3_600_000;

/** The median of a list of numbers; null for an empty list. */
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Response rate and median response time of an organisation, from request_matches and
 * request_interests. Sample requests (made up for the demo) never count: a real partner's record is
 * made of real requests only, whatever the demo matched it to or its staff tried on a sample.
 */
export async function responseMetrics(db: Kysely<Database>, organisationId: number): Promise<ResponseMetrics> {
  const rows = await db
    .selectFrom('requestMatches as m')
    .innerJoin('requests as r', 'r.id', 'm.requestId')
    .leftJoin('requestInterests as i', (join) => join.onRef('i.requestId', '=', 'm.requestId').onRef('i.organisationId', '=', 'm.organisationId'))
    .select(['m.matchedAt', 'i.createdAt as interestedAt'])
    .where('m.organisationId', '=', organisationId)
    .where('r.isSample', '=', 0)
    .execute();
  const delays = rows
    .filter((row): row is { matchedAt: string; interestedAt: string } => row.interestedAt !== null)
    .map((row) => Math.max(0, Date.parse(row.interestedAt) - Date.parse(row.matchedAt)) / hour)
    .filter((hours) => Number.isFinite(hours));
  const answered = rows.filter((row) => row.interestedAt !== null).length;
  const middle = median(delays);
  return {
    matched: rows.length,
    answered,
    rate: rows.length ? answered / rows.length : null,
    medianHours: middle === null ? null : Math.round(middle * 10) / 10,
  };
}
