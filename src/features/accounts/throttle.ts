import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';

/** Failed sign-ins allowed per window: per account, and per network address (many accounts tried from one place). */
export const signInLimits = { account: 5, address: 20, windowMs: 15 * 60 * 1000 };

const keysOf = (email: string, ip: string | null) => [`sign-in:account:${email.toLowerCase()}`, ...(ip ? [`sign-in:address:${ip}`] : [])];

/**
 * Sign-in throttling in the database (the `rate_limits` table), so that every app server counts the
 * same. Returns the minutes to wait when the account or the address has used up its failures.
 */
export async function signInBlocked(db: Kysely<Database>, email: string, ip: string | null, now = Date.now()): Promise<number | undefined> {
  const rows = await sql<{ key: string; count: number; lastRequest: number }>`
    select key, count, last_request as "lastRequest" from rate_limits where key in (${sql.join(keysOf(email, ip))})`.execute(db.withoutPlugins());
  for (const row of rows.rows) {
    const limit = row.key.startsWith('sign-in:account:') ? signInLimits.account : signInLimits.address;
    const since = now - Number(row.lastRequest);
    if (row.count >= limit && since < signInLimits.windowMs) return Math.ceil((signInLimits.windowMs - since) / 60_000);
  }
  return undefined;
}

/** Count a failed sign-in for the account and the address (a new window after a quiet one). */
export async function signInFailed(db: Kysely<Database>, email: string, ip: string | null, now = Date.now()): Promise<void> {
  const raw = db.withoutPlugins();
  for (const key of keysOf(email, ip)) {
    const windowStart = now - signInLimits.windowMs;
    await sql`insert into rate_limits (id, key, count, last_request) values (${key}, ${key}, 1, ${now})
      on conflict (key) do update set
        count = case when rate_limits.last_request < ${windowStart} then 1 else rate_limits.count + 1 end,
        last_request = ${now}`.execute(raw);
  }
}

/** A successful sign-in clears the account's count (not the address's). */
export async function signInSucceeded(db: Kysely<Database>, email: string): Promise<void> {
  await sql`delete from rate_limits where key = ${`sign-in:account:${email.toLowerCase()}`}`.execute(db.withoutPlugins());
}
