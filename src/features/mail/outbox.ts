import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Kysely, type Selectable, sql } from 'kysely';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { Logger } from 'pino';
import { isPostgres } from '../../db/migrations/dialect.js';
import type { Database, OutboxTable } from '../../db/schema.js';
import { defaultHubName } from '../../web/brand.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** What the email is for: 'verify-email', 'reset-password', 'invitation', 'review'… */
  kind: string;
}

export type OutboxRow = Selectable<OutboxTable>;

export interface MailerOptions {
  /** Where the sender claims queued rows; needed as soon as there is somewhere to deliver to. */
  db?: Kysely<Database> | undefined;
  /** Where each message is written as `<id>-<kind>.eml` (development, tests, audits). */
  outboxDir?: string | undefined;
  /** smtp://user:pass@host:port or smtps://…; query parameters are transport options (connectionTimeout=…). */
  smtpUrl?: string | undefined;
  /** The From header, e.g. 'E4D Hub <no-reply@e4d.example>'. */
  from: string;
  logger?: Logger | undefined;
  /** Waits before each new attempt after a refusal; one attempt more than there are waits. */
  retryDelaysMs?: readonly number[];
  /** A row claimed longer ago than this was left by a sender that stopped mid-delivery. */
  leaseMs?: number;
  /** The operator's name for the hub (HUB_NAME): put in place of "E4D Hub" in subjects and signatures (`branded`). */
  siteName?: string | undefined;
}

/** 1 min, 5 min, 30 min, 2 h, 6 h: six attempts over about nine hours. */
export const defaultRetryDelaysMs = [60_000, 300_000, 1_800_000, 7_200_000, 21_600_000] as const;
const batchSize = 20;

/**
 * Emails go through the outbox table. `send` only queues a row, in the caller's transaction, so a
 * write that rolls back sends nothing. A sender (`deliverDue`: woken by `kick` after each request
 * and every few seconds by `start`, on every app server) claims due rows, writes the .eml file and/or
 * hands the message to SMTP, and records the outcome. A row is claimed by one sender only and is
 * never handed over twice: a refusal is retried with back-off, but a row whose sender stopped
 * mid-delivery (claimed, outcome unknown) is marked `unknown` and left for a person to look at.
 */
export class Mailer {
  readonly #options: MailerOptions;
  readonly #transport;
  readonly #retryDelays: readonly number[];
  #queued = false;
  #running: Promise<void> | undefined;
  #again = false;
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(options: MailerOptions) {
    this.#options = options;
    this.#retryDelays = options.retryDelaysMs ?? defaultRetryDelaysMs;
    // Timeouts short enough not to hold the sender for minutes; the URL's own query parameters win.
    this.#transport = options.smtpUrl
      ? nodemailer.createTransport({ url: options.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })
      : undefined;
    if (this.delivers && !options.db) throw new Error('Mailer: delivering (outboxDir or smtpUrl) needs the database');
  }

