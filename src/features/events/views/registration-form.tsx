import { ErrorSummary, Field, type FieldErrors, PostForm } from '../../../web/components/form.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { countriesByName } from '../../countries/areas.js';
import { Select } from '../../../web/components/choices.js';
import type { EventDetail } from '../queries.js';
import { eventAddress } from '../registration-emails.js';
import { genderAnswers, nameMax } from '../registration-schema.js';
import { organisationTypes } from '../types.js';
import { eventWhen } from './format.js';



/** What and when: the lines above the form and on the confirmation pages. */
export function EventFacts({ event, t, locale }: { event: EventDetail; t: Translate; locale: Locale }) {
  const where = eventAddress(event, locale);
  return (
    <dl class="facts">
      <dt>{t('registration.when')}</dt>
      <dd>{eventWhen(event, locale)}</dd>
      {where ? (
        <>
          <dt>{t('registration.where')}</dt>
          <dd>{where}</dd>
        </>
      ) : null}
    </dl>
  );
}

export interface RegistrationFormProps {
  event: EventDetail;
  t: Translate;
  locale: Locale;
  token: string;
  values: Record<string, string>;
  errors: FieldErrors;
  /** The signed-in user's address: the email field shows it and cannot be changed. */
  accountEmail: string | null;
}

/** The registration form with the places left (or the waiting list). */
export function RegistrationForm({ event, t, locale, token, values, errors, accountEmail }: RegistrationFormProps) {
  const left = event.capacity === null ? null : Math.max(0, event.capacity - event.registrations.confirmed);
  return (
    <>
      <h1>{t('registration.title', { event: event.title })}</h1>
      <EventFacts event={event} t={t} locale={locale} />
      {left === null ? null : <p role="status">{left > 0 ? t('registration.placesLeft', { count: left }) : t('registration.full')}</p>}
      <p>{t('registration.lead')}</p>
      {accountEmail ? <p>{t('registration.signedInAs', { email: accountEmail })}</p> : null}
      <ErrorSummary errors={errors} t={t} />
      <PostForm action={`/events/${encodeURIComponent(event.slug)}/register`} token={token}>
        <Field name="name" label={t('registration.field.name')} value={values.name} error={errors.name} required autocomplete="name" maxlength={nameMax} />
        {accountEmail ? (
          <div class="field">
            <label for="f-email">{t('registration.field.email')}</label>
            <p class="hint" id="f-email-hint">
              {t('registration.field.emailFixed')}
            </p>
            <input id="f-email" type="email" value={accountEmail} readonly aria-describedby="f-email-hint" />
          </div>
        ) : (
          <Field name="email" type="email" label={t('registration.field.email')} hint={t('registration.field.emailHint')} value={values.email} error={errors.email} required autocomplete="email" maxlength={254} />
        )}
        <Select name="country" label={t('registration.field.country')} error={errors.country} required>
          <option value="">{t('registration.field.countryChoose')}</option>
          {countriesByName(locale).map((c) => (
            <option value={c.code} selected={values.country?.toUpperCase() === c.code}>
              {c.name}
            </option>
          ))}
        </Select>
        <Select name="organisationType" label={t('registration.field.organisationType')} error={errors.organisationType} required>
          <option value="">—</option>
          {organisationTypes.map((type) => (
            <option value={type} selected={values.organisationType === type}>
              {t(`registration.organisationType.${type}`)}
            </option>
          ))}
        </Select>
        <fieldset class={errors.gender ? 'choices invalid' : 'choices'} aria-describedby={`f-gender-hint${errors.gender ? ' f-gender-error' : ''}`}>
          <legend>{t('registration.field.gender')}</legend>
          <p class="hint" id="f-gender-hint">
            {t('registration.field.genderHint')}
          </p>
          {errors.gender ? (
            <p class="error" id="f-gender-error">
              {errors.gender}
            </p>
          ) : null}
          {genderAnswers.map((answer, i) => (
            <div>
              <label>
                <input type="radio" name="gender" value={answer} id={i === 0 ? 'f-gender' : undefined} checked={values.gender === answer} /> {t(`registration.gender.${answer}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <div class="consent">
          {errors.consent ? (
            <p class="error" id="f-consent-error">
              {errors.consent}
            </p>
          ) : null}
          <label>
            <input type="checkbox" id="f-consent" name="consent" value="yes" required checked={values.consent === 'yes'} aria-describedby={errors.consent ? 'f-consent-error' : undefined} />{' '}
            {t('registration.field.consent')}
          </label>
        </div>
        <button type="submit">{t('registration.field.submit')}</button>
      </PostForm>
    </>
  );
}
