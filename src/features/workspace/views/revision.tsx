import { type FieldErrors, PostForm } from '../../../web/components/form.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import { type Locale, locales } from '../../../web/i18n/locales.js';
import { revisionTitle } from '../../contributions/queries.js';
import { type Revision, editableRevisionStatuses, openRevisionStatuses } from '../../contributions/types.js';
import { type ItemFormValues, valuesOfData } from '../item-form.js';
import { formatDate } from './dashboard.js';
import { ItemForm } from './item-form.js';
import { policyAreaLabel } from '../../policy-areas/present.js';

export interface RevisionPageProps {
  t: Translate;
  locale: Locale;
  token: string;
  revision: Revision;
  workspace: { slug: string; name: string };
  /** The published item it changes, if any. */
  item: { type: string; slug: string } | null;
  /** The edit form as typed, when sent back with errors. */
  form?: { values: ItemFormValues; errors: FieldErrors } | undefined;
}

/** A proposal: where it stands, the secretariat's reason if returned, and what its author may still do. */
export function RevisionPage({ t, locale, token, revision, workspace, item, form }: RevisionPageProps) {
  const editable = (editableRevisionStatuses as readonly string[]).includes(revision.status);
  const open = (openRevisionStatuses as readonly string[]).includes(revision.status);
  const title = revisionTitle(revision.data) || t('workspace.revision.untitled');
  const base = `/workspace/revisions/${revision.id}`;
  return (
    <>
      <p>
        <a href="/workspace">{t('workspace.revision.back')}</a>
      </p>
      <h1>{t('workspace.revision.title', { title })}</h1>
      <dl>
        <dt>{t('workspace.revision.status')}</dt>
        <dd>{t(`workspace.status.${revision.status}`)}</dd>
        <dt>{t('workspace.revision.organisation')}</dt>
        <dd>{workspace.name}</dd>
        <dt>{t('workspace.form.type')}</dt>
        <dd>{t(`itemType.${revision.type}`)}</dd>
        {item ? (
          <>
            <dt>{t('workspace.revision.changeOf')}</dt>
            <dd>
              <a href={`/${item.type === 'solution' ? 'solutions' : 'resources'}/${item.slug}`}>{item.slug}</a>
            </dd>
          </>
        ) : null}
        <dt>{t('workspace.revision.updatedAt')}</dt>
        <dd>{formatDate(locale, revision.updatedAt)}</dd>
      </dl>
      {revision.status === 'returned' && revision.reason ? (
        <section aria-labelledby="reason">
          <h2 id="reason">{t('workspace.revision.reason')}</h2>
          {revision.reason.split(/\n{2,}/).map((paragraph) => (
            <p>{paragraph}</p>
          ))}
        </section>
      ) : null}
      {editable ? (
        <>
          <h2>{t('workspace.revision.editTitle')}</h2>
          <ItemForm
            t={t}
            action={base}
            token={token}
            values={form?.values ?? valuesOfData(revision.data)}
            errors={form?.errors ?? {}}
            contributor={workspace.slug}
            typeFixed={revision.itemId !== null}
            submitLabel={t('workspace.form.save')}
          />
          <h2>{t('workspace.revision.submitTitle')}</h2>
          <p>{t('workspace.revision.submitLead')}</p>
          <PostForm action={`${base}/submit`} token={token}>
            <button type="submit">{t('workspace.revision.submit')}</button>
          </PostForm>
        </>
      ) : (
        <Summary t={t} revision={revision} />
      )}
      {open ? (
        <>
          <h2>{t('workspace.revision.withdrawTitle')}</h2>
          <p>{t('workspace.revision.withdrawLead')}</p>
          <PostForm action={`${base}/withdraw`} token={token}>
            <button type="submit">{t('workspace.revision.withdraw')}</button>
          </PostForm>
        </>
      ) : null}
    </>
  );
}

/** What a proposal that can no longer be edited says, read-only. */
function Summary({ t, revision }: { t: Translate; revision: Revision }) {
  const data = revision.data;
  const list = (values: readonly string[], label: (v: string) => string) => values.map(label).join(', ');
  return (
    <>
      <dl>
        <dt>{t('workspace.form.kind')}</dt>
        <dd>{t(`kind.${data.kind}`)}</dd>
        <dt>{t('workspace.form.cost')}</dt>
        <dd>{t(`cost.${data.cost}`)}</dd>
        {data.access.applyUrl ? (
          <>
            <dt>{t('workspace.form.applyUrl')}</dt>
            <dd>{data.access.applyUrl}</dd>
          </>
        ) : null}
        {data.access.email ? (
          <>
            <dt>{t('workspace.form.contactEmail')}</dt>
            <dd>{data.access.email}</dd>
          </>
        ) : null}
        {data.access.viaHub ? (
          <>
            <dt>{t('workspace.form.access')}</dt>
            <dd>{t('workspace.form.viaHub')}</dd>
          </>
        ) : null}
        {data.link ? (
          <>
            <dt>{t('workspace.form.link')}</dt>
            <dd>{data.link}</dd>
          </>
        ) : null}
        <dt>{t('workspace.form.policyAreas')}</dt>
        <dd>{list(data.policyAreas, (v) => policyAreaLabel(t, v))}</dd>
        <dt>{t('workspace.form.coverage')}</dt>
        <dd>{data.coverage.join(', ')}</dd>
        <dt>{t('workspace.form.languages')}</dt>
        <dd>{list(data.languages, (v) => t(`language.${v}`))}</dd>
        <dt>{t('workspace.form.organisations')}</dt>
        <dd>{data.organisations.join(', ')}</dd>
      </dl>
      {locales.map((l) => {
        const text = data.text[l];
        if (!text) return null;
        return (
          <section lang={l}>
            <h2>{text.title}</h2>
            <p>{text.summary}</p>
            {text.eligibility ? <p>{text.eligibility}</p> : null}
          </section>
        );
      })}
    </>
  );
}
