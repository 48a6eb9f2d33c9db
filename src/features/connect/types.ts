import type { ItemType } from '../catalogue/types.js';
import type { PolicyAreaSlug } from '../policy-areas/policy-areas.js';

/** Who posts a request: a country's focal point, or a member for a government body, a business association or an SME support organisation. */
export const requesterKinds = ['focal-point', 'government', 'business-association', 'sme-support'] as const;
export type RequesterKind = (typeof requesterKinds)[number];

export const supportKinds = ['technical-assistance', 'training', 'financing', 'data', 'policy-advice'] as const;
export type SupportKind = (typeof supportKinds)[number];

export const urgencies = ['low', 'medium', 'high'] as const;
export type Urgency = (typeof urgencies)[number];

export const requestStatuses = ['open', 'supported', 'closed'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const actionPriorities = ['high', 'medium', 'low'] as const;
export type ActionPriority = (typeof actionPriorities)[number];

export const actionStatuses = ['not-started', 'in-progress', 'completed', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** What a factory, the demo loader or the request form needs to create one request. */
export interface RequestSeed {
  country: string;
  requesterKind: RequesterKind;
  /** The body asking, e.g. "Ministry of Commerce, Nepal": shown publicly. */
  requesterBody: string;
  /** Never shown publicly: only to partners that expressed interest, the requester and the secretariat. */
  contactName: string;
  contactEmail: string;
  title: string;
  /** Plain text (Markdown rendered with raw HTML off). */
  description: string;
  sourceLocale: 'en' | 'fr' | 'es';
  policyAreas: PolicyAreaSlug[];
  supportKinds: SupportKind[];
  /** ISO 639-1 codes the requester can work in. */
  languages: string[];
  urgency: Urgency;
  /** YYYY-MM-DD; must not be in the past when posted. */
  deadline?: string;
  isSample?: boolean;
  /** The published solution or resource it is asked from ("Ask for this"); an unknown one is not recorded. */
  item?: ItemRef | null;
}

/** A catalogue item by its type and address. */
export interface ItemRef {
  type: ItemType;
  slug: string;
}

export interface ActionSeed {
  country: string;
  policyArea: PolicyAreaSlug;
  title: string;
  lead: string;
  supporting?: string;
  priority: ActionPriority;
  targetDate?: string;
  status?: ActionStatus;
  /** A recommendation's reference (`<event>/<session>/r<n>`), when the action answers one. */
  recommendationRef?: string;
  isSample?: boolean;
  notes?: { onDate: string; text: string; evidenceUrl?: string }[];
}

/** A request as pages, the API and the partner side read it (see requests.ts: findRequest, listRequests): the seed as stored. */
export interface RequestDetail extends Omit<RequestSeed, 'deadline' | 'isSample' | 'item'> {
  id: number;
  /** The published item it was asked from, or null. */
  item: ItemRef | null;
  requesterId: string | null;
  deadline: string | null;
  status: RequestStatus;
  isSample: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Why a solution or an organisation fits a request: a code of the `requests.reason` catalogue and its values. */
export interface MatchReason {
  code: string;
  values?: Record<string, string | number>;
  /** Points this reason added to the score. */
  points: number;
}

export interface Match {
  type: 'solution' | 'organisation';
  slug: string;
  name: string;
  score: number;
  reasons: MatchReason[];
}
