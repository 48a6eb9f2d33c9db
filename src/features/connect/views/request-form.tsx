import { Choices, Select } from '../../../web/components/choices.js';
import { ErrorSummary, type FieldErrors, Field, PostForm } from '../../../web/components/form.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { countriesByName } from '../../countries/areas.js';
import { policyAreaSlugs } from '../../policy-areas/policy-areas.js';
import { type RequestFormValues, requestLanguages } from '../request-schema.js';
import { requesterKinds, supportKinds, urgencies } from '../types.js';

export interface RequestFormView {
  t: Translate;
  locale: Locale;
  token: string;
  values: RequestFormValues;
  errors: FieldErrors;
  /** Whether the user is a focal point of some country (may post as one). */
  focalPoint: boolean;
}

/** /requests/new: the request for assistance form. */
export function RequestFormPage({ view }: { view: RequestFormView }) {
  const { t, locale, values, errors } = view;
  const kinds = requesterKinds.filter((k) => k !== 'focal-point' || view.focalPoint || values.requesterKind === 'focal-point');
  return (
    <>
      <p>
        <a href="/requests">{t('requests.title')}</a>
      </p>
      <h1>{t('requests.form.title')}</h1>
      <p class="lead">{t('requests.form.lead')}</p>
      <ErrorSummary errors={errors} t={t} />
      <PostForm action="/requests" token={view.token}>
        {values.item ? <input type="hidden" name="item" value={values.item} /> : null}
        <Select name="country" label={t('requests.form.country')} error={errors.country} required>
          <option value="">{t('requests.form.chooseCountry')}</option>
          {countriesByName(locale).map((c) => (
            <option value={c.code} selected={c.code === values.country}>
              {c.name}
            </option>
          ))}
        </Select>
        <Choices
          name="requesterKind"
          legend={t('requests.form.requesterKind')}
          radio
          options={kinds.map((k) => ({ value: k, label: t(`requests.requesterKind.${k}`) }))}
          selected={[values.requesterKind]}
          error={errors.requesterKind}
        />
        <Field name="requesterBody" label={t('requests.form.requesterBody')} hint={t('requests.form.requesterBodyHint')} value={values.requesterBody} error={errors.requesterBody} required maxlength={200} />
        <Field name="title" label={t('requests.form.titleField')} value={values.title} error={errors.title} required maxlength={200} />
        <Field name="description" label={t('requests.form.description')} hint={t('requests.form.descriptionHint')} value={values.description} error={errors.description} required multiline maxlength={5000} />
        <Choices
          name="policyAreas"
          legend={t('requests.form.policyAreas')}
          options={policyAreaSlugs.map((s) => ({ value: s, label: t(`policyArea.${s}.name`) }))}
          selected={values.policyAreas}
          error={errors.policyAreas}
        />
        <Choices
          name="supportKinds"
          legend={t('requests.form.supportKinds')}
          options={supportKinds.map((k) => ({ value: k, label: t(`requests.supportKind.${k}`) }))}
          selected={values.supportKinds}
          error={errors.supportKinds}
        />
        <Choices
          name="languages"
          legend={t('requests.form.languages')}
          options={requestLanguages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          selected={values.languages}
          error={errors.languages}
        />
        <Choices name="urgency" legend={t('requests.form.urgency')} radio options={urgencies.map((u) => ({ value: u, label: t(`requests.urgency.${u}`) }))} selected={[values.urgency]} error={errors.urgency} />
        <Field name="deadline" type="date" label={t('requests.form.deadline')} hint={t('requests.form.deadlineHint')} value={values.deadline} error={errors.deadline} />
        <Field name="contactName" label={t('requests.form.contactName')} hint={t('requests.form.contactHint')} value={values.contactName} error={errors.contactName} required autocomplete="name" maxlength={120} />
        <Field name="contactEmail" type="email" label={t('requests.form.contactEmail')} value={values.contactEmail} error={errors.contactEmail} required autocomplete="email" maxlength={200} />
        <button type="submit">{t('requests.form.submit')}</button>
      </PostForm>
    </>
  );
}
