import { Choices, Select } from '../../../web/components/choices.js';
import { ErrorSummary, Field, type FieldErrors, PostForm } from '../../../web/components/form.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import { type Locale, locales } from '../../../web/i18n/locales.js';
import { itemLanguages } from '../../catalogue/types.js';
import { countriesByName } from '../../countries/areas.js';
import { policyAreaSlugs } from '../../policy-areas/policy-areas.js';
import type { ProposalValues } from '../proposal-form.js';
import { attendanceModes, personRoles, registrationKinds, sessionTypes } from '../types.js';
import { policyAreaLabel } from '../../policy-areas/present.js';

/** Zones offered in the list; any other IANA name can be typed. */
const commonZones = [
  'Africa/Abidjan',
  'Africa/Addis_Ababa',
  'Africa/Cairo',
  'Africa/Dakar',
  'Africa/Johannesburg',
  'Africa/Lagos',
  'Africa/Nairobi',
  'America/Bogota',
  'America/Lima',
  'America/Mexico_City',
  'America/New_York',
  'America/Sao_Paulo',
  'Asia/Bangkok',
  'Asia/Dhaka',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Asia/Manila',
  'Asia/Shanghai',
  'Europe/Brussels',
  'Europe/London',
  'Europe/Zurich',
  'Pacific/Fiji',
  'UTC',
];

/** The fields in the order the form shows them, for the error summary. */
const fieldOrder = ['title', 'summary', 'description', 'sourceLocale', 'startDate', 'startTime', 'endDate', 'endTime', 'timeZone', 'attendanceMode', 'venue', 'city', 'country', 'onlineUrl', 'policyAreas', 'coverage', 'languages', 'registration', 'registrationUrl', 'capacity', 'programme', 'people'];

export interface ProposalFormProps {
  t: Translate;
  locale: Locale;
  action: string;
  token: string;
  values: ProposalValues;
  errors: FieldErrors;
  submitLabel: string;
}

/** A partner's event: what, when (in its own time zone), where, for whom, how to register, and the programme as lines. */
export function ProposalForm({ t, locale, action, token, values, errors, submitLabel }: ProposalFormProps) {
  const ordered: FieldErrors = {};
  for (const name of fieldOrder) if (errors[name]) ordered[name] = errors[name]!;
  return (
    <PostForm action={action} token={token}>
      <ErrorSummary errors={ordered} t={t} />
      <Field name="title" label={t('eventForms.field.title')} value={values.title} error={errors.title} required maxlength={200} />
      <Field name="summary" label={t('eventForms.field.summary')} value={values.summary} error={errors.summary} required maxlength={600} />
      <Field name="description" label={t('eventForms.field.description')} hint={t('eventForms.hint.description')} value={values.description} error={errors.description} multiline />
      <Select name="sourceLocale" label={t('eventForms.field.sourceLocale')} error={errors.sourceLocale}>
        {locales.map((l) => (
          <option value={l} selected={values.sourceLocale === l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </Select>
      <fieldset>
        <legend>{t('eventForms.field.when')}</legend>
        <div class="row">
          <Field name="startDate" type="date" label={t('eventForms.field.startDate')} value={values.startDate} error={errors.startDate} required />
          <Field name="startTime" label={t('eventForms.field.startTime')} hint={t('eventForms.hint.time')} value={values.startTime} error={errors.startTime} maxlength={5} />
        </div>
        <div class="row">
          <Field name="endDate" type="date" label={t('eventForms.field.endDate')} value={values.endDate} error={errors.endDate} required />
          <Field name="endTime" label={t('eventForms.field.endTime')} hint={t('eventForms.hint.time')} value={values.endTime} error={errors.endTime} maxlength={5} />
        </div>
        <div class={errors.timeZone ? 'field invalid' : 'field'}>
          <label for="f-timeZone">{t('eventForms.field.timeZone')}</label>
          <p class="hint" id="f-timeZone-hint">
            {t('eventForms.hint.timeZone')}
          </p>
          {errors.timeZone ? (
            <p class="error" id="f-timeZone-error">
              {errors.timeZone}
            </p>
          ) : null}
          <input
            id="f-timeZone"
            name="timeZone"
            list="zones"
            required
            value={values.timeZone}
            aria-invalid={errors.timeZone ? 'true' : undefined}
            aria-describedby={errors.timeZone ? 'f-timeZone-hint f-timeZone-error' : 'f-timeZone-hint'}
          />
          <datalist id="zones">
            {commonZones.map((z) => (
              <option value={z} />
            ))}
          </datalist>
        </div>
      </fieldset>
      <Choices
        name="attendanceMode"
        legend={t('eventForms.field.attendanceMode')}
        radio
        options={attendanceModes.map((m) => ({ value: m, label: t(`eventForms.mode.${m}`) }))}
        selected={[values.attendanceMode]}
        error={errors.attendanceMode}
      />
      <Field name="venue" label={t('eventForms.field.venue')} value={values.venue} error={errors.venue} maxlength={200} />
      <Field name="city" label={t('eventForms.field.city')} value={values.city} error={errors.city} maxlength={100} />
      <Select name="country" label={t('eventForms.field.country')} error={errors.country}>
        <option value="">{t('eventForms.noCountry')}</option>
        {countriesByName(locale).map((c) => (
          <option value={c.code} selected={values.country === c.code}>
            {c.name}
          </option>
        ))}
      </Select>
      <Field name="onlineUrl" type="url" label={t('eventForms.field.onlineUrl')} value={values.onlineUrl} error={errors.onlineUrl} maxlength={500} />
      <Choices
        name="policyAreas"
        legend={t('eventForms.field.policyAreas')}
        options={policyAreaSlugs.map((slug) => ({ value: slug, label: policyAreaLabel(t, slug) }))}
        selected={values.policyAreas}
        error={errors.policyAreas}
      />
      <Field name="coverage" label={t('eventForms.field.coverage')} hint={t('eventForms.hint.coverage')} value={values.coverage} error={errors.coverage} maxlength={500} />
      <Choices
        name="languages"
        legend={t('eventForms.field.languages')}
        options={itemLanguages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
        selected={values.languages}
        error={errors.languages}
      />
      <Choices
        name="registration"
        legend={t('eventForms.field.registration')}
        radio
        options={registrationKinds.map((k) => ({ value: k, label: t(`eventForms.registration.${k}`) }))}
        selected={[values.registration]}
        error={errors.registration}
      />
      <Field name="registrationUrl" type="url" label={t('eventForms.field.registrationUrl')} value={values.registrationUrl} error={errors.registrationUrl} maxlength={500} />
      <Field name="capacity" label={t('eventForms.field.capacity')} hint={t('eventForms.hint.capacity')} value={values.capacity} error={errors.capacity} maxlength={7} />
      <Field
        name="programme"
        label={t('eventForms.field.programme')}
        hint={t('eventForms.hint.programme', { types: sessionTypes.join(', '), interpolation: { escapeValue: false } })}
        value={values.programme}
        error={errors.programme}
        multiline
      />
      <Field name="people" label={t('eventForms.field.people')} hint={t('eventForms.hint.people', { roles: personRoles.join(', '), interpolation: { escapeValue: false } })} value={values.people} error={errors.people} multiline />
      <p>
        <button type="submit">{submitLabel}</button>
      </p>
    </PostForm>
  );
}
