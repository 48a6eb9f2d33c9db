/** The one error catalogue: a stable id, an HTTP status and a message a person can act on. */
export const errorCatalogue = {
  not_found: { status: 404, message: 'Not found.' },
  invalid_parameter: { status: 400, message: 'A parameter is not valid.' },
  unknown_host: { status: 400, message: 'This server does not answer to that host name; use the hub’s public address.' },
  forbidden: { status: 403, message: 'You do not have access to this.' },
  csrf: { status: 403, message: 'The form has expired or did not come from the hub; reload it and send it again.' },
  conflict: { status: 409, message: 'This cannot be done in the current state.' },
  internal: { status: 500, message: 'The hub could not complete the request.' },
  unavailable: { status: 503, message: 'The hub cannot reach its database right now; try again in a moment.' },
  cannot_save: { status: 503, message: 'The hub cannot save right now (its storage is full or read-only); nothing was changed. Try again later.' },
} as const;
export type ErrorId = keyof typeof errorCatalogue;

export class AppError extends Error {
  readonly status: 400 | 403 | 404 | 409 | 500 | 503;
  constructor(
    readonly id: ErrorId,
    message?: string,
    /** The parameter that was wrong, when there is one. */
    readonly parameter?: string,
  ) {
    super(message ?? errorCatalogue[id].message);
    this.status = errorCatalogue[id].status;
  }
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} was not found.`);
}

export interface ErrorBody {
  error: { id: ErrorId; message: string; parameter?: string };
}

export function errorBody(error: AppError): ErrorBody {
  return { error: { id: error.id, message: error.message, ...(error.parameter ? { parameter: error.parameter } : {}) } };
}
