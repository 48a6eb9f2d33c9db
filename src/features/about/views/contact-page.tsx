import { Select } from '../../../web/components/choices.js';
import { ErrorSummary, Field, type FieldErrors, PostForm } from '../../../web/components/form.js';
import { type Translate, formatters } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { contactMax, contactTopics } from '../schema.js';

/** Where a message goes, as the page tells the sender before and after sending. */
export type ContactDelivery = { to: 'address'; email: string } | { to: 'secretariat' } | { to: 'nobody' };

export interface ContactPageProps {
  t: Translate;
  locale: Locale;
  site: string;
  token: string;
  delivery: ContactDelivery;
  values: Record<string, string>;
  errors: FieldErrors;
}

function DeliveryNote({ t, delivery }: { t: Translate; delivery: ContactDelivery }) {
  if (delivery.to === 'address') {
    return (
      <p>
        {t('about.contact.toAddress')} <a href={`mailto:${delivery.email}`}>{delivery.email}</a>
      </p>
    );
  }
  if (delivery.to === 'secretariat') return <p>{t('about.contact.toSecretariat')}</p>;
  return (
    <p class="notice" role="status">
      {t('about.contact.toNobody')}
    </p>
  );
}

/** /contact: the form to the secretariat, with where the message goes said first. */
export function ContactPage({ t, locale, site, token, delivery, values, errors }: ContactPageProps) {
  return (
    <div class="prose">
      <h1>{t('about.contact.title')}</h1>
      <p class="lead">{t('about.contact.lead', { site })}</p>
      <DeliveryNote t={t} delivery={delivery} />
      <p>
        {t('about.contact.noCopy')} <a href="/privacy">{t('about.contact.privacyLink')}</a>
      </p>
      <ErrorSummary errors={errors} t={t} />
      <PostForm action="/contact" token={token}>
        <Field name="name" label={t('about.contact.field.name')} value={values.name} error={errors.name} required autocomplete="name" maxlength={contactMax.name} />
        <Field name="email" type="email" label={t('about.contact.field.email')} value={values.email} error={errors.email} required autocomplete="email" maxlength={contactMax.email} />
        <Select name="topic" label={t('about.contact.field.topic')} error={errors.topic} required>
          {contactTopics.map((topic) => (
            <option value={topic} selected={values.topic === topic}>
              {t(`about.contact.topic.${topic}`)}
            </option>
          ))}
        </Select>
        <Field
          name="message"
          label={t('about.contact.field.message')}
          hint={t('about.contact.field.messageHint', { max: formatters(locale).number(contactMax.message) })}
          value={values.message}
          error={errors.message}
          required
          maxlength={contactMax.message}
          multiline
        />
        <button type="submit">{t('about.contact.field.submit')}</button>
      </PostForm>
    </div>
  );
}

/** /contact/sent: the thank-you notice after a message (Post/Redirect/Get), honest about where it went. */
export function ContactSent({ t, delivery }: { t: Translate; delivery: ContactDelivery }) {
  return (
    <div class="prose">
      <h1>{t('about.contact.sent.title')}</h1>
      <p role="status">{t(delivery.to === 'nobody' ? 'about.contact.sent.stored' : 'about.contact.sent.emailed')}</p>
      <p>
        <a href="/">{t('about.contact.sent.back')}</a>
      </p>
    </div>
  );
}
