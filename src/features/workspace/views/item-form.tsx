import { Choices, Select } from '../../../web/components/choices.js';
import { ErrorSummary, Field, type FieldErrors, PostForm } from '../../../web/components/form.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import { locales } from '../../../web/i18n/locales.js';
import { policyAreaSlugs } from '../../policy-areas/policy-areas.js';
import { type ItemType, beneficiaries, costs, itemLanguages, itemTypes, resourceKinds, solutionKinds } from '../../catalogue/types.js';
import { eligibilityLength } from '../../contributions/schema.js';
import { type ItemFormValues, isItemType } from '../item-form.js';
import { policyAreaLabel } from '../../policy-areas/present.js';

const kindsOf = { solution: solutionKinds, resource: resourceKinds } as const;

export interface ItemFormProps {
  t: Translate;
  action: string;
  token: string;
  values: ItemFormValues;
  errors: FieldErrors;
  /** The proposing organisation's slug, which the organisations must include. */
  contributor: string;
  /** A change to a published item cannot change its type. */
  typeFixed: boolean;
  submitLabel: string;
}

/** The fields in the order the form shows them, for the error summary. */
const fieldOrder = [
  'type',
  'kind',
  'cost',
  'access',
  'access.applyUrl',
  'access.email',
  'link',
  'documentUrl',
  'startsOn',
  'endsOn',
  'publishedOn',
  'policyAreas',
  'beneficiaries',
  'coverage',
  'languages',
  'organisations',
  'sourceLocale',
  ...locales.flatMap((l) => ['title', 'summary', 'eligibility', 'description'].map((f) => `text.${l}.${f}`)),
];
const inFormOrder = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).sort(([a], [b]) => (fieldOrder.indexOf(a) >>> 0) - (fieldOrder.indexOf(b) >>> 0)));

