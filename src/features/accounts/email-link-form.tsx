import { type Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { ErrorSummary, Field, type FieldErrors, PostForm } from '../../web/components/form.js';
import { type GateName, gate } from '../../web/policy.js';
import { emailLimits, takeAll } from '../../web/rate-limit.js';
import { render } from '../../web/render.js';
import { checkFields, clientAddress, formFields, tooMany } from './forms.js';

/** A form that asks only for an email address and sends a link to it. */
export interface EmailLinkForm {
  path: string;
  gate: GateName;
  /** Its texts: accounts.<texts>.title, .lead and .submit. */
  texts: 'forgot' | 'link';
  /** Sends the link (or nothing, for an address without an account: the answer is the same). */
  send: (email: string) => Promise<unknown>;
  /** Where to go once it is sent. */
  done: string;
}

function page(c: Context<AppEnv>, form: EmailLinkForm, values: Record<string, string> = {}, errors: FieldErrors = {}, status: 200 | 400 | 429 = 200) {
  const t = c.var.t;
  return render(
    c,
    { title: t(`accounts.${form.texts}.title`) },
    <>
      <h1>{t(`accounts.${form.texts}.title`)}</h1>
      <p>{t(`accounts.${form.texts}.lead`)}</p>
      <ErrorSummary errors={errors} t={t} />
      <PostForm action={form.path} token={c.var.csrfToken()}>
        <Field name="email" label={t('accounts.field.email')} type="email" value={values.email} error={errors.email} required autocomplete="email" maxlength={254} />
        <button type="submit">{t(`accounts.${form.texts}.submit`)}</button>
      </PostForm>
    </>,
    status,
  );
}

/**
 * The page and its POST: the address checked, the email limits taken (web/rate-limit.ts), the link
 * sent, and the same answer whether or not an account uses the address.
 */
export function emailLinkPages({ db }: Pick<AppDeps, 'db'>, form: EmailLinkForm) {
  return new Hono<AppEnv>()
    .get(form.path, gate(form.gate), (c) => page(c, form))
    .post(form.path, gate(form.gate), async (c) => {
      const values = await formFields(c);
      const errors = checkFields(c, values, { email: { required: true, email: true } });
      if (Object.keys(errors).length) return page(c, form, values, errors, 400);
      const email = values.email!.toLowerCase();
      const mail = await takeAll(db, emailLimits(clientAddress(c), email));
      if (!mail.allowed) return page(c, form, values, { email: tooMany(c, mail, 'accounts.limits.email') }, 429);
      await form.send(email);
      return c.redirect(form.done, 303);
    });
}
