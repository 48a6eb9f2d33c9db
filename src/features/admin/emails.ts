import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { translator } from '../../web/i18n/i18n.js';
import { isLocale } from '../../web/i18n/locales.js';
import type { MailMessage, Mailer } from '../mail/outbox.js';

/**
 * The email telling a revision's author what the secretariat decided, in the author's language for
 * emails: approved (with the item's public address) or returned (with the reason, and where to edit).
 */
export function reviewEmail(
  outcome: 'approved' | 'returned',
  to: { email: string; name: string; emailLocale: unknown },
  values: { title: string; url: string; reason?: string | null },
): MailMessage {
  const t = translator(isLocale(to.emailLocale) ? to.emailLocale : 'en');
  const reason = outcome === 'returned' && values.reason ? [values.reason, ''] : [];
  const lines = [
    t('accounts.email.greeting', { name: to.name }),
    '',
    t(`admin.email.${outcome}.body`, { title: values.title }),
    '',
    ...reason,
    t(`admin.email.${outcome}.link`),
    values.url,
    '',
    t('accounts.email.signature'),
  ];
  return { to: to.email, subject: t(`admin.email.${outcome}.subject`, { title: values.title }), text: lines.join('\n'), kind: 'review' };
}

/**
 * Send reviewEmail to the author of a proposal (a catalogue revision, a change to an event) inside the
 * transaction that records the decision; a deleted account gets nothing.
 */
export async function notifyAuthor(
  trx: Kysely<Database>,
  mailer: Pick<Mailer, 'send'>,
  authorId: string,
  outcome: 'approved' | 'returned',
  values: { title: string; url: string; reason?: string | null },
): Promise<void> {
  const author = await trx.selectFrom('users').select(['email', 'name', 'emailLocale', 'deletedAt']).where('id', '=', authorId).executeTakeFirst();
  if (!author || author.deletedAt) return;
  await mailer.send(trx, reviewEmail(outcome, author, values));
}