/** The item form: every field of a solution or resource, in EN, FR and ES; works without JavaScript. */
export function ItemForm({ t, action, token, values, errors, contributor, typeFixed, submitLabel }: ItemFormProps) {
  const required = (label: string) => `${label} (${t('workspace.form.required')})`;
  const kindGroups: readonly ItemType[] = typeFixed && isItemType(values.type) ? [values.type] : itemTypes;
  return (
    <>
      <ErrorSummary errors={inFormOrder(errors)} t={t} />
      <PostForm action={action} token={token}>
        <p>{t('workspace.form.lead')}</p>
        <fieldset>
          <legend>{t('workspace.form.about')}</legend>
          {typeFixed ? (
            <p>
              <input type="hidden" name="type" value={values.type} />
              {t('workspace.form.typeFixed', { type: t(`itemType.${values.type}`) })}
            </p>
          ) : (
            <Choices
              name="type"
              legend={required(t('workspace.form.type'))}
              radio
              options={itemTypes.map((type) => ({ value: type, label: t(`itemType.${type}`) }))}
              selected={[values.type]}
              error={errors.type}
            />
          )}
          <Select name="kind" label={required(t('workspace.form.kind'))} error={errors.kind}>
            <option value="">{t('workspace.form.chooseKind')}</option>
            {kindGroups.map((type) => (
              <optgroup label={t(`itemType.${type}`)}>
                {kindsOf[type].map((kind) => (
                  <option value={kind} selected={values.kind === kind}>
                    {t(`kind.${kind}`)}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
          <Choices
            name="cost"
            legend={required(t('workspace.form.cost'))}
            radio
            options={costs.map((cost) => ({ value: cost, label: t(`cost.${cost}`) }))}
            selected={[values.cost]}
            error={errors.cost}
          />
          <p class="hint">{t('workspace.form.costHint')}</p>
        </fieldset>
        <fieldset id="f-access" class={errors.access ? 'invalid' : undefined} aria-describedby={errors.access ? 'f-access-error' : 'f-access-hint'}>
          <legend>{required(t('workspace.form.access'))}</legend>
          <p class="hint" id="f-access-hint">
            {t('workspace.form.accessHint')}
          </p>
          {errors.access ? (
            <p class="error" id="f-access-error">
              {errors.access}
            </p>
          ) : null}
          <Field
            name="access.applyUrl"
            label={t('workspace.form.applyUrl')}
            type="url"
            value={values.access.applyUrl}
            error={errors['access.applyUrl']}
            hint={t('workspace.form.applyUrlHint')}
            maxlength={2000}
          />
          <Field
            name="access.email"
            label={t('workspace.form.contactEmail')}
            type="email"
            value={values.access.email}
            error={errors['access.email']}
            hint={t('workspace.form.contactEmailHint')}
            maxlength={254}
          />
          <div class="field">
            <label>
              <input type="checkbox" name="access.viaHub" value="on" id="f-access.viaHub" checked={values.access.viaHub} /> {t('workspace.form.viaHub')}
            </label>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('workspace.form.links')}</legend>
          <Field name="link" label={t('workspace.form.link')} type="url" value={values.link} error={errors.link} hint={t('workspace.form.linkHint')} maxlength={2000} />
          <Field name="documentUrl" label={t('workspace.form.documentUrl')} type="url" value={values.documentUrl} error={errors.documentUrl} hint={t('workspace.form.documentUrlHint')} maxlength={2000} />
          {(['startsOn', 'endsOn', 'publishedOn'] as const).map((name) => (
            <Field name={name} label={t(`workspace.form.${name}`)} value={values[name]} error={errors[name]} hint={t('workspace.form.dateHint')} maxlength={10} />
          ))}
        </fieldset>
        <Choices
          name="policyAreas"
          legend={required(t('workspace.form.policyAreas'))}
          options={policyAreaSlugs.map((slug) => ({ value: slug, label: policyAreaLabel(t, slug) }))}
          selected={values.policyAreas}
          error={errors.policyAreas}
        />
        <Choices
          name="beneficiaries"
          legend={t('workspace.form.beneficiaries')}
          options={beneficiaries.map((b) => ({ value: b, label: t(`beneficiary.${b}`) }))}
          selected={values.beneficiaries}
          error={errors.beneficiaries}
        />
        <Field name="coverage" label={required(t('workspace.form.coverage'))} value={values.coverage} error={errors.coverage} hint={t('workspace.form.coverageHint')} maxlength={2000} />
        <Choices
          name="languages"
          legend={required(t('workspace.form.languages'))}
          options={itemLanguages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          selected={values.languages}
          error={errors.languages}
        />
        <Field
          name="organisations"
          label={required(t('workspace.form.organisations'))}
          value={values.organisations}
          error={errors.organisations}
          hint={t('workspace.form.organisationsHint', { slug: contributor })}
          maxlength={1000}
        />
        <Select name="sourceLocale" label={required(t('workspace.form.sourceLocale'))} error={errors.sourceLocale}>
          {locales.map((l) => (
            <option value={l} selected={values.sourceLocale === l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </Select>
        <p class="hint">{t('workspace.form.sourceLocaleHint')}</p>
        {locales.map((l) => (
          <fieldset>
            <legend>{t('workspace.form.textIn', { language: t(`language.${l}`) })}</legend>
            <Field name={`text.${l}.title`} label={t('workspace.form.title')} value={values.text[l].title} error={errors[`text.${l}.title`]} maxlength={200} />
            <Field
              name={`text.${l}.summary`}
              label={t('workspace.form.summary')}
              value={values.text[l].summary}
              error={errors[`text.${l}.summary`]}
              hint={t('workspace.form.summaryHint')}
              maxlength={600}
              multiline
            />
            <Field
              name={`text.${l}.eligibility`}
              label={t('workspace.form.eligibility')}
              value={values.text[l].eligibility}
              error={errors[`text.${l}.eligibility`]}
              hint={t('workspace.form.eligibilityHint', { max: eligibilityLength.max })}
              maxlength={eligibilityLength.max}
              multiline
            />
            <Field
              name={`text.${l}.description`}
              label={t('workspace.form.description')}
              value={values.text[l].description}
              error={errors[`text.${l}.description`]}
              hint={t('workspace.form.descriptionHint')}
              maxlength={20000}
              multiline
            />
          </fieldset>
        ))}
        <button type="submit">{submitLabel}</button>
      </PostForm>
    </>
  );
}
