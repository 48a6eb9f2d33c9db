import { ErrorSummary, Field, type FieldErrors, PostForm } from '../../../web/components/form.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { itemStatuses } from '../../catalogue/commands.js';
import { coverageName, languageLabel } from '../../catalogue/views/labels.js';
import type { Changes, HistoryEntry } from '../../contributions/queries.js';
import { reasonLength } from '../../contributions/schema.js';
import type { Revision } from '../../contributions/types.js';
import { AdminNav, DateTime, TextBlock, fieldLabel, revisionFieldValue, shortValue } from './common.js';
import { policyAreaLabel } from '../../policy-areas/present.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

export interface Person {
  name: string;
  email: string;
  deleted: boolean;
}

export interface RevisionView {
  revision: Revision;
  title: string;
  organisationName: string;
  author: Person | undefined;
  reviewer: Person | undefined;
  /** The item it creates (once approved) or changes. */
  item: { id: number; slug: string; status: string } | undefined;
  /** What it would change on the published item; null when there is nothing to compare (a new item, a closed revision). */
  changes: Changes | null;
  history: HistoryEntry[];
}

interface RevisionProps {
  t: Translate;
  locale: Locale;
  url: URL;
  token: string;
  view: RevisionView;
  errors?: FieldErrors;
  reason?: string;
}

