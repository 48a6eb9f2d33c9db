import { ErrorSummary, Field, type FieldErrors, PostForm } from '../../../web/components/form.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { DescribedReportedFigure } from '../figures.js';
import type { FigureFormValues } from '../reported-figure-rules.js';
import { measureUnits, reportedMeasures, reportedQualifiers, reportedUnits, shareGroups } from '../types.js';

export interface ReportedFigureFormProps {
  t: Translate;
  /** The page's address: the form posts here, removals to `${action}/:id/remove`. */
  action: string;
  token: string;
  figures: DescribedReportedFigure[];
  values: FigureFormValues;
  errors: FieldErrors;
}

function Select({ name, label, value, error, options }: { name: string; label: string; value: string; error?: string | undefined; options: { value: string; label: string }[] }) {
  const id = `f-${name}`;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {error ? (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <select id={id} name={name} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The figures recorded for an event (each removable) and the form that records one more, with its source. */
export function ReportedFigureForm({ t, action, token, figures, values, errors }: ReportedFigureFormProps) {
  return (
    <>
      <p>{t('eventForms.figures.lead')}</p>
      <h2>{t('eventForms.figures.listTitle')}</h2>
      {figures.length ? (
        <ul class="plain">
          {figures.map((f) => (
            <li id={`figure-${f.id}`}>
              <strong>{f.name}</strong>
              {t('common.colon')} {f.display}
              <span class="small muted"> · {f.label}</span>
              {f.note ? <span class="small"> · {f.note}</span> : null}{' '}
              <PostForm action={`${action}/${f.id}/remove`} token={token} class="inline">
                <button type="submit" aria-label={t('eventForms.figures.removeLabel', { name: f.name })}>
                  {t('eventForms.figures.remove')}
                </button>
              </PostForm>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('eventForms.figures.none')}</p>
      )}
      <h2>{t('eventForms.figures.addTitle')}</h2>
      <PostForm action={action} token={token}>
        <ErrorSummary errors={errors} t={t} />
        <p class="hint">{t('eventForms.figures.replaceHint')}</p>
        <Select
          name="measure"
          label={t('eventForms.figures.measure')}
          value={values.measure}
          error={errors.measure}
          options={reportedMeasures.map((m) => ({ value: m, label: `${t(`figures.measure.${m}`)} (${t(`figures.unit.${measureUnits[m]}`)})` }))}
        />
        <Select name="unit" label={t('eventForms.figures.unit')} value={values.unit} error={errors.unit} options={reportedUnits.map((u) => ({ value: u, label: t(`figures.unit.${u}`) }))} />
        <Select
          name="qualifier"
          label={t('eventForms.figures.qualifier')}
          value={values.qualifier}
          error={errors.qualifier}
          options={reportedQualifiers.map((q) => ({ value: q, label: t(`figures.qualifierName.${q}`) }))}
        />
        <Field name="value" label={t('eventForms.figures.value')} hint={t('eventForms.figures.valueHint')} value={values.value} error={errors.value} required maxlength={200} />
        <Select
          name="shareOf"
          label={t('eventForms.figures.shareOf')}
          value={values.shareOf}
          error={errors.shareOf}
          options={[{ value: '', label: t('eventForms.figures.shareOfNone') }, ...shareGroups.map((g) => ({ value: g, label: t(`figures.shareOf.${g}`) }))]}
        />
        <Field name="note" label={t('eventForms.figures.note')} value={values.note} error={errors.note} maxlength={500} />
        <fieldset>
          <legend>{t('eventForms.figures.source')}</legend>
          <Field name="sourceTitle" label={t('eventForms.figures.sourceTitle')} hint={t('eventForms.figures.sourceTitleHint')} value={values.sourceTitle} error={errors.sourceTitle} required maxlength={300} />
          <Field name="sourcePublisher" label={t('eventForms.figures.sourcePublisher')} value={values.sourcePublisher} error={errors.sourcePublisher} required maxlength={200} />
          <Field name="sourceYear" label={t('eventForms.figures.sourceYear')} value={values.sourceYear} error={errors.sourceYear} required maxlength={4} />
          <Field name="sourceUrl" type="url" label={t('eventForms.figures.sourceUrl')} value={values.sourceUrl} error={errors.sourceUrl} maxlength={500} />
        </fieldset>
        <p>
          <button type="submit">{t('eventForms.figures.submit')}</button>
        </p>
      </PostForm>
    </>
  );
}