  /** True when there is somewhere to deliver to; otherwise emails stay queued in the table. */
  get delivers(): boolean {
    return Boolean(this.#options.outboxDir || this.#transport);
  }

  /** Queue the message in `db` (a transaction, usually: it leaves only if that commits); returns the outbox id. */
  async send(db: Kysely<Database>, unbranded: MailMessage): Promise<number> {
    const message = branded(unbranded, this.#options.siteName ?? defaultHubName);
    const { id } = await db
      .insertInto('outbox')
      .values({ toAddress: message.to, subject: message.subject, text: message.text, kind: message.kind, createdAt: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    this.#queued = true;
    return id;
  }

  /** After a request (its transaction over): deliver what it queued, in the background. */
  kick(): void {
    if (!this.#queued || !this.delivers || this.#stopped) return;
    this.#queued = false;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#drain().finally(() => (this.#running = undefined));
  }

  /** Look for due rows every `intervalMs` too: retries, rows queued by other servers or before a restart. */
  start(intervalMs = 5_000): void {
    if (!this.delivers || this.#timer) return;
    this.#timer = setInterval(() => {
      this.#queued = true;
      this.kick();
    }, intervalMs);
    this.#timer.unref();
    this.#queued = true;
    this.kick();
  }

  /** Stop looking and wait for the delivery under way (shutdown). */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    await this.#running;
  }

  async #drain(): Promise<void> {
    do {
      this.#again = false;
      try {
        await this.deliverDue();
      } catch (error) {
        this.#options.logger?.warn({ err: error }, 'outbox: delivery pass failed; will try again');
      }
    } while (this.#again && !this.#stopped);
  }

  /** One delivery pass: gives up rows left mid-delivery, then claims and delivers due rows; returns how many it delivered or refused. */
  async deliverDue(now = new Date()): Promise<number> {
    const db = this.#options.db;
    if (!db || !this.delivers) return 0;
    await this.#abandonStale(db, now);
    let handled = 0;
    for (;;) {
      const rows = await this.#claim(db, now);
      for (const row of rows) await this.#deliver(db, row, now);
      handled += rows.length;
      if (rows.length < batchSize || this.#stopped) return handled;
    }
  }

  async #claim(db: Kysely<Database>, now: Date): Promise<OutboxRow[]> {
    const at = now.toISOString();
    let due = db
      .selectFrom('outbox')
      .select('id')
      .where('status', 'in', ['queued', 'retry'])
      .where((eb) => eb.or([eb('nextAttemptAt', 'is', null), eb('nextAttemptAt', '<=', at)]))
      .orderBy('id')
      .limit(batchSize);
    // Several app servers: each claims rows no other is claiming (SQLite has one writer at a time).
    if (isPostgres(db)) due = due.forUpdate().skipLocked();
    return db
      .updateTable('outbox')
      .set({ status: 'sending', claimedAt: at, attempts: sql<number>`attempts + 1` })
      .where('id', 'in', due)
      .where('status', 'in', ['queued', 'retry'])
      .returningAll()
      .execute();
  }

  async #abandonStale(db: Kysely<Database>, now: Date): Promise<void> {
    const before = new Date(now.getTime() - (this.#options.leaseMs ?? 10 * 60_000)).toISOString();
    const left = await db
      .updateTable('outbox')
      .set({ status: 'unknown', error: 'The sender stopped while delivering this email; it is not sent again, so that it is never sent twice.' })
      .where('status', '=', 'sending')
      .where('claimedAt', '<', before)
      .returning('id')
      .execute();
    if (left.length) this.#options.logger?.error({ outboxIds: left.map((r) => r.id) }, 'outbox: emails left mid-delivery by a stopped sender; not sent again');
  }

  async #deliver(db: Kysely<Database>, row: OutboxRow, now: Date): Promise<void> {
    const { outboxDir, logger } = this.#options;
    try {
      const raw = await this.#compose(row);
      if (outboxDir) {
        await mkdir(outboxDir, { recursive: true });
        await writeFile(path.join(outboxDir, `${row.id}-${row.kind.replace(/[^\w-]/g, '_')}.eml`), raw);
      }
      if (this.#transport) await this.#transport.sendMail({ envelope: { from: this.#options.from, to: row.toAddress }, raw });
      const done = new Date().toISOString();
      await db.updateTable('outbox').set({ status: 'delivered', sentAt: this.#transport ? done : null, error: null, claimedAt: null }).where('id', '=', row.id).execute();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // 5xx: the server refused this message for good; anything else (4xx, network, disk) may pass later.
      const permanent = Number((error as { responseCode?: unknown }).responseCode) >= 500;
      const wait = permanent ? undefined : this.#retryDelays[row.attempts - 1];
      logger?.error({ err: error, outboxId: row.id, kind: row.kind, attempts: row.attempts, retry: wait !== undefined }, 'email not sent');
      await db
        .updateTable('outbox')
        .set(
          wait === undefined
            ? { status: 'failed', error: reason, claimedAt: null }
            : { status: 'retry', error: reason, claimedAt: null, nextAttemptAt: new Date(now.getTime() + wait).toISOString() },
        )
        .where('id', '=', row.id)
        .execute();
    }
  }

  /** One RFC 5322 message (CRLF line ends throughout), written to the file and sent as is over SMTP. */
  #compose(row: OutboxRow): Promise<Buffer> {
    return new MailComposer({
      from: this.#options.from,
      to: row.toAddress,
      subject: row.subject,
      text: row.text,
      date: new Date(row.createdAt),
      headers: { 'X-E4D-Kind': row.kind, 'X-E4D-Outbox-Id': String(row.id) },
      newline: 'windows',
    })
      .compile()
      .build();
  }
}

/**
 * A message under the operator's name: the catalogues write "E4D Hub" in emails' subjects and in the
 * signature, their last line; with another HUB_NAME, those say it instead. The rest of the text (which
 * may quote what someone wrote) is left as it is (decision 021).
 */
export function branded(message: MailMessage, siteName: string): MailMessage {
  if (siteName === defaultHubName) return message;
  const lines = message.text.split('\n');
  lines[lines.length - 1] = lines.at(-1)!.replaceAll(defaultHubName, siteName);
  return { ...message, subject: message.subject.replaceAll(defaultHubName, siteName), text: lines.join('\n') };
}

/** The emails sent to one address, newest first. */
export async function outboxFor(db: Kysely<Database>, to: string): Promise<OutboxRow[]> {
  return db.selectFrom('outbox').selectAll().where('toAddress', '=', to).orderBy('id', 'desc').execute();
}

/** The http(s) links in an email body, in order (a trailing full stop or bracket is not part of a link). */
export function linksIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>"']+/g)].map(([url]) => url.replace(/[.,;:!?)\]]+$/, ''));
}
