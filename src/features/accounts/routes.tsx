import { type Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { ErrorSummary, Field, type FieldErrors, PostForm } from '../../web/components/form.js';
import { gate, safeNext } from '../../web/policy.js';
import { doneNotice, render } from '../../web/render.js';
import { addressKey, emailLimits, forget, takeAll } from '../../web/rate-limit.js';
import { emailLinkPages } from './email-link-form.js';
import { removeAbandonedSignUp } from './abandoned-sign-ups.js';
import { authErrorCode, checkFields, clientAddress, formFields, forwardCookies, tooMany } from './forms.js';
import { passwordProblem } from './password-policy.js';
import { signInLinkPages } from './sign-in-link.js';

type Values = Record<string, string>;

/** Notices carried over a redirect as a query flag (?done=…): a fixed list, never free text. */
const doneNotices = {
  'signed-out': 'accounts.signOut.done',
  verified: 'accounts.verify.done',
  'verify-failed': 'accounts.verify.failed',
  'reset-sent': 'accounts.forgot.sent',
  'password-reset': 'accounts.reset.done',
  'account-deleted': 'accounts.account.deleted',
  'link-sent': 'accounts.link.sent',
  'link-failed': 'accounts.link.failed',
} as const;


async function newPasswordError(c: Context<AppEnv>, password: string, email: string): Promise<string | undefined> {
  const problem = await passwordProblem(password, email);
  return problem ? c.var.t(`accounts.error.${problem}`) : undefined;
}

function signUpPage(c: Context<AppEnv>, values: Values = {}, errors: FieldErrors = {}, status: 200 | 400 | 429 = 200) {
  const t = c.var.t;
  return render(
    c,
    { title: t('accounts.signUp.title') },
    <>
      <h1>{t('accounts.signUp.title')}</h1>
      <p>{t('accounts.signUp.lead')}</p>
      <ErrorSummary errors={errors} t={t} />
      <PostForm action={`/sign-up${values.next ? `?next=${encodeURIComponent(values.next)}` : ''}`} token={c.var.csrfToken()}>
        <Field name="name" label={t('accounts.field.name')} value={values.name} error={errors.name} required autocomplete="name" maxlength={120} />
        <Field name="email" label={t('accounts.field.email')} type="email" value={values.email} error={errors.email} required autocomplete="email" maxlength={254} />
        <Field name="password" label={t('accounts.field.password')} type="password" error={errors.password} hint={t('accounts.field.passwordHint')} required autocomplete="new-password" />
        <button type="submit">{t('accounts.signUp.submit')}</button>
      </PostForm>
      <p>
        <a href={`/sign-in${values.next ? `?next=${encodeURIComponent(safeNext(values.next))}` : ''}`}>{t('accounts.signUp.haveAccount')}</a>
      </p>
    </>,
    status,
  );
}

function signInPage(c: Context<AppEnv>, values: Values = {}, errors: FieldErrors = {}, status: 200 | 400 | 429 = 200) {
  const t = c.var.t;
  const next = values.next ?? c.req.query('next');
  return render(
    c,
    { title: t('accounts.signIn.title') },
    <>
      <h1>{t('accounts.signIn.title')}</h1>
      <ErrorSummary errors={errors} t={t} />
      <PostForm action={`/sign-in${next ? `?next=${encodeURIComponent(safeNext(next))}` : ''}`} token={c.var.csrfToken()}>
        <Field name="email" label={t('accounts.field.email')} type="email" value={values.email} error={errors.email} required autocomplete="username" maxlength={254} />
        <Field name="password" label={t('accounts.field.password')} type="password" error={errors.password} required autocomplete="current-password" />
        <button type="submit">{t('accounts.signIn.submit')}</button>
      </PostForm>
      <p>
        <a href="/forgot-password">{t('accounts.signIn.forgot')}</a>
      </p>
      <p>
        <a href="/sign-in/link">{t('accounts.signIn.linkInstead')}</a>
      </p>
      <p>
        <a href={`/sign-up${next ? `?next=${encodeURIComponent(safeNext(next))}` : ''}`}>{t('accounts.signIn.noAccount')}</a>
      </p>
    </>,
    status,
  );
}

function messagePage(c: Context<AppEnv>, title: string, message: string) {
  return render(
    c,
    { title },
    <>
      <h1>{title}</h1>
      <p role="status">{message}</p>
    </>,
  );
}

/** Sign-up, sign-in and out, email verification, password reset: better-auth does the work, these pages the forms. */
export function accountPages(deps: AppDeps) {
  const { auth, db } = deps;
  return new Hono<AppEnv>()
    .get('/sign-up', gate('visitor'), (c) => signUpPage(c, { next: c.req.query('next') ?? '' }))
    .post('/sign-up', gate('visitor'), async (c) => {
      const values = await formFields(c);
      values.next = c.req.query('next') ?? '';
      const errors = checkFields(c, values, { name: { required: true, max: 120 }, email: { required: true, email: true }, password: { required: true } });
      if (!errors.password && values.password) {
        const problem = await newPasswordError(c, values.password, values.email ?? '');
        if (problem) errors.password = problem;
      }
      if (Object.keys(errors).length) return signUpPage(c, values, errors, 400);
      const email = values.email!.toLowerCase();
      const mail = await takeAll(db, emailLimits(clientAddress(c), email));
      if (!mail.allowed) return signUpPage(c, values, { email: tooMany(c, mail, 'accounts.limits.email') }, 429);
      await removeAbandonedSignUp(db, deps.dialect, email);
      // A known address gets the same answer (and an email saying what to do): see onExistingUserSignUp in auth.ts.
      // A page to come back to after confirming the address (safeNext: a path of the hub only) goes into the emailed link.
      const callbackURL = values.next ? safeNext(values.next) : undefined;
      await auth.api.signUpEmail({
        body: { name: values.name!, email, password: values.password!, emailLocale: c.var.locale, ...(callbackURL ? { callbackURL } : {}) } as never,
        headers: c.req.raw.headers,
      });
      return messagePage(c, c.var.t('accounts.signUp.title'), c.var.t('accounts.signUp.checkEmail', { email: values.email }));
    })
    .get('/sign-in', gate('visitor'), (c) => {
      doneNotice(c, doneNotices);
      return signInPage(c);
    })
    .post('/sign-in', gate('visitor'), async (c) => {
      const t = c.var.t;
      const values = await formFields(c);
      values.next = c.req.query('next') ?? '';
      const errors = checkFields(c, values, { email: { required: true, email: true }, password: { required: true } });
      if (Object.keys(errors).length) return signInPage(c, values, errors, 400);
      const email = values.email!.toLowerCase();
      const address = addressKey(clientAddress(c));
      const here = `${email} ${address ?? 'unknown'}`;
      // Counted before the password is checked, each count taken atomically: parallel guesses cannot
      // get past a limit. A guesser elsewhere uses up their address's counts, not the owner's.
      const verdict = await takeAll(db, [
        ['signInAccountAddress', here],
        ['signInAddress', address],
        ['signInAccount', email],
      ]);
      if (!verdict.allowed) return signInPage(c, values, { email: tooMany(c, verdict, 'accounts.signIn.throttled') }, 429);
      const res = await auth.api.signInEmail({ body: { email, password: values.password! }, headers: c.req.raw.headers, asResponse: true });
      if (res.ok) {
        await forget(db, 'signInAccountAddress', here);
        forwardCookies(c, res.headers);
        return c.redirect(safeNext(values.next), 303);
      }
      const code = ((await res.json().catch(() => ({}))) as { code?: string }).code ?? '';
      if (code === 'EMAIL_NOT_VERIFIED') {
        // The right password of an unconfirmed account: a new confirmation link, within the email limits.
        const mail = await takeAll(db, emailLimits(clientAddress(c), email));
        if (!mail.allowed) return signInPage(c, values, { email: tooMany(c, mail, 'accounts.signIn.notVerifiedNoMail') }, 429);
        await auth.api.sendVerificationEmail({ body: { email, ...(values.next ? { callbackURL: safeNext(values.next) } : {}) } });
        return signInPage(c, values, { email: t('accounts.signIn.notVerified') }, 400);
      }
      return signInPage(c, values, { password: t('accounts.signIn.failed') }, 400);
    })
    // A page for the sign-out button, so that a plain link can lead to it (signing out is a POST).
    .get('/sign-out', gate('signedIn'), (c) => {
      const t = c.var.t;
      return render(
        c,
        { title: t('accounts.signOut.submit') },
        <>
          <h1>{t('accounts.signOut.submit')}</h1>
          <PostForm action="/sign-out" token={c.var.csrfToken()} class="inline-form">
            <button type="submit">{t('accounts.signOut.submit')}</button>
          </PostForm>{' '}
          <PostForm action="/sign-out-everywhere" token={c.var.csrfToken()} class="inline-form">
            <button type="submit">{t('accounts.signOut.everywhere')}</button>
          </PostForm>
        </>,
      );
    })
    .post('/sign-out', gate('signedIn'), async (c) => {
      const res = await auth.api.signOut({ headers: c.req.raw.headers, asResponse: true });
      forwardCookies(c, res.headers);
      return c.redirect('/sign-in?done=signed-out', 303);
    })
    .post('/sign-out-everywhere', gate('signedIn'), async (c) => {
      await auth.api.revokeSessions({ headers: c.req.raw.headers });
      const res = await auth.api.signOut({ headers: c.req.raw.headers, asResponse: true });
      forwardCookies(c, res.headers);
      return c.redirect('/sign-in?done=signed-out', 303);
    })
    .get('/verify-email', gate('public'), async (c) => {
      const token = c.req.query('token') ?? '';
      // Where the sign-up was going ("Ask for this"): kept for the sign-in that follows, a path of the hub only.
      const next = c.req.query('next');
      const back = next ? `&next=${encodeURIComponent(safeNext(next))}` : '';
      try {
        await auth.api.verifyEmail({ query: { token } });
        return c.redirect(`/sign-in?done=verified${back}`, 303);
      } catch (error) {
        authErrorCode(error);
        return c.redirect(`/sign-in?done=verify-failed${back}`, 303);
      }
    })
    .route(
      '/',
      emailLinkPages(deps, {
        path: '/forgot-password',
        gate: 'public',
        texts: 'forgot',
        send: (email) => auth.api.requestPasswordReset({ body: { email } }).catch(authErrorCode),
        done: '/sign-in?done=reset-sent',
      }),
    )
    .get('/reset-password', gate('public'), (c) => resetPage(c, { token: c.req.query('token') ?? '' }))
    .post('/reset-password', gate('public'), async (c) => {
      const values = await formFields(c);
      const errors = checkFields(c, values, { password: { required: true } });
      // Whose reset this is, to refuse their email as the new password: better-auth keeps a reset token as
      // the verification `reset-password:<token>` whose value is the user id (checked by accounts.test.ts).
      const pending = await db.selectFrom('verifications').select('value').where('identifier', '=', `reset-password:${values.token ?? ''}`).executeTakeFirst();
      const email = pending ? ((await db.selectFrom('users').select('email').where('id', '=', pending.value).executeTakeFirst())?.email ?? '') : '';
      if (!errors.password) {
        const problem = await newPasswordError(c, values.password!, email);
        if (problem) errors.password = problem;
      }
      if (Object.keys(errors).length) return resetPage(c, values, errors, 400);
      try {
        await auth.api.resetPassword({ body: { newPassword: values.password!, token: values.token ?? '' } });
      } catch (error) {
        authErrorCode(error);
        return resetPage(c, values, { password: c.var.t('accounts.reset.failed') }, 400);
      }
      return c.redirect('/sign-in?done=password-reset', 303);
    })
    .route('/', signInLinkPages(deps));
}

function resetPage(c: Context<AppEnv>, values: Values, errors: FieldErrors = {}, status: 200 | 400 = 200) {
  const t = c.var.t;
  return render(
    c,
    { title: t('accounts.reset.title') },
    <>
      <h1>{t('accounts.reset.title')}</h1>
      <ErrorSummary errors={errors} t={t} />
      <PostForm action="/reset-password" token={c.var.csrfToken()}>
        <input type="hidden" name="token" value={values.token ?? ''} />
        <Field name="password" label={t('accounts.field.newPassword')} type="password" error={errors.password} hint={t('accounts.field.passwordHint')} required autocomplete="new-password" />
        <button type="submit">{t('accounts.reset.submit')}</button>
      </PostForm>
    </>,
    status,
  );
}
