import { ErrorSummary, Field, type FieldErrors, PostForm } from '../../../web/components/form.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import { policyAreaSlugs } from '../../policy-areas/policy-areas.js';
import type { EventSession } from '../queries.js';
import { policyAreaLabel } from '../../policy-areas/present.js';

export interface OutcomeFormProps {
  t: Translate;
  action: string;
  token: string;
  sessions: EventSession[];
  /** Field name (`outcomes-<key>`, `recommendations-<key>`) → the text to show. */
  values: Record<string, string>;
  errors: FieldErrors;
}

/** Per session, what it concluded and what it recommends, one a line, with policy-area numbers in brackets. */
export function OutcomeForm({ t, action, token, sessions, values, errors }: OutcomeFormProps) {
  return (
    <PostForm action={action} token={token}>
      <ErrorSummary errors={errors} t={t} />
      <p>{t('eventForms.outcomes.lead')}</p>
      <ol class="compact">
        {policyAreaSlugs.map((slug) => (
          <li>{policyAreaLabel(t, slug)}</li>
        ))}
      </ol>
      {sessions.map((session) => (
        <fieldset>
          <legend>
            {session.date} · {session.title}
          </legend>
          <Field name={`outcomes-${session.key}`} label={t('eventForms.outcomes.outcomes')} value={values[`outcomes-${session.key}`]} error={errors[`outcomes-${session.key}`]} multiline />
          <Field
            name={`recommendations-${session.key}`}
            label={t('eventForms.outcomes.recommendations')}
            hint={t('eventForms.outcomes.hint')}
            value={values[`recommendations-${session.key}`]}
            error={errors[`recommendations-${session.key}`]}
            multiline
          />
        </fieldset>
      ))}
      <p>
        <button type="submit">{t('eventForms.save')}</button>
      </p>
    </PostForm>
  );
}
