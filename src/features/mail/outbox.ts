import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely, Selectable } from 'kysely';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { Logger } from 'pino';
import type { Database, OutboxTable } from '../../db/schema.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** What the email is for: 'verify-email', 'reset-password', 'invitation', 'review'… */
  kind: string;
}

export type OutboxRow = Selectable<OutboxTable>;

export interface MailerOptions {
  /** Where each message is also written as `<id>-<kind>.eml` (development, tests, audits). */
  outboxDir?: string | undefined;
  /** smtp://user:pass@host:port or smtps://…; query parameters are transport options (connectionTimeout=…). */
  smtpUrl?: string | undefined;
  /** The From header, e.g. 'E4D Hub <no-reply@e4d.example>'. */
  from: string;
  logger?: Logger | undefined;
}

/**
 * Every email goes through the outbox table first, so that it is kept (and testable) whatever
 * happens to delivery: then to a .eml file and/or SMTP. An SMTP failure is recorded on the row and
 * logged, never thrown: the action that sent the email (sign-up, invitation…) has already happened.
 */
export class Mailer {
  readonly #options: MailerOptions;
  readonly #transport;

  constructor(options: MailerOptions) {
    this.#options = options;
    // Timeouts short enough not to hold a request (or a transaction) for minutes; the URL's own query parameters win.
    this.#transport = options.smtpUrl
      ? nodemailer.createTransport({ url: options.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })
      : undefined;
  }

  /**
   * Records the message and delivers it; returns the outbox id. `db` may be a transaction: the row is
   * inserted (and its sentAt/error set) with it. Delivery then happens before that transaction
   * commits, so send last in the transaction.
   */
  async send(db: Kysely<Database>, message: MailMessage): Promise<number> {
    const { id } = await db
      .insertInto('outbox')
      .values({ toAddress: message.to, subject: message.subject, text: message.text, kind: message.kind, createdAt: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();

    // One RFC 5322 message (CRLF line ends throughout), written to the file and sent as is over SMTP.
    const raw = await new MailComposer({
      from: this.#options.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      date: new Date(),
      headers: { 'X-E4D-Kind': message.kind, 'X-E4D-Outbox-Id': String(id) },
      newline: 'windows',
    })
      .compile()
      .build();

    const { outboxDir, logger } = this.#options;
    if (outboxDir) {
      await mkdir(outboxDir, { recursive: true });
      await writeFile(path.join(outboxDir, `${id}-${message.kind.replace(/[^\w-]/g, '_')}.eml`), raw);
    }

    if (this.#transport) {
      try {
        await this.#transport.sendMail({ envelope: { from: this.#options.from, to: message.to }, raw });
        await db.updateTable('outbox').set({ sentAt: new Date().toISOString(), error: null }).where('id', '=', id).execute();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        logger?.error({ err: error, outboxId: id, kind: message.kind }, 'email not sent');
        await db.updateTable('outbox').set({ error: reason }).where('id', '=', id).execute();
      }
    }
    return id;
  }
}

/** The emails sent to one address, newest first. */
export async function outboxFor(db: Kysely<Database>, to: string): Promise<OutboxRow[]> {
  return db.selectFrom('outbox').selectAll().where('toAddress', '=', to).orderBy('id', 'desc').execute();
}

/** The http(s) links in an email body, in order (a trailing full stop or bracket is not part of a link). */
export function linksIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>"']+/g)].map(([url]) => url.replace(/[.,;:!?)\]]+$/, ''));
}
