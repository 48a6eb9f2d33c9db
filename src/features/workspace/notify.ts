import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { AppDeps } from '../../web/context.js';
import { translator } from '../../web/i18n/i18n.js';
import { isLocale } from '../../web/i18n/locales.js';

/**
 * Tell every secretariat account, each in the language of its emails, that a proposal (an item or
 * an event) waits for review. Called inside the transaction that submits it, last: the emails exist only if the
 * submission does.
 */
export async function notifySecretariat(
  trx: Kysely<Database>,
  deps: Pick<AppDeps, 'mailer' | 'baseUrl'>,
  proposal: { /** Where the secretariat reviews it: /admin/revisions/12, /admin/events… */ path: string; title: string; workspace: string; author: string },
): Promise<void> {
  const staff = await trx.selectFrom('users').select(['email', 'name', 'emailLocale']).where('hubRole', '=', 'secretariat').where('deletedAt', 'is', null).execute();
  const values = { title: proposal.title, workspace: proposal.workspace, author: proposal.author };
  for (const person of staff) {
    const t = translator(isLocale(person.emailLocale) ? person.emailLocale : 'en');
    const text = [
      t('accounts.email.greeting', { name: person.name }),
      '',
      t('workspace.email.review.body', values),
      `${deps.baseUrl}${proposal.path}`,
      '',
      t('accounts.email.signature'),
    ].join('\n');
    await deps.mailer.send(trx, { to: person.email, subject: t('workspace.email.review.subject', values), text, kind: 'review' });
  }
}
