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

export interface Revision {
  id: number;
  /** Null for a new item until it is approved. */
  itemId: number | null;
  organisationId: number;
  type: RevisionData['type'];
  status: RevisionStatus;
  data: RevisionData;
  /** Why the secretariat returned it (kept after resubmission, so that the history can show it). */
  reason: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export { type RevisionInput, revisionInput } from './schema.js';
