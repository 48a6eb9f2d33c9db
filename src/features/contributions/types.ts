import type { Selectable } from 'kysely';
import type { ItemRevisionTable } from '../../db/schema.js';
import type { ItemSeed } from '../catalogue/types.js';

/**
 * A partner's proposed new item or change to an item goes through these states; the secretariat
 * approves or returns it with a reason. Only `approved` touches the public catalogue.
 */
export const revisionStatuses = ['draft', 'submitted', 'returned', 'approved', 'withdrawn'] as const;
export type RevisionStatus = (typeof revisionStatuses)[number];

/** States in which a revision still waits for someone: an item has at most one of these at a time. */
export const openRevisionStatuses = ['draft', 'submitted', 'returned'] as const satisfies readonly RevisionStatus[];

/** Which states the author may still edit. */
export const editableRevisionStatuses = ['draft', 'returned'] as const satisfies readonly RevisionStatus[];

/**
 * The editable fields of an item, as a revision stores them (JSON in item_revisions.data). The slug is
 * made from the title at approval and the source is the contributing organisation, so neither is here.
 */
export type RevisionData = Omit<ItemSeed, 'slug' | 'source'>;

/** Who acts, for the audit log. */
export interface Actor {
  userId: string;
  email: string;
  ip: string | null;
}

/** A revision as stored (the table's fields, schema.ts), its type and status narrowed and its data read back from JSON. */
export interface Revision extends Omit<Selectable<ItemRevisionTable>, 'type' | 'status' | 'data'> {
  type: RevisionData['type'];
  status: RevisionStatus;
  data: RevisionData;
}

export { type RevisionInput, revisionInput } from './schema.js';
