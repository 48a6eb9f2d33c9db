import pino, { type Logger } from 'pino';
import type { Env } from './env.js';

export function createLogger(level: Env['LOG_LEVEL']): Logger {
  return pino({ level, base: { service: 'e4d-hub' }, timestamp: pino.stdTimeFunctions.isoTime });
}
