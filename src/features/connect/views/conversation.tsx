import { ErrorSummary, Field, type FieldErrors, PostForm } from '../../../web/components/form.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import type { ThreadMessage } from '../interest.js';
import { messageMaxLength } from '../interest.js';

const times = new Map<Locale, Intl.DateTimeFormat>();
const timeOf = (value: string, locale: Locale) => {
  let f = times.get(locale);
  if (!f) times.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })));
  return `${f.format(new Date(value))} UTC`;
};

/** /requests/:id/conversations/:org: the thread between the requester and one organisation, and the reply form for those who may write. */
export function ConversationPage(props: {
  t: Translate;
  locale: Locale;
  request: { id: number; title: string };
  organisation: { slug: string; name: string };
  messages: ThreadMessage[];
  canWrite: boolean;
  token: string;
  value: string;
  errors: FieldErrors;
}) {
  const { t, locale, request, organisation } = props;
  return (
    <>
      <p>
        <a href={`/requests/${request.id}`}>{t('partnerRequests.conversation.back')}</a>
      </p>
      <h1>{t('partnerRequests.conversation.title', { title: request.title })}</h1>
      <p>{t('partnerRequests.conversation.with', { name: organisation.name })}</p>
      <h2>{t('partnerRequests.conversation.messages')}</h2>
      {props.messages.length ? (
        <ol class="thread">
          {props.messages.map((m) => (
            <li id={`message-${m.id}`}>
              <p class="meta">
                <strong>{m.side === 'requester' ? t('partnerRequests.conversation.requester') : organisation.name}</strong>
                {m.authorName ? ` · ${m.authorName}` : ''} · <time datetime={m.createdAt}>{timeOf(m.createdAt, locale)}</time>
              </p>
              {m.body.split(/\n{2,}/).map((paragraph) => (
                <p>{paragraph.split('\n').flatMap((line, i) => (i ? [<br />, line] : [line]))}</p>
              ))}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('partnerRequests.conversation.none')}</p>
      )}
      {props.canWrite ? (
        <>
          <ErrorSummary t={t} errors={props.errors} />
          <PostForm action={`/requests/${request.id}/conversations/${organisation.slug}`} token={props.token}>
            <Field name="message" label={t('partnerRequests.conversation.reply')} value={props.value} error={props.errors.message} maxlength={messageMaxLength} required multiline />
            <button type="submit">{t('partnerRequests.conversation.send')}</button>
          </PostForm>
        </>
      ) : (
        <p class="muted">{t('partnerRequests.conversation.readOnly')}</p>
      )}
    </>
  );
}
