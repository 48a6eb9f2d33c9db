import { type Context, Hono } from 'hono';
import { recordAudit } from '../audit/audit.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { ErrorSummary, Field, type FieldErrors, PostForm } from '../../web/components/form.js';
import { isLocale, locales } from '../../web/i18n/locales.js';
import { gate } from '../../web/policy.js';
import { doneNotice, render } from '../../web/render.js';
import { actorOf, authErrorCode, checkFields, formFields, forwardCookies } from './forms.js';
import { passwordProblem } from './password-policy.js';
import { deleteAccount } from './delete-account.js';

interface Profile {
  name: string;
  organisationName: string;
  country: string;
  languages: string;
  emailLocale: string;
}


/** /account: profile, password, sign out everywhere, delete the account. */
export function accountSettingsPages(deps: AppDeps) {
  const { db, auth } = deps;
  const profileOf = async (userId: string): Promise<Profile> => {
    const row = await db.selectFrom('users').select(['name', 'organisationName', 'country', 'languages', 'emailLocale']).where('id', '=', userId).executeTakeFirstOrThrow();
    return { name: row.name, organisationName: row.organisationName ?? '', country: row.country ?? '', languages: row.languages ?? '', emailLocale: row.emailLocale };
  };

  const page = async (c: Context<AppEnv>, form: { profile?: Profile; errors?: FieldErrors; section?: string } = {}, status: 200 | 400 = 200) => {
    const t = c.var.t;
    const user = c.var.user!;
    const profile = form.profile ?? (await profileOf(user.id));
    const errors = form.errors ?? {};
    const token = c.var.csrfToken();
    doneNotice(c, { 'profile-saved': 'accounts.account.profileSaved', 'password-changed': 'accounts.account.passwordChanged' });
    return render(
      c,
      { title: t('accounts.account.title') },
      <>
        <h1>{t('accounts.account.title')}</h1>
        <p>{user.email}</p>
        <h2>{t('accounts.account.roles')}</h2>
        <ul>
          <li>{t(`accounts.role.${user.hubRole}`)}</li>
          {user.memberships.map((m) => (
            <li>
              {t(`accounts.role.${m.role}`)} — {m.organisationSlug}
            </li>
          ))}
          {user.focalPointCountries.map((country) => (
            <li>{t('accounts.role.focalPoint', { country })}</li>
          ))}
        </ul>
        <h2 id="profile">{t('accounts.account.profile')}</h2>
        {form.section === 'profile' ? <ErrorSummary errors={errors} t={t} /> : null}
        <PostForm action="/account/profile" token={token}>
          <Field name="name" label={t('accounts.field.name')} value={profile.name} error={errors.name} required maxlength={120} autocomplete="name" />
          <Field name="organisationName" label={t('accounts.field.organisationName')} value={profile.organisationName} error={errors.organisationName} maxlength={200} autocomplete="organization" />
          <Field name="country" label={t('accounts.field.country')} value={profile.country} error={errors.country} maxlength={3} autocomplete="country" />
          <Field name="languages" label={t('accounts.field.languages')} value={profile.languages} error={errors.languages} maxlength={100} />
          <div class="field">
            <label for="f-emailLocale">{t('accounts.field.emailLocale')}</label>
            <select id="f-emailLocale" name="emailLocale">
              {locales.map((l) => (
                <option value={l} selected={profile.emailLocale === l}>
                  {t(`language.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t('accounts.account.saveProfile')}</button>
        </PostForm>
        <h2 id="password">{t('accounts.account.password')}</h2>
        {form.section === 'password' ? <ErrorSummary errors={errors} t={t} /> : null}
        <PostForm action="/account/password" token={token}>
          <Field name="currentPassword" label={t('accounts.field.currentPassword')} type="password" error={errors.currentPassword} required autocomplete="current-password" />
          <Field name="newPassword" label={t('accounts.field.newPassword')} type="password" error={errors.newPassword} hint={t('accounts.field.passwordHint')} required autocomplete="new-password" />
          <button type="submit">{t('accounts.account.changePassword')}</button>
        </PostForm>
        <h2>{t('accounts.signOut.submit')}</h2>
        <PostForm action="/sign-out" token={token} class="inline-form">
          <button type="submit">{t('accounts.signOut.submit')}</button>
        </PostForm>{' '}
        <PostForm action="/sign-out-everywhere" token={token} class="inline-form">
          <button type="submit">{t('accounts.signOut.everywhere')}</button>
        </PostForm>
        <h2 id="delete">{t('accounts.account.delete')}</h2>
        <p>{t('accounts.account.deleteLead')}</p>
        {form.section === 'delete' ? <ErrorSummary errors={errors} t={t} /> : null}
        <PostForm action="/account/delete" token={token}>
          <Field name="deletePassword" label={t('accounts.account.deleteConfirm')} type="password" error={errors.deletePassword} required autocomplete="current-password" />
          <button type="submit">{t('accounts.account.delete')}</button>
        </PostForm>
      </>,
      status,
    );
  };

  return new Hono<AppEnv>()
    .get('/account', gate('signedIn'), (c) => page(c))
    .post('/account/profile', gate('signedIn'), async (c) => {
      const user = c.var.user!;
      const values = await formFields(c);
      const profile: Profile = {
        name: values.name ?? '',
        organisationName: values.organisationName ?? '',
        country: (values.country ?? '').toUpperCase(),
        languages: values.languages ?? '',
        emailLocale: isLocale(values.emailLocale) ? values.emailLocale : 'en',
      };
      const errors = checkFields(c, values, { name: { required: true, max: 120 }, organisationName: { max: 200 }, languages: { max: 100 } });
      if (profile.country) {
        const known = await db.selectFrom('countries').select('iso3').where('iso3', '=', profile.country).executeTakeFirst();
        if (!known) errors.country = c.var.t('accounts.error.country');
      }
      if (Object.keys(errors).length) return page(c, { profile, errors, section: 'profile' }, 400);
      const before = await profileOf(user.id);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ name: profile.name, organisationName: profile.organisationName || null, country: profile.country || null, languages: profile.languages || null, emailLocale: profile.emailLocale })
          .where('id', '=', user.id)
          .execute();
        await recordAudit(trx, { actor: actorOf(c), action: 'update-profile', entityType: 'user', entityId: user.id, before: { ...before }, after: { ...profile } });
      });
      return c.redirect('/account?done=profile-saved', 303);
    })
    .post('/account/password', gate('signedIn'), async (c) => {
      const user = c.var.user!;
      const values = await formFields(c);
      const errors = checkFields(c, values, { currentPassword: { required: true }, newPassword: { required: true } });
      if (!errors.newPassword) {
        const problem = await passwordProblem(values.newPassword!, user.email);
        if (problem) errors.newPassword = c.var.t(`accounts.error.${problem}`);
      }
      if (Object.keys(errors).length) return page(c, { errors, section: 'password' }, 400);
      const res = await auth.api.changePassword({
        body: { currentPassword: values.currentPassword!, newPassword: values.newPassword!, revokeOtherSessions: true },
        headers: c.req.raw.headers,
        asResponse: true,
      });
      if (!res.ok) return page(c, { errors: { currentPassword: c.var.t('accounts.error.passwordWrong') }, section: 'password' }, 400);
      forwardCookies(c, res.headers);
      await recordAudit(db, { actor: actorOf(c), action: 'change-password', entityType: 'user', entityId: user.id });
      return c.redirect('/account?done=password-changed', 303);
    })
    .post('/account/delete', gate('signedIn'), async (c) => {
      const user = c.var.user!;
      const values = await formFields(c);
      try {
        await auth.api.verifyPassword({ body: { password: values.deletePassword ?? '' }, headers: c.req.raw.headers });
      } catch (error) {
        authErrorCode(error);
        return page(c, { errors: { deletePassword: c.var.t('accounts.error.passwordWrong') }, section: 'delete' }, 400);
      }
      await deleteAccount(db, user.id, actorOf(c));
      const res = await auth.api.signOut({ headers: c.req.raw.headers, asResponse: true }).catch(() => undefined);
      if (res) forwardCookies(c, res.headers);
      return c.redirect('/sign-in?done=account-deleted', 303);
    });
}
