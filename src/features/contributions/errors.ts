/**
 * Why a workflow command refused, with the HTTP status a caller answers with. A revision of another
 * organisation reads as not found, so that changing ids in a URL tells nothing about other partners.
 */
export const workflowErrorStatus = {
  'not-found': 404,
  'item-not-found': 404,
  'organisation-not-found': 404,
  'not-linked': 403,
  'not-editable': 409,
  'not-submitted': 409,
  'not-open': 409,
  'open-revision-exists': 409,
  'type-fixed': 422,
  'invalid-data': 422,
  'unknown-organisation': 422,
  'organisation-not-named': 422,
  'reason-required': 422,
  'invalid-status': 422,
} as const;
export type WorkflowErrorId = keyof typeof workflowErrorStatus;

export class WorkflowError extends Error {
  override readonly name = 'WorkflowError';
  readonly status: (typeof workflowErrorStatus)[WorkflowErrorId];

  constructor(
    readonly id: WorkflowErrorId,
    message: string,
    /** Field path → message, for a form to show beside each field ('text.en.title', 'reason'…). */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.status = workflowErrorStatus[id];
  }
}
