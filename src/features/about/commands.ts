import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Locale } from '../../web/i18n/locales.js';
import { type Actor, recordAudit } from '../audit/audit.js';
import type { Mailer } from '../mail/outbox.js';
import { contactEmail } from './emails.js';
import type { ContactRecipient } from './queries.js';
import type { ContactInput } from './schema.js';

/**
 * Keep a message of the contact form and queue one email for each recipient, with its audit entry:
 * call inside a transaction, so that the message, its emails and the entry exist together or not at
 * all (the emails leave once it commits). With no recipient the message is kept all the same.
 */
export async function contactMessageSender(
  trx: Kysely<Database>,
  mailer: Pick<Mailer, 'send'>,
  input: ContactInput,
  context: { recipients: ContactRecipient[]; site: string; locale: Locale; userId: string | null; actor: Actor },
): Promise<{ id: number; recipients: number }> {
  const recipients = context.recipients.length;
  const row = { name: input.name, email: input.email, topic: input.topic, message: input.message, locale: context.locale, userId: context.userId, recipients, createdAt: new Date().toISOString() };
  const { id } = await trx.insertInto('contactMessages').values(row).returning('id').executeTakeFirstOrThrow();
  for (const to of context.recipients) await mailer.send(trx, contactEmail(to, input, { id, site: context.site, pageLocale: context.locale }));
  // The message itself stays in its table; the log records who wrote, about what, and how many were told.
  await recordAudit(trx, { actor: context.actor, action: 'send', entityType: 'contact-message', entityId: id, after: { name: input.name, email: input.email, topic: input.topic, recipients } });
  return { id, recipients };
}
