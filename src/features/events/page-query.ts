import type { Context } from 'hono';
import { DateTime } from 'luxon';
import type { AppEnv } from '../../web/context.js';
import { queryFilter } from '../../web/render.js';
import { regionNames } from '../countries/regions.js';
import { type PolicyAreaSlug, isPolicyAreaSlug } from '../policy-areas/policy-areas.js';
import { type EventFilter, type EventSummary, eventInRegion, matchesFilter } from './queries.js';
import { isTimeZone } from './time.js';
import { type AttendanceMode, attendanceModes } from './types.js';

export const whens = ['upcoming', 'past', 'all'] as const;
export type When = (typeof whens)[number];

/** What /events was asked for, after validation: unknown values are dropped and named in a notice. */
export interface EventListState {
  /** Given in the address; without it, upcoming events (or all of a chosen month). */
  when?: When | undefined;
  policyArea?: PolicyAreaSlug | undefined;
  region?: string | undefined;
  mode?: AttendanceMode | undefined;
  /** YYYY-MM. */
  month?: string | undefined;
}

/**
 * M49 regions, each followed by its sub-regions, an event list can be narrowed to (the world is no
 * filter). Listed by hand: object keys such as '142' would otherwise come first, in numeric order.
 */
export const filterRegions = ['002', '015', '202', '014', '017', '018', '011', '019', '419', '029', '013', '005', '021', '142', '143', '030', '035', '034', '145', '150', '151', '154', '039', '155', '009', '053', '054', '057', '061'].filter((code) => code in regionNames);

const isWhen = (v: string): v is When => (whens as readonly string[]).includes(v);
const isMode = (v: string): v is AttendanceMode => (attendanceModes as readonly string[]).includes(v);
const isRegion = (v: string): v is string => filterRegions.includes(v);

/** A month as YYYY-MM between 1900 and 2199. */
export function isMonth(value: string): value is string {
  return /^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/.test(value);
}

export function readEventListState(c: Context<AppEnv>): EventListState {
  return {
    when: queryFilter(c, 'when', isWhen),
    policyArea: queryFilter(c, 'policyArea', isPolicyAreaSlug),
    region: queryFilter(c, 'region', isRegion),
    mode: queryFilter(c, 'mode', isMode),
    month: queryFilter(c, 'month', isMonth),
  };
}

/** Which tab is shown: the one asked for; else all events of a chosen month, else upcoming ones. */
export function effectiveWhen(state: EventListState): When {
  return state.when ?? (state.month ? 'all' : 'upcoming');
}

export function eventFilter(state: EventListState): EventFilter {
  const { policyArea, region, mode, month } = state;
  return { when: effectiveWhen(state), policyArea, region, mode, month };
}

/** The state as query parameters for links, with changes (undefined removes a parameter). */
export function listParams(state: EventListState, change: Partial<Record<keyof EventListState, string | undefined>> = {}): Record<string, string | undefined> {
  return { when: state.when, policyArea: state.policyArea, region: state.region, mode: state.mode, month: state.month, ...change };
}

/** The month `n` months after `month` (YYYY-MM). */
export function shiftMonth(month: string, n: number): string {
  return DateTime.fromISO(`${month}-01`, { zone: 'UTC' }).plus({ months: n }).toFormat('yyyy-MM');
}

/** Zones offered by the programme's time switch (any other valid IANA name is accepted from the address). */
export const commonZones = [
  'UTC',
  'America/Los_Angeles',
  'America/Mexico_City',
  'America/New_York',
  'America/Bogota',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
  'Europe/London',
  'Europe/Paris',
  'Europe/Zurich',
  'Africa/Dakar',
  'Africa/Lagos',
  'Africa/Cairo',
  'Africa/Johannesburg',
  'Africa/Nairobi',
  'Asia/Dubai',
  'Asia/Karachi',
  'Asia/Kolkata',
  'Asia/Dhaka',
  'Asia/Bangkok',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Fiji',
];

/**
 * The zone a programme is shown in: `?tz=` when it names an IANA zone, else the event's own zone
 * (an unknown name is ignored, and the page says so).
 */
export function readTimeZone(c: Context<AppEnv>, eventZone: string): string {
  return queryFilter(c, 'tz', (v: string): v is string => isTimeZone(v)) ?? eventZone;
}

/** The filters of /events whose values get counts. */
export type CountedFilter = 'policyArea' | 'region' | 'mode';

/**
 * How many events each value of a filter would list with the other filters kept (values with none left
 * out), from the events matching every other filter: no query more than the list's own.
 */
export function eventFilterCounts(candidates: readonly EventSummary[], filter: EventFilter): Record<CountedFilter, Map<string, number>> {
  const within = (except: CountedFilter) => candidates.filter((e) => matchesFilter(e, { ...filter, [except]: undefined }));
  const tally = (events: readonly EventSummary[], valuesOf: (e: EventSummary) => readonly string[]) => {
    const counts = new Map<string, number>();
    for (const e of events) for (const value of valuesOf(e)) counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
  };
  return {
    policyArea: tally(within('policyArea'), (e) => e.policyAreas),
    region: tally(within('region'), (e) => filterRegions.filter((r) => eventInRegion(e, r))),
    mode: tally(within('mode'), (e) => [e.attendanceMode]),
  };
}
