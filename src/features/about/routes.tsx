import { type Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../web/context.js';
import type { FieldErrors } from '../../web/components/form.js';
import { gate } from '../../web/policy.js';
import { contactLimits, takeAll } from '../../web/rate-limit.js';
import { render } from '../../web/render.js';
import { clientAddress, formFields, tooMany } from '../accounts/forms.js';
import type { Actor } from '../audit/audit.js';
import { allPolicyAreas } from '../policy-areas/present.js';
import { contactMessageSender } from './commands.js';
import { contactRecipients, dataSources, partnerNames } from './queries.js';
import { isContactTopic, parsedContact } from './schema.js';
import { AboutPage } from './views/about-page.js';
import { type ContactDelivery, ContactPage, ContactSent } from './views/contact-page.js';
import { PrivacyPage } from './views/privacy-page.js';

type Ctx = Context<AppEnv>;

/** Who acts: the signed-in user, or an anonymous visitor from an address. */
function actorOf(c: Ctx): Actor {
  const user = c.var.user;
  return { userId: user?.id ?? null, email: user?.email ?? null, ip: clientAddress(c) };
}

/** Where a message sent now would go: the contact address, the secretariat's accounts, or nobody. */
async function deliveryOf(deps: AppDeps): Promise<ContactDelivery> {
  if (deps.brand.contactEmail) return { to: 'address', email: deps.brand.contactEmail };
  return (await contactRecipients(deps.db, deps.brand)).length ? { to: 'secretariat' } : { to: 'nobody' };
}

async function contactPage(c: Ctx, deps: AppDeps, values: Record<string, string>, errors: FieldErrors = {}, status: 200 | 422 | 429 = 200) {
  const t = c.var.t;
  const site = deps.brand.name;
  return render(
    c,
    { title: t('about.contact.title'), description: t('about.contact.description', { site }) },
    <ContactPage t={t} locale={c.var.locale} site={site} token={c.var.csrfToken()} delivery={await deliveryOf(deps)} values={values} errors={errors} />,
    status,
  );
}

/**
 * About the hub: /about (what it is, who runs it, partners, joining, review, data sources), /privacy,
 * and /contact, a form to the secretariat through the outbox. A message is kept (contact_messages)
 * and emailed to the operator's contact address, else to every secretariat account, else to nobody
 * (the pages say so); it is within the abuse limits of web/rate-limit.ts (per address, per sender).
 */
export function aboutPages(deps: AppDeps) {
  const { db, mailer, brand } = deps;
  return new Hono<AppEnv>()
    .get('/about', gate('public'), async (c) => {
      const t = c.var.t;
      const [partners, sources] = await Promise.all([partnerNames(db, c.var.locale), dataSources(db, c.var.locale)]);
      return render(
        c,
        { title: t('about.footer.about'), description: t('about.page.description', { site: brand.name }) },
        <AboutPage t={t} brand={brand} policyAreas={allPolicyAreas(t)} partners={partners} sources={sources} />,
      );
    })
    .get('/privacy', gate('public'), (c) => {
      const t = c.var.t;
      return render(c, { title: t('about.privacy.title'), description: t('about.privacy.description', { site: brand.name }) }, <PrivacyPage t={t} brand={brand} />);
    })
    .get('/contact', gate('public'), async (c) => {
      const user = c.var.user;
      const topic = c.req.query('topic');
      return contactPage(c, deps, { name: user?.name ?? '', email: user?.email ?? '', topic: isContactTopic(topic) ? topic : 'general' });
    })
    .post('/contact', gate('public'), async (c) => {
      const values = await formFields(c);
      const { input, errors } = parsedContact(values, c.var.t, c.var.locale);
      if (!input) return contactPage(c, deps, values, errors, 422);
      const verdict = await takeAll(db, contactLimits(clientAddress(c), input.email));
      if (!verdict.allowed) return contactPage(c, deps, values, { message: tooMany(c, verdict, 'about.contact.error.limit') }, 429);
      await db.transaction().execute(async (trx) =>
        contactMessageSender(trx, mailer, input, {
          recipients: await contactRecipients(trx, brand),
          site: brand.name,
          locale: c.var.locale,
          userId: c.var.user?.id ?? null,
          actor: actorOf(c),
        }),
      );
      return c.redirect('/contact/sent', 303);
    })
    .get('/contact/sent', gate('public'), async (c) => {
      const t = c.var.t;
      return render(c, { title: t('about.contact.sent.title') }, <ContactSent t={t} delivery={await deliveryOf(deps)} />);
    });
}
