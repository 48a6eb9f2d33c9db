import { translator } from '../../web/i18n/i18n.js';
import { isLocale } from '../../web/i18n/locales.js';
import type { MailMessage } from '../mail/outbox.js';

export type AccountEmailKind = 'verify-email' | 'reset-password' | 'invitation' | 'sign-in-link' | 'account-exists';

/** An account email in the recipient's language for emails (English when unknown): greeting, text, the link, signature. */
export function accountEmail(
  kind: AccountEmailKind,
  to: { email: string; name: string; emailLocale?: unknown },
  url: string,
  values: Record<string, string> = {},
): MailMessage {
  const t = translator(isLocale(to.emailLocale) ? to.emailLocale : 'en');
  const text = [t('accounts.email.greeting', { name: to.name }), '', t(`accounts.email.${kind}.body`, values), url, '', t('accounts.email.signature')].join('\n');
  return { to: to.email, subject: t(`accounts.email.${kind}.subject`, values), text, kind };
}
