import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.js';
import { countryReferenceSyncer } from '../src/features/countries/commands.js';
import { organisationCreator } from '../src/features/organisations/commands.js';
import { itemCreator } from '../src/features/catalogue/commands.js';
import { demoCatalogue } from './demo/catalogue/index.js';
import { demoOrganisations } from './demo/organisations.js';
import { addedOrganisations } from './demo/organisations-added.js';
import { ecommerceWeek2017 } from './demo/events-2017.js';
import { followUpEvents2017 } from './demo/events-2017-follow-up.js';
import { laterEcommerceWeeks } from './demo/events-eweeks.js';
import { upcomingSampleEvents } from './demo/events-upcoming.js';
import { eventCreator } from '../src/features/events/commands.js';
import { loadSampleRequests } from './demo/requests-sample.js';
import { loadSampleAssessment } from './demo/assessment-sample.js';
import { loadSampleActions } from './demo/actions-sample.js';

export interface LoadReport {
  /** Items added per kind of content. */
  added: Record<string, number>;
  /** Items already present and left as they were. */
  kept: Record<string, number>;
}

export { loadOfficialFigures } from './reference/load.js';

/** Reference data every hub needs (countries); brought up to date at every start. */
export async function loadReferenceData(db: Kysely<Database>): Promise<number> {
  return countryReferenceSyncer(db);
}

/**
 * A set of demo content: later features add theirs to `demoSets`. Each set adds the items
 * that are missing (by slug) and leaves the others alone, so loading twice changes nothing.
 */
interface DemoSet {
  name: string;
  load(trx: Kysely<Database>): Promise<{ added: number; kept: number }>;
}

/** The report's partners, then the organisations added for issue 13 (slugs never repeat). */
export const allDemoOrganisations = [...demoOrganisations, ...addedOrganisations];

const organisations: DemoSet = {
  name: 'organisations',
  async load(trx) {
    const existing = new Set((await trx.selectFrom('organisations').select('slug').execute()).map((r) => r.slug));
    let added = 0;
    for (const seed of allDemoOrganisations) {
      if (existing.has(seed.slug)) continue;
      await organisationCreator(trx, seed);
      added += 1;
    }
    return { added, kept: allDemoOrganisations.length - added };
  },
};

const catalogue: DemoSet = {
  name: 'catalogue',
  async load(trx) {
    const existing = new Set((await trx.selectFrom('items').select(['type', 'slug']).execute()).map((r) => `${r.type}/${r.slug}`));
    let added = 0;
    for (const seed of demoCatalogue) {
      if (existing.has(`${seed.type}/${seed.slug}`)) continue;
      await itemCreator(trx, seed);
      added += 1;
    }
    return { added, kept: demoCatalogue.length - added };
  },
};

/**
 * UNCTAD E-Commerce Week 2017 (from the report), the follow-up processes it names and the later
 * E-Commerce Weeks (real, past events), and a few upcoming sample events, placed some weeks after the
 * day they are loaded. Events are matched by slug, so loading again adds nothing.
 */
const events: DemoSet = {
  name: 'events',
  async load(trx) {
    const seeds = [ecommerceWeek2017, ...followUpEvents2017, ...laterEcommerceWeeks, ...upcomingSampleEvents(new Date())];
    const existing = new Set((await trx.selectFrom('events').select('slug').execute()).map((r) => r.slug));
    let added = 0;
    for (const seed of seeds) {
      if (existing.has(seed.slug)) continue;
      await eventCreator(trx, seed);
      added += 1;
    }
    return { added, kept: seeds.length - added };
  },
};

/**
 * In load order: items and events name their organisations; requests are matched against the
 * catalogue; sample actions link to the event's recommendations.
 */
export const demoSets: DemoSet[] = [
  organisations,
  catalogue,
  events,
  { name: 'requestsSample', load: loadSampleRequests },
  { name: 'assessmentSample', load: loadSampleAssessment },
  { name: 'actionsSample', load: loadSampleActions },
];

/** Load every demo set in one transaction: all of it or nothing. */
export async function loadDemoContent(db: Kysely<Database>): Promise<LoadReport> {
  return db.transaction().execute(loadDemoSets);
}

/**
 * The demo content for a hub that holds none yet, or undefined. The check is inside the loading
 * transaction: on SQLite (transactions take the write lock as they begin) two servers starting at
 * once cannot both load; on PostgreSQL the start lock (src/db/start-lock.ts) keeps them apart.
 */
export async function loadDemoContentIfEmpty(db: Kysely<Database>): Promise<LoadReport | undefined> {
  return db.transaction().execute(async (trx) => ((await isEmpty(trx)) ? loadDemoSets(trx) : undefined));
}

async function loadDemoSets(trx: Kysely<Database>): Promise<LoadReport> {
  const report: LoadReport = { added: {}, kept: {} };
  for (const set of demoSets) {
    const { added, kept } = await set.load(trx);
    report.added[set.name] = added;
    report.kept[set.name] = kept;
  }
  return report;
}

/** True when the hub holds no content yet (reference data aside). */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
