import { translator } from '../../web/i18n/i18n.js';
import type { MailMessage } from '../mail/outbox.js';
import type { ContactRecipient } from './queries.js';
import type { ContactInput } from './schema.js';

/**
 * The email that brings a message of the contact form to one recipient, in the recipient's language:
 * who wrote (the address to reply to), the topic, the page's language, then the message as written.
 * The hub sends nothing to the sender: the form would otherwise mail any address anyone types.
 */
export function contactEmail(to: ContactRecipient, input: ContactInput, context: { id: number; site: string; pageLocale: string }): MailMessage {
  const t = translator(to.locale);
  const topic = t(`about.contact.topic.${input.topic}`);
  const text = [
    t('about.email.intro', { name: input.name, email: input.email, site: context.site }),
    t('about.email.topic', { topic }),
    t('about.email.language', { language: t(`language.${context.pageLocale}`) }),
    '',
    input.message,
    '',
    t('about.email.reply', { email: input.email, id: String(context.id) }),
  ].join('\n');
  return { to: to.email, subject: t('about.email.subject', { site: context.site, topic, name: input.name }), text, kind: 'contact' };
}