export function RevisionPage({ t, locale, url, token, view, errors = {}, reason }: RevisionProps) {
  const { revision, item } = view;
  const data = revision.data;
  const person = (p: Person | undefined) => (p ? (p.deleted ? t('admin.revision.formerMember') : `${p.name} <${p.email}>`) : '—');
  const publicPath = item && `/${revision.type === 'solution' ? 'solutions' : 'resources'}/${item.slug}`;
  return (
    <>
      <AdminNav t={t} path={url.pathname} />
      <h1>{t('admin.revision.title', { id: revision.id, title: view.title || t('admin.revision.untitled') })}</h1>
      <ErrorSummary errors={errors} t={t} />
      <dl class="facts">
        <dt>{t('admin.revision.status')}</dt>
        <dd>{t(`admin.status.${revision.status}`)}</dd>
        <dt>{t('admin.revision.organisation')}</dt>
        <dd>{view.organisationName}</dd>
        <dt>{t('admin.revision.proposal')}</dt>
        <dd>
          {t(`itemType.${revision.type}`)} · {t(revision.itemId === null ? 'admin.queue.newItem' : 'admin.queue.change')}
        </dd>
        <dt>{t('admin.revision.author')}</dt>
        <dd>{person(view.author)}</dd>
        <dt>{t('admin.revision.submitted')}</dt>
        <dd>
          <DateTime value={revision.submittedAt} locale={locale} />
        </dd>
        {revision.reviewedAt ? (
          <>
            <dt>{t('admin.revision.reviewed')}</dt>
            <dd>
              <DateTime value={revision.reviewedAt} locale={locale} /> · {person(view.reviewer)}
            </dd>
          </>
        ) : null}
        {revision.reason ? (
          <>
            <dt>{t('admin.revision.reason')}</dt>
            <dd>
              <TextBlock text={revision.reason} />
            </dd>
          </>
        ) : null}
        {item && publicPath ? (
          <>
            <dt>{t('admin.revision.item')}</dt>
            <dd>
              {item.status === 'published' ? <a href={publicPath}>{publicPath}</a> : publicPath} · {t(`admin.itemStatus.${item.status}`)}
            </dd>
          </>
        ) : null}
      </dl>

      {revision.status === 'submitted' ? (
        <section aria-labelledby="decide">
          <h2 id="decide">{t('admin.revision.decide')}</h2>
          <p>{t('admin.revision.approveLead')}</p>
          <PostForm action={`/admin/revisions/${revision.id}/approve`} token={token}>
            <button type="submit">{t('admin.revision.approve')}</button>
          </PostForm>
          <h3>{t('admin.revision.returnTitle')}</h3>
          <PostForm action={`/admin/revisions/${revision.id}/return`} token={token}>
            <Field
              name="reason"
              label={t('admin.revision.reasonField')}
              hint={t('admin.revision.reasonHint', { min: reasonLength.min, max: reasonLength.max })}
              value={reason}
              error={errors.reason}
              required
              maxlength={reasonLength.max}
              multiline
            />
            <button type="submit">{t('admin.revision.return')}</button>
          </PostForm>
        </section>
      ) : null}

      <h2>{t('admin.revision.changes')}</h2>
      {view.changes === null ? (
        <p>{t(revision.itemId === null ? 'admin.revision.newItem' : 'admin.revision.closed')}</p>
      ) : Object.keys(view.changes).length === 0 ? (
        <p>{t('admin.revision.noChanges')}</p>
      ) : (
        <ScrollTable id="revision-changes" caption={t('admin.revision.changesCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('admin.revision.field')}</th>
              <th scope="col">{t('admin.revision.published')}</th>
              <th scope="col">{t('admin.revision.proposed')}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(view.changes).map(([field, [before, after]]) => (
              <tr>
                <th scope="row">{fieldLabel(field, t)}</th>
                <td>{shortValue(revisionFieldValue(field, before, t, locale), 600)}</td>
                <td>{shortValue(revisionFieldValue(field, after, t, locale), 600)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}

      <h2>{t('admin.revision.proposedItem')}</h2>
      <dl class="facts">
        <dt>{fieldLabel('kind', t)}</dt>
        <dd>{t(`kind.${data.kind}`)}</dd>
        <dt>{fieldLabel('cost', t)}</dt>
        <dd>{t(`cost.${data.cost}`)}</dd>
        <dt>{fieldLabel('applyUrl', t)}</dt>
        <dd>
          {data.access.applyUrl ? (
            <a href={data.access.applyUrl} rel="nofollow noopener">
              {data.access.applyUrl}
            </a>
          ) : (
            '—'
          )}
        </dd>
        <dt>{fieldLabel('contactEmail', t)}</dt>
        <dd>{data.access.email ?? '—'}</dd>
        <dt>{fieldLabel('viaHub', t)}</dt>
        <dd>{shortValue(revisionFieldValue('viaHub', data.access.viaHub ?? false, t, locale))}</dd>
        {data.link ? (
          <>
            <dt>{fieldLabel('link', t)}</dt>
            <dd>
              <a href={data.link} rel="nofollow noopener">
                {data.link}
              </a>
            </dd>
          </>
        ) : null}
        {data.documentUrl ? (
          <>
            <dt>{fieldLabel('documentUrl', t)}</dt>
            <dd>
              <a href={data.documentUrl} rel="nofollow noopener">
                {data.documentUrl}
              </a>
            </dd>
          </>
        ) : null}
        {(['startsOn', 'endsOn', 'publishedOn'] as const).map((field) =>
          data[field] ? (
            <>
              <dt>{fieldLabel(field, t)}</dt>
              <dd>{data[field]}</dd>
            </>
          ) : null,
        )}
        <dt>{fieldLabel('organisations', t)}</dt>
        <dd>{data.organisations.join(', ')}</dd>
        <dt>{fieldLabel('policyAreas', t)}</dt>
        <dd>{data.policyAreas.map((a) => policyAreaLabel(t, a, 'short')).join(', ') || '—'}</dd>
        <dt>{fieldLabel('beneficiaries', t)}</dt>
        <dd>{data.beneficiaries.map((b) => t(`beneficiary.${b}`)).join(', ') || '—'}</dd>
        <dt>{fieldLabel('coverage', t)}</dt>
        <dd>{data.coverage.map((c) => coverageName(c, t, locale)).join(', ') || '—'}</dd>
        <dt>{fieldLabel('languages', t)}</dt>
        <dd>{data.languages.map((l) => languageLabel(l, t, locale)).join(', ') || '—'}</dd>
        <dt>{fieldLabel('sourceLocale', t)}</dt>
        <dd>{languageLabel(data.sourceLocale, t, locale)}</dd>
      </dl>
      {Object.entries(data.text).map(([lang, text]) =>
        text ? (
          <section>
            <h3>{t('admin.revision.textIn', { language: languageLabel(lang, t, locale) })}</h3>
            <div lang={lang}>
              <p>
                <strong>{text.title}</strong>
              </p>
              <p>{text.summary}</p>
              {text.eligibility ? (
                <p>
                  {fieldLabel('eligibility', t)}
                  {t('common.colon')} {text.eligibility}
                </p>
              ) : null}
              <TextBlock text={text.description} />
            </div>
          </section>
        ) : null,
      )}

      {item ? <ItemStatusForm t={t} token={token} item={item} back={url.pathname} /> : null}

      <h2>{t('admin.revision.history')}</h2>
      {view.history.length === 0 ? (
        <p>{t('admin.revision.noHistory')}</p>
      ) : (
        <ScrollTable id="revision-history" caption={t('admin.revision.historyCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('admin.revision.revision')}</th>
              <th scope="col">{t('admin.revision.status')}</th>
              <th scope="col">{t('admin.revision.updated')}</th>
              <th scope="col">{t('admin.revision.changed')}</th>
            </tr>
          </thead>
          <tbody>
            {view.history.map((h) => (
              <tr>
                <th scope="row">{h.id === revision.id ? `#${h.id}` : <a href={`/admin/revisions/${h.id}`}>#{h.id}</a>}</th>
                <td>
                  {t(`admin.status.${h.status}`)}
                  {h.reason && h.status === 'returned' ? (
                    <>
                      {t('common.colon')} {shortValue(h.reason)}
                    </>
                  ) : null}
                </td>
                <td>
                  <DateTime value={h.updatedAt} locale={locale} />
                </td>
                <td>{h.changes ? Object.keys(h.changes).map((field) => fieldLabel(field, t)).join(', ') || '—' : '—'}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>
  );
}

/** Publish, unpublish or archive the item; the form comes back to `back` (an /admin page). */
function ItemStatusForm({ t, token, item, back }: { t: Translate; token: string; item: { id: number; status: string }; back: string }) {
  return (
    <section aria-labelledby="item-status">
      <h2 id="item-status">{t('admin.item.title')}</h2>
      <p>{t('admin.item.lead')}</p>
      <PostForm action={`/admin/items/${item.id}/status`} token={token}>
        <input type="hidden" name="back" value={back} />
        <div class="field">
          <label for="f-status">{t('admin.item.status')}</label>
          <select id="f-status" name="status">
            {itemStatuses.map((s) => (
              <option value={s} selected={s === item.status}>
                {t(`admin.itemStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('admin.item.save')}</button>
      </PostForm>
    </section>
  );
}
