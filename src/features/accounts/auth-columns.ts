import type { Dialect } from '../../db/database.js';

/*
 * Values for better-auth's own columns when the hub writes them directly: they use better-auth's
 * types on each database (timestamptz and boolean on PostgreSQL, text and integer on SQLite; decision 009).
 */
export const authDate = (dialect: Dialect, date: Date): Date | string => (dialect === 'postgres' ? date : date.toISOString());
export const authFlag = (dialect: Dialect, value: boolean): boolean | number => (dialect === 'postgres' ? value : value ? 1 : 0);
