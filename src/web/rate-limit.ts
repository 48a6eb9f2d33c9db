import { isIP } from 'node:net';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';

export interface Limit {
  max: number;
  windowMs: number;
}

const minute = 60_000;

/**
 * The abuse limits, in one place. Counts live in the database (`rate_limits`), so every app server
 * counts together, and each is taken before the work it guards (a request over the limit does
 * nothing, parallel requests cannot slip past). Per-address limits are generous because many people
 * share one address (offices, mobile carriers' NAT); the per-recipient limit is what stops the hub
 * from mailing someone in bulk.
 */
export const abuseLimits = {
  /** Wrong passwords from one address for one account. */
  signInAccountAddress: { max: 5, windowMs: 15 * minute },
  /** Sign-ins from one address, whatever the account. */
  signInAddress: { max: 20, windowMs: 15 * minute },
  /** Sign-ins to one account from anywhere: a higher ceiling, so that a guesser elsewhere does not lock the owner out. */
  signInAccount: { max: 50, windowMs: 60 * minute },
  /** Anonymous writes that send an email (registrations, sign-ups, password resets, sign-in links, confirmations), per address. */
  emailAddress: { max: 30, windowMs: 60 * minute },
  /** Emails those writes send to one recipient. */
  emailRecipient: { max: 5, windowMs: 60 * minute },
  /** Messages through the contact form (/contact) from one address. */
  contactAddress: { max: 10, windowMs: 60 * minute },
  /** Messages through the contact form signed with one email address, from anywhere. */
  contactSender: { max: 3, windowMs: 60 * minute },
} as const satisfies Record<string, Limit>;

export type LimitName = keyof typeof abuseLimits;

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; limit: LimitName };

/**
 * The key of a client address: IPv4 as is (an IPv4-mapped IPv6 address too), IPv6 by its /64 prefix,
 * which one subscriber usually holds whole. Null when the address is unknown (in-process tests).
 */
export function addressKey(address: string | null | undefined): string | null {
  if (!address) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/**
 * Count one use of `limit` for `subject` and say whether it is allowed: atomically, in one statement
 * (an upsert that starts a new window when the old one is over), on either database.
 */
export async function take(db: Kysely<Database>, name: LimitName, subject: string, now = Date.now()): Promise<Verdict> {
  const limit: Limit = abuseLimits[name];
  const key = `${name}:${subject}`;
  const expired = now - limit.windowMs;
  const { rows } = await sql<{ count: number; windowStart: number }>`
    insert into rate_limits (id, key, count, last_request, window_start) values (${key}, ${key}, 1, ${now}, ${now})
    on conflict (key) do update set
      count = case when rate_limits.window_start <= ${expired} then 1 else rate_limits.count + 1 end,
      window_start = case when rate_limits.window_start <= ${expired} then ${now} else rate_limits.window_start end,
      last_request = ${now}
    returning count, window_start as "windowStart"`.execute(db.withoutPlugins());
  const row = rows[0]!;
  if (Math.random() < 0.01) await prune(db, now);
  if (Number(row.count) <= limit.max) return { allowed: true };
  return { allowed: false, limit: name, retryAfterSeconds: Math.max(1, Math.ceil((Number(row.windowStart) + limit.windowMs - now) / 1000)) };
}

/**
 * Take every limit in order, stopping at the first refusal (the later ones are not counted for a
 * refused request); in one transaction, so that a request pays for one commit, not one per limit.
 */
export async function takeAll(db: Kysely<Database>, limits: [LimitName, string | null][], now = Date.now()): Promise<Verdict> {
  return db.transaction().execute(async (trx) => {
    for (const [name, subject] of limits) {
      if (subject === null) continue;
      const verdict = await take(trx, name, subject, now);
      if (!verdict.allowed) return verdict;
    }
    return { allowed: true };
  });
}

/** An anonymous write that sends an email to `recipient`: the sender's address, then the recipient. */
export function emailLimits(address: string | null, recipient: string): [LimitName, string | null][] {
  return [
    ['emailAddress', addressKey(address)],
    ['emailRecipient', recipient.toLowerCase()],
  ];
}

/** A message through the contact form: the sender's network address, then the email address it gives. */
export function contactLimits(address: string | null, email: string): [LimitName, string | null][] {
  return [
    ['contactAddress', addressKey(address)],
    ['contactSender', email.toLowerCase()],
  ];
}

/** Forget a count (a successful sign-in clears its account-and-address count). */
export async function forget(db: Kysely<Database>, name: LimitName, subject: string): Promise<void> {
  await db.deleteFrom('rateLimits').where('key', '=', `${name}:${subject}`).execute();
}

/** Drop counts untouched for a day (keys of random addresses would otherwise pile up). */
async function prune(db: Kysely<Database>, now: number): Promise<void> {
  await db.deleteFrom('rateLimits').where('lastRequest', '<', now - 24 * 60 * minute).execute();
}
