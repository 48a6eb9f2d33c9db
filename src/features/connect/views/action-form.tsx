import { Select } from '../../../web/components/choices.js';
import { ErrorSummary, Field, type FieldErrors, PostForm } from '../../../web/components/form.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { policyAreaSlugs } from '../../policy-areas/policy-areas.js';
import { noteMax, titleMax, urlMax } from '../action-schema.js';
import type { ActionDetail } from '../actions.js';
import { actionPriorities, actionStatuses } from '../types.js';
import { NoteList, RecommendationLink } from './action-parts.js';
import { policyAreaLabel } from '../../policy-areas/present.js';

/** The action form as typed: every value a string, so it can be shown again unchanged. */
export type ActionValues = Record<'policyArea' | 'title' | 'lead' | 'supporting' | 'priority' | 'targetDate' | 'status' | 'recommendationRef', string>;
export type NoteValues = Record<'onDate' | 'text' | 'evidenceUrl', string>;

export const emptyAction: ActionValues = { policyArea: '', title: '', lead: '', supporting: '', priority: 'medium', targetDate: '', status: 'not-started', recommendationRef: '' };

export const actionValuesOf = (a: ActionDetail): ActionValues => ({
  policyArea: a.policyArea,
  title: a.title,
  lead: a.lead,
  supporting: a.supporting,
  priority: a.priority,
  targetDate: a.targetDate ?? '',
  status: a.status,
  recommendationRef: a.recommendationRef ?? '',
});

function Options({ values, selected, label, choose }: { values: readonly string[]; selected: string; label: (v: string) => string; choose?: string }) {
  return (
    <>
      {choose !== undefined ? <option value="">{choose}</option> : null}
      {values.map((v) => (
        <option value={v} selected={selected === v}>
          {label(v)}
        </option>
      ))}
    </>
  );
}

export function ActionForm({ t, action, token, values, errors, submit }: { t: Translate; action: string; token: string; values: ActionValues; errors: FieldErrors; submit: string }) {
  return (
    <PostForm action={action} token={token}>
      <ErrorSummary errors={errors} t={t} />
      <Select name="policyArea" label={t('actions.form.policyArea')} error={errors.policyArea} required>
        <Options values={policyAreaSlugs} selected={values.policyArea} label={(v) => policyAreaLabel(t, v)} choose={t('actions.form.choose')} />
      </Select>
      <Field name="title" label={t('actions.form.title')} hint={t('actions.form.titleHint')} value={values.title} error={errors.title} required maxlength={titleMax} />
      <Field name="lead" label={t('actions.form.lead')} hint={t('actions.form.leadHint')} value={values.lead} error={errors.lead} required maxlength={200} />
      <Field name="supporting" label={t('actions.form.supporting')} hint={t('actions.form.supportingHint')} value={values.supporting} error={errors.supporting} maxlength={600} />
      <Select name="priority" label={t('actions.form.priority')} error={errors.priority} required>
        <Options values={actionPriorities} selected={values.priority} label={(v) => t(`actions.priority.${v}`)} />
      </Select>
      <Field name="targetDate" type="date" label={t('actions.form.targetDate')} hint={t('actions.form.dateHint')} value={values.targetDate} error={errors.targetDate} />
      <Select name="status" label={t('actions.form.status')} error={errors.status} required>
        <Options values={actionStatuses} selected={values.status} label={(v) => t(`actions.status.${v}`)} />
      </Select>
      <Field name="recommendationRef" label={t('actions.form.recommendation')} hint={t('actions.form.recommendationHint')} value={values.recommendationRef} error={errors.recommendationRef} maxlength={220} />
      <button type="submit">{submit}</button>
    </PostForm>
  );
}

export function NoteForm({ t, action, token, values, errors }: { t: Translate; action: string; token: string; values: NoteValues; errors: FieldErrors }) {
  // The note form shares the page with the action form: its field ids are prefixed so that both stay unique.
  const prefixed = Object.fromEntries(Object.entries(errors).map(([k, v]) => [`note-${k}`, v]));
  return (
    <PostForm action={action} token={token}>
      <ErrorSummary errors={prefixed} t={t} />
      <Field name="note-onDate" type="date" label={t('actions.note.onDate')} hint={t('actions.form.dateHint')} value={values.onDate} error={errors.onDate} required />
      <Field name="note-text" label={t('actions.note.text')} value={values.text} error={errors.text} required multiline maxlength={noteMax} />
      <Field name="note-evidenceUrl" type="url" label={t('actions.note.evidenceUrl')} hint={t('actions.note.evidenceHint')} value={values.evidenceUrl} error={errors.evidenceUrl} maxlength={urlMax} />
      <button type="submit">{t('actions.note.submit')}</button>
    </PostForm>
  );
}

export interface ActionEditProps {
  t: Translate;
  locale: Locale;
  iso3: string;
  name: string;
  token: string;
  /** The stored action when editing; absent for a new one. */
  stored?: ActionDetail;
  values: ActionValues;
  errors: FieldErrors;
  note: { values: NoteValues; errors: FieldErrors };
}

/** The page to add an action, or to edit one and add progress notes to it. */
export function ActionEditPage({ t, locale, iso3, name, token, stored, values, errors, note }: ActionEditProps) {
  const heading = stored ? t('actions.form.editTitle', { country: name }) : t('actions.form.newTitle', { country: name });
  return (
    <article>
      <p>
        <a href={`/countries/${iso3}/actions`}>{t('actions.backToTracker')}</a>
      </p>
      <h1>{heading}</h1>
      <ActionForm
        t={t}
        action={stored ? `/countries/${iso3}/actions/${stored.id}` : `/countries/${iso3}/actions`}
        token={token}
        values={values}
        errors={errors}
        submit={stored ? t('actions.form.save') : t('actions.form.create')}
      />
      {stored ? (
        <section aria-labelledby="notes-title">
          <h2 id="notes-title">{t('actions.notes')}</h2>
          <RecommendationLink t={t} action={stored} />
          {stored.notes.length ? <NoteList t={t} locale={locale} notes={stored.notes} /> : <p>{t('actions.note.none')}</p>}
          <h3>{t('actions.note.title')}</h3>
          <NoteForm t={t} action={`/countries/${iso3}/actions/${stored.id}/notes`} token={token} values={note.values} errors={note.errors} />
        </section>
      ) : null}
    </article>
  );
}
