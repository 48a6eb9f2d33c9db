/** A verb of `npm run cli`: its usage lines and what it does with the arguments after it. */
export interface CliCommand {
  usage: string;
  /** Resolves to the exit status. */
  run(args: string[]): Promise<number>;
}

/** Arguments that do not fit the command: the message and the usage are printed, and the status is 2. */
export class UsageError extends Error {}

/** Errors of node:util parseArgs (an unknown option, a missing value) are usage errors too. */
export function isUsageError(error: unknown): error is Error {
  return error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
}
