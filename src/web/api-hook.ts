import type { Hook } from '@hono/zod-openapi';
import { AppError, errorBody } from '../lib/errors.js';

/** Turn a failed zod validation into the API's 400 error, naming the parameter. */
export const apiHook: Hook<any, any, any, any> = (result, c) => {
  if (result.success) return;
  const issue = result.error.issues[0];
  const parameter = issue?.path.join('.') || undefined;
  const message = parameter ? `Invalid value for "${parameter}": ${issue?.message}` : 'Invalid request.';
  return c.json(errorBody(new AppError('invalid_parameter', message, parameter)), 400);
};
