import { CsrfField, ErrorSummary, Field, type FieldErrors, PostForm } from '../../../web/components/form.js';
import { Select } from '../../../web/components/choices.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import type { Interest } from '../interest.js';
import { messageMaxLength } from '../interest.js';
import type { RequestStatus } from '../types.js';
import { dayText } from './format.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

export interface InterestChoice {
  slug: string;
  name: string;
  /** The organisation's rank among the matches of the request, if it was matched. */
  rank: number | null;
}

export interface InterestValues {
  organisation: string;
  message: string;
}

/** "Express interest": on behalf of which of the user's organisations, and a first message to the requester. */
export function InterestForm(props: { t: Translate; requestId: number; token: string; choices: InterestChoice[]; values: InterestValues; errors: FieldErrors }) {
  const { t, choices, values, errors } = props;
  const only = choices.length === 1 ? choices[0]! : null;
  return (
    <section aria-labelledby="express-interest">
      <h2 id="express-interest">{t('partnerRequests.interest.title')}</h2>
      <p>{t('partnerRequests.interest.lead')}</p>
      {only?.rank ? <p>{t('partnerRequests.interest.matched', { rank: only.rank })}</p> : null}
      <ErrorSummary t={t} errors={errors} />
      <PostForm action={`/requests/${props.requestId}/interest`} token={props.token}>
        {only ? (
          <p>
            <input type="hidden" name="organisation" value={only.slug} />
            {t('partnerRequests.interest.organisation')}
            {t('common.colon')} <strong>{only.name}</strong>
          </p>
        ) : (
          <Select name="organisation" label={t('partnerRequests.interest.organisation')} error={errors.organisation} required>
            {choices.map((choice) => (
              <option value={choice.slug} selected={choice.slug === values.organisation}>
                {choice.rank ? `${choice.name} (${t('partnerRequests.dashboard.rank')} ${choice.rank})` : choice.name}
              </option>
            ))}
          </Select>
        )}
        <Field
          name="message"
          label={t('partnerRequests.interest.message')}
          hint={t('partnerRequests.interest.messageHint')}
          value={values.message}
          error={errors.message}
          maxlength={messageMaxLength}
          required
          multiline
        />
        <button type="submit">{t('partnerRequests.interest.submit')}</button>
      </PostForm>
    </section>
  );
}

/** What a partner member sees on a request: the conversation of each of their interested organisations, and the form for the others. */
export function PartnerPanel(props: { t: Translate; requestId: number; open: boolean; token: string; interested: { slug: string; name: string }[]; choices: InterestChoice[] }) {
  const { t, requestId } = props;
  return (
    <>
      {props.interested.map((o) => (
        <p>
          {t('partnerRequests.interest.already', { name: o.name })} <a href={`/requests/${requestId}/conversations/${o.slug}`}>{t('partnerRequests.interest.openConversation')}</a>
        </p>
      ))}
      {props.choices.length ? (
        props.open ? (
          <InterestForm t={t} requestId={requestId} token={props.token} choices={props.choices} values={{ organisation: '', message: '' }} errors={{}} />
        ) : (
          <p>{t('partnerRequests.interest.notOpen')}</p>
        )
      ) : null}
    </>
  );
}

/** A one-button form. */
function ButtonForm({ action, token, label, name, value, ariaLabel }: { action: string; token: string; label: string; name?: string; value?: string; ariaLabel?: string }) {
  return (
    <form method="post" action={action} class="inline-form">
      <CsrfField token={token} />
      {name ? <input type="hidden" name={name} value={value} /> : null}
      <button type="submit" aria-label={ariaLabel}>
        {label}
      </button>
    </form>
  );
}

/** What the requester and the secretariat see: the interested partners (engage, converse) and the request's status. */
export function RequesterPanel(props: { t: Translate; locale: Locale; requestId: number; status: RequestStatus; token: string; interests: Interest[] }) {
  const { t, locale, requestId, token } = props;
  const statusAction = `/requests/${requestId}/status`;
  return (
    <section aria-labelledby="interested-partners">
      <h2 id="interested-partners">{t('partnerRequests.manage.title')}</h2>
      {props.interests.length ? (
        <ScrollTable id="interests" caption={t('partnerRequests.manage.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('partnerRequests.manage.partner')}</th>
              <th scope="col">{t('partnerRequests.manage.since')}</th>
              <th scope="col">{t('partnerRequests.manage.engaged')}</th>
              <th scope="col">{t('partnerRequests.manage.conversation')}</th>
            </tr>
          </thead>
          <tbody>
            {props.interests.map((i) => (
              <tr>
                <td>
                  <a href={`/organisations/${i.slug}`}>{i.name}</a>
                </td>
                <td>{dayText(i.createdAt, locale, 'medium')}</td>
                <td>
                  {i.engaged ? (
                    t('partnerRequests.manage.yes')
                  ) : (
                    <ButtonForm
                      action={`/requests/${requestId}/engaged/${i.slug}`}
                      token={token}
                      label={t('partnerRequests.manage.markEngaged')}
                      ariaLabel={t('partnerRequests.manage.markEngagedLabel', { name: i.name })}
                    />
                  )}
                </td>
                <td>
                  <a href={`/requests/${requestId}/conversations/${i.slug}`}>{t('partnerRequests.manage.conversation')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : (
        <p>{t('partnerRequests.manage.none')}</p>
      )}
      <h3>{t('partnerRequests.manage.statusTitle')}</h3>
      <p>{t('partnerRequests.manage.current', { status: t(`partnerRequests.status.${props.status}`) })}</p>
      <div>
        {props.status === 'open' ? (
          <>
            <ButtonForm action={statusAction} token={token} name="status" value="supported" label={t('partnerRequests.manage.markSupported')} />{' '}
            <ButtonForm action={statusAction} token={token} name="status" value="closed" label={t('partnerRequests.manage.markClosed')} />
          </>
        ) : (
          <ButtonForm action={statusAction} token={token} name="status" value="open" label={t('partnerRequests.manage.reopen')} />
        )}
      </div>
    </section>
  );
}
