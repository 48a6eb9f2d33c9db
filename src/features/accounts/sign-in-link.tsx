import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { PostForm } from '../../web/components/form.js';
import { gate } from '../../web/policy.js';
import { addressKey, forget } from '../../web/rate-limit.js';
import { render } from '../../web/render.js';
import { emailLinkPages } from './email-link-form.js';
import { authErrorCode, clientAddress, formFields, forwardCookies } from './forms.js';

/**
 * One-time sign-in links by email (better-auth's magic-link plugin, hashed tokens, 15 minutes): the
 * way back in for an owner whose account a guesser has throttled, or who forgot the password. The
 * emailed link opens a page with a button, so that a mail scanner following links does not use it up.
 */
export function signInLinkPages(deps: AppDeps) {
  const { auth, db } = deps;
  return new Hono<AppEnv>()
    .route(
      '/',
      emailLinkPages(deps, {
        path: '/sign-in/link',
        gate: 'visitor',
        texts: 'link',
        // Sent only to an existing account (auth.ts).
        send: (email) => auth.api.signInMagicLink({ body: { email }, headers: new Headers() }),
        done: '/sign-in?done=link-sent',
      }),
    )
    .get('/sign-in/link/open', gate('visitor'), (c) => {
      const t = c.var.t;
      return render(
        c,
        { title: t('accounts.signIn.title') },
        <>
          <h1>{t('accounts.signIn.title')}</h1>
          <p>{t('accounts.link.confirmLead')}</p>
          <PostForm action="/sign-in/link/open" token={c.var.csrfToken()}>
            <input type="hidden" name="token" value={c.req.query('token') ?? ''} />
            <button type="submit">{t('accounts.signIn.submit')}</button>
          </PostForm>
        </>,
      );
    })
    .post('/sign-in/link/open', gate('visitor'), async (c) => {
      const token = (await formFields(c)).token ?? '';
      if (!/^[\w-]{16,128}$/.test(token)) return c.redirect('/sign-in?done=link-failed', 303);
      let res: Response;
      try {
        // Without a callbackURL the plugin answers with the session's user instead of a redirect.
        res = await auth.api.magicLinkVerify({ query: { token }, headers: c.req.raw.headers, asResponse: true });
      } catch (error) {
        authErrorCode(error);
        return c.redirect('/sign-in?done=link-failed', 303);
      }
      const body = res.ok ? ((await res.json().catch(() => ({}))) as { user?: { email?: string } }) : {};
      if (!body.user?.email) return c.redirect('/sign-in?done=link-failed', 303);
      forwardCookies(c, res.headers);
      // In again from this address: its wrong-password count starts over.
      await forget(db, 'signInAccountAddress', `${body.user.email} ${addressKey(clientAddress(c)) ?? 'unknown'}`);
      return c.redirect('/account', 303);
    });
}
