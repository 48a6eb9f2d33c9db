import { PostForm } from '../../../web/components/form.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import type { Changes } from '../../audit/audit.js';
import { DateTime, TextBlock } from '../../admin/views/common.js';
import { coverageName, languageLabel } from '../../catalogue/views/labels.js';
import { countryName } from '../../countries/reference.js';
import { reasonLength } from '../../contributions/schema.js';
import type { ChangeForReview, EventChange } from '../changes.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

/** Fields whose values are lines (the programme, the people): shown whole, lines taken out struck, lines added marked. */
const lineFields = new Set(['programme', 'people']);

/** A translated label, or the code itself when the catalogue has none. */
const labelOr = (t: Translate, key: string, code: string) => {
  const label = t(key);
  return label === key ? code : label;
};

/** A field's value in words, as the form offers it (modes, languages, countries…); text as it is. */
function valueText(field: string, value: unknown, t: Translate, locale: Locale): string {
  const codes = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  const named: Record<string, (code: string) => string> = {
    attendanceMode: (v) => labelOr(t, `eventForms.mode.${v}`, v),
    registration: (v) => labelOr(t, `eventForms.registration.${v}`, v),
    policyAreas: (v) => labelOr(t, `policyArea.${v}.short`, v),
    languages: (v) => languageLabel(v, t, locale),
    sourceLocale: (v) => languageLabel(v, t, locale),
    country: (v) => countryName(v, locale) || v,
  };
  if (field === 'coverage' && typeof value === 'string') return value.split(/,\s*/).filter(Boolean).map((code) => coverageName(code, t, locale) || code).join(', ') || '—';
  const name = named[field];
  const text = (name ? codes.filter(Boolean).map(name) : codes).join(', ');
  return text || '—';
}

function Lines({ text, other, mark }: { text: unknown; other: unknown; mark: 'del' | 'ins' }) {
  const lines = typeof text === 'string' ? text.split('\n').filter((l) => l.trim()) : [];
  if (!lines.length) return <>—</>;
  const kept = new Set(typeof other === 'string' ? other.split('\n') : []);
  return (
    <ul class="plain">
      {lines.map((line) => (
        <li>{kept.has(line) ? line : mark === 'del' ? <del>{line}</del> : <ins>{line}</ins>}</li>
      ))}
    </ul>
  );
}

function Value({ field, value, other, mark, t, locale }: { field: string; value: unknown; other: unknown; mark: 'del' | 'ins'; t: Translate; locale: Locale }) {
  if (lineFields.has(field)) return <Lines text={value} other={other} mark={mark} />;
  if (field === 'description') return typeof value === 'string' && value.trim() ? <TextBlock text={value} /> : <>—</>;
  return <>{valueText(field, value, t, locale)}</>;
}

/** What a change would change, field by field: the published value, then the proposed one. */
export function ChangeTable({ t, locale, changes }: { t: Translate; locale: Locale; changes: Changes }) {
  const fields = Object.entries(changes);
  if (!fields.length) return <p>{t('eventForms.change.noDifference')}</p>;
  return (
    <ScrollTable id="event-changes" caption={t('eventForms.change.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('eventForms.change.field')}</th>
          <th scope="col">{t('eventForms.change.published')}</th>
          <th scope="col">{t('eventForms.change.proposed')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map(([field, [before, after]]) => (
          <tr>
            <th scope="row">{labelOr(t, `eventForms.field.${field}`, field)}</th>
            <td>
              <Value field={field} value={before} other={after} mark="del" t={t} locale={locale} />
            </td>
            <td>
              <Value field={field} value={after} other={before} mark="ins" t={t} locale={locale} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** Above a published event's form: how its changes are published, and where its open change stands. */
export function ChangeNotice({ t, locale, change }: { t: Translate; locale: Locale; change: EventChange | undefined }) {
  return (
    <div class="notice">
      <p>{t('eventForms.change.lead')}</p>
      {change?.status === 'submitted' ? (
        <p>
          {t('eventForms.change.waiting')} <DateTime value={change.updatedAt} locale={locale} />
        </p>
      ) : null}
      {change?.status === 'returned' ? (
        <>
          <p>{t('eventForms.change.returned')}</p>
          <TextBlock text={change.reason ?? ''} />
        </>
      ) : null}
    </div>
  );
}

/** /admin/events: the changes to published events waiting for review, each with what it changes, to approve or return. */
export function ChangesForReview({ t, locale, token, items }: { t: Translate; locale: Locale; token: string; items: ChangeForReview[] }) {
  return (
    <>
      <h2 id="changes">{t('eventForms.admin.changes', { count: items.length })}</h2>
      {items.length ? (
        items.map(({ change, event, organisation, author, changes }) => (
          <section id={`change-${change.id}`} aria-labelledby={`change-${change.id}-title`}>
            <h3 id={`change-${change.id}-title`}>{event.reviewStatus === 'published' ? <a href={`/events/${event.slug}`}>{event.title}</a> : event.title}</h3>
            <p class="meta">
              {t('eventForms.admin.changeFrom', { organisation, author: author ? `${author.name} <${author.email}>` : t('admin.revision.formerMember') })} ·{' '}
              <DateTime value={change.updatedAt} locale={locale} />
              {event.status !== 'scheduled' ? ` · ${t(`eventForms.status.${event.status}`)}` : ''}
            </p>
            <ChangeTable t={t} locale={locale} changes={changes} />
            <PostForm action={`/admin/events/changes/${change.id}/approve`} token={token} class="inline">
              <button type="submit">{t('eventForms.admin.approveChange')}</button>
            </PostForm>
            <PostForm action={`/admin/events/changes/${change.id}/return`} token={token} class="stacked">
              <label for={`change-reason-${change.id}`}>{t('eventForms.admin.changeReason')}</label>
              <textarea id={`change-reason-${change.id}`} name="reason" rows={2} required maxlength={reasonLength.max} />
              <button type="submit">{t('eventForms.admin.returnChange')}</button>
            </PostForm>
          </section>
        ))
      ) : (
        <p>{t('eventForms.admin.noChanges')}</p>
      )}
    </>
  );
}
