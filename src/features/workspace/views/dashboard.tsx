import { ErrorSummary, type FieldErrors, PostForm } from '../../../web/components/form.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import type { RevisionSummary } from '../../contributions/queries.js';
import { type WorkspaceOverview, listedStatuses } from '../queries.js';

/** A date as people of the page's language write it (dates are stored as ISO text or Date). */
export const formatDate = (locale: Locale, value: string | Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(value));

/** The key of the invitation form's email field: unique per workspace, as an admin may have several. */
export const inviteField = (slug: string) => `invite-${slug}`;

interface Props {
  t: Translate;
  locale: Locale;
  token: string;
  userId: string;
  workspaces: WorkspaceOverview[];
  isSecretariat: boolean;
  /** Errors of one workspace's invitation form, and what was typed. */
  invite?: { slug: string; email: string; errors: FieldErrors } | undefined;
}

/** /workspace: each of the user's workspaces with its proposals, published items and, for admins, members. */
export function Dashboard({ t, locale, token, userId, workspaces, isSecretariat, invite }: Props) {
  return (
    <>
      <h1>{t('workspace.dashboard.title')}</h1>
      {workspaces.length === 0 ? (
        <>
          <p>{t('workspace.dashboard.noWorkspace')}</p>
          {isSecretariat ? (
            <p>
              <a href="/admin">{t('workspace.dashboard.reviewQueue')}</a>
            </p>
          ) : null}
        </>
      ) : (
        <p>{t('workspace.dashboard.lead')}</p>
      )}
      {workspaces.map((w) => (
        <Workspace t={t} locale={locale} token={token} userId={userId} overview={w} invite={invite?.slug === w.membership.organisationSlug ? invite : undefined} />
      ))}
    </>
  );
}

function Workspace({ t, locale, token, userId, overview, invite }: { t: Translate; locale: Locale; token: string; userId: string; overview: WorkspaceOverview; invite: Props['invite'] }) {
  const slug = overview.membership.organisationSlug;
  const anchor = (part: string) => `ws-${slug}-${part}`;
  return (
    <section aria-labelledby={anchor('name')}>
      <h2 id={anchor('name')}>{overview.name}</h2>
      <p>{t('workspace.dashboard.yourRole', { role: t(`accounts.role.${overview.membership.role}`) })}</p>
      <ul class="actions">
        <li>
          <a href={`/workspace/${slug}/new?type=solution`}>{t('workspace.dashboard.newSolution')}</a>
        </li>
        <li>
          <a href={`/workspace/${slug}/new?type=resource`}>{t('workspace.dashboard.newResource')}</a>
        </li>
        <li>
          <a href={`/workspace/${slug}/events`}>{t('eventForms.list.title')}</a>
        </li>
        <li>
          <a href={`/workspace/${slug}/requests`}>{t('partnerRequests.dashboard.title')}</a>
        </li>
      </ul>
      <h3>{t('workspace.dashboard.proposals')}</h3>
      <ul aria-label={t('workspace.dashboard.counts')}>
        {listedStatuses.map((status) => (
          <li>
            <a href={`#${anchor(status)}`}>{t(`workspace.statusList.${status}`)}</a>
            {t('common.colon')} {overview.counts[status]}
          </li>
        ))}
      </ul>
      {listedStatuses.map((status) => (
        <>
          <h4 id={anchor(status)}>
            {t(`workspace.statusList.${status}`)} ({overview.counts[status]})
          </h4>
          <RevisionList t={t} locale={locale} revisions={overview.revisions[status]} />
        </>
      ))}
      <h3>{t('workspace.dashboard.items')}</h3>
      {overview.items.length === 0 ? (
        <p>{t('workspace.dashboard.noItems')}</p>
      ) : (
        <>
          <p>{t('workspace.dashboard.itemsLead')}</p>
          <ul>
            {overview.items.map((item) => (
              <li>
                <a href={`/${item.type === 'solution' ? 'solutions' : 'resources'}/${item.slug}`}>{item.title}</a> ({t(`itemType.${item.type}`)}){' '}
                {item.openRevision ? (
                  <a href={`/workspace/revisions/${item.openRevision.id}`}>
                    {t('workspace.dashboard.inProgress')}
                    {t('common.colon')} {t(`workspace.status.${item.openRevision.status}`)}
                  </a>
                ) : (
                  <PostForm action={`/workspace/${slug}/items/${item.id}/revisions`} token={token} class="inline-form">
                    <button type="submit" aria-label={t('workspace.dashboard.editLabel', { title: item.title })}>
                      {t('workspace.dashboard.edit')}
                    </button>
                  </PostForm>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {overview.members ? <Members t={t} locale={locale} token={token} userId={userId} overview={overview} invite={invite} /> : null}
    </section>
  );
}

function RevisionList({ t, locale, revisions }: { t: Translate; locale: Locale; revisions: RevisionSummary[] }) {
  if (revisions.length === 0) return <p>{t('workspace.dashboard.none')}</p>;
  return (
    <ul>
      {revisions.map((r) => (
        <li>
          <a href={`/workspace/revisions/${r.id}`}>{r.title || t('workspace.revision.untitled')}</a> ({t(`itemType.${r.type}`)},{' '}
          {t('workspace.dashboard.updated', { date: formatDate(locale, r.updatedAt) })})
          {r.status === 'returned' && r.reason ? (
            <p>
              {t('workspace.revision.reason')}
              {t('common.colon')} {r.reason}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Members({ t, locale, token, userId, overview, invite }: { t: Translate; locale: Locale; token: string; userId: string; overview: WorkspaceOverview; invite: Props['invite'] }) {
  const slug = overview.membership.organisationSlug;
  const field = inviteField(slug);
  const id = `f-${field}`;
  const error = invite?.errors[field];
  return (
    <>
      <h3>{t('workspace.members.title')}</h3>
      <ul>
        {overview.members!.map((m) => (
          <li>
            {m.name} &lt;{m.email}&gt; — {t(`accounts.role.${m.role}`)}{' '}
            {m.userId === userId ? (
              t('workspace.members.you')
            ) : (
              <PostForm action={`/workspace/${slug}/members/${m.id}/remove`} token={token} class="inline-form">
                <button type="submit" aria-label={t('workspace.members.removeLabel', { name: m.name })}>
                  {t('workspace.members.remove')}
                </button>
              </PostForm>
            )}
          </li>
        ))}
      </ul>
      <h3>{t('workspace.members.invitations')}</h3>
      {overview.invitations!.length === 0 ? (
        <p>{t('workspace.members.noInvitations')}</p>
      ) : (
        <ul>
          {overview.invitations!.map((i) => (
            <li>
              {i.email} — {t(`accounts.role.${i.role}`)}, {t('workspace.members.expires', { date: formatDate(locale, i.expiresAt) })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('workspace.members.invite')}</h3>
      <p>{t('workspace.members.inviteLead')}</p>
      {invite ? <ErrorSummary errors={invite.errors} t={t} /> : null}
      <PostForm action={`/workspace/${slug}/invitations`} token={token}>
        <div class={error ? 'field invalid' : 'field'}>
          <label for={id}>{t('workspace.members.inviteEmail')}</label>
          {error ? (
            <p class="error" id={`${id}-error`}>
              {error}
            </p>
          ) : null}
          <input
            id={id}
            name="email"
            type="email"
            required
            maxlength={254}
            autocomplete="off"
            value={invite?.email}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
        </div>
        <button type="submit">{t('workspace.members.inviteSubmit')}</button>
      </PostForm>
    </>
  );
}
