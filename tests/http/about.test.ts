import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createDeps } from '../../src/deps.js';
import { readEnv } from '../../src/env.js';
import { defaultMailFrom } from '../../src/web/brand.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';
import { signedInVisitor } from '../helpers/roles.js';
import { Visitor, emailLink } from '../helpers/visitor.js';

/*
 * About the hub: /about, /privacy and /contact (a message to the secretariat through the outbox, with
 * abuse limits), and the operator's branding from the environment (HUB_NAME, HUB_TAGLINE,
 * HUB_LOGO_TEXT, HUB_CONTACT_EMAIL). Two apps share one database: the hub as shipped (no contact
 * address), and one under an operator's brand with a contact address.
 */

let hub: TestHub;
let branded: Pick<TestHub, 'app'>;
const db = () => hub.db.db;
const contactAddress = 'secretariat@acme.example';

const page = async (app: Pick<TestHub, 'app'>, path: string) => {
  const res = await app.app.request(path);
  return { status: res.status, html: await res.text() };
};

const outboxCount = async () => Number((await db().selectFrom('outbox').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const contactCount = async () => Number((await db().selectFrom('contactMessages').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

const message = (overrides: Record<string, string> = {}) => ({
  name: 'Aminata Diallo',
  email: 'aminata@example.sn',
  topic: 'partner',
  message: 'Our agency would like to present its export training for small businesses.\nWho should we talk to?',
  ...overrides,
});

/** Post the contact form from the contact page, as a browser would. */
const send = (visitor: Visitor, fields: Record<string, string>) => visitor.post('/contact', fields, { from: '/contact' });

beforeAll(async () => {
  hub = await createTestHub({ officialFigures: true });
  const deps = createDeps({
    db: hub.db.db,
    dialect: hub.db.dialect,
    logger: pino({ level: 'silent' }),
    fallbackUrl: 'http://localhost',
    secret: 'test-secret-for-e4d-hub-tests-only-0123456789',
    pageCacheSeconds: 0,
    mail: { from: defaultMailFrom('Portail ACME') },
    brand: { name: 'Portail ACME', tagline: 'Commerce for all', logoText: 'ACME', contactEmail: contactAddress },
  });
  branded = { app: createApp(deps) };
}, 60_000);
afterAll(() => hub.close());

describe('/about', () => {
  it('says what the hub is, lists the real partners with links, how to join, how review works and each data source with its licence', async () => {
    const { status, html } = await page(hub, '/about');
    expect(status).toBe(200);
    expect(html).toContain('<title>About the hub · E4D Hub</title>');
    expect(html).toContain('<h1>About E4D Hub</h1>');
    expect(html).toContain('E-Commerce Week 2017');
    // The seven policy areas, each linked.
    expect(html.match(/href="\/policy-areas\/[a-z-]+"/g)).toHaveLength(7);
    // Partners from the database, each linked to its page.
    expect(html).toContain('<a href="/organisations/unctad">United Nations Conference on Trade and Development (UNCTAD)</a>');
    expect(html).toContain('href="/organisations/itu"');
    const partners = Number((await db().selectFrom('organisations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    expect(html).toContain(`${partners} partner organisations present their services`);
    expect(html.match(/href="\/organisations\/[^"]+"/g)).toHaveLength(partners);
    // Joining and review, as the workspace and the secretariat's review work.
    expect(html).toContain('href="/contact?topic=partner"');
    expect(html).toContain('can be accepted for 7 days');
    expect(html).toContain('returns it with a reason');
    // The shipped figures: each B2C edition and indicator source with its licence.
    expect(html).toContain('UNCTAD B2C E-commerce Index 2020');
    expect(html).toContain('Licence: CC BY 4.0 (World Bank TCdata360).');
    expect(html).toContain('Licence: UNCTAD publication: figures reproduced with attribution (the note states no open licence).');
    expect(html).toContain('Source: World Bank, Global Findex Database 2017. Licence: CC BY 4.0.');
    expect(html).toContain('Account ownership');
    expect(html).toContain('Global Cyberlaw Tracker');
    expect(html).toContain('href="/data"');
    // No secretariat address is published when HUB_CONTACT_EMAIL is unset.
    expect(html).not.toContain('mailto:');
  });

  it('is in French and Spanish', async () => {
    const fr = await page(hub, '/about?lang=fr');
    expect(fr.html).toContain('<h1>À propos de E4D Hub</h1>');
    expect(fr.html).toContain('Conférence des Nations Unies sur le commerce et le développement');
    expect(fr.html).toContain('Comment une organisation devient partenaire');
    expect(fr.html).toContain('Licence\u00a0: CC BY 4.0.');
    const es = await page(hub, '/about?lang=es');
    expect(es.html).toContain('<h1>Acerca de E4D Hub</h1>');
    expect(es.html).toContain('Conferencia de las Naciones Unidas sobre Comercio y Desarrollo');
    expect(es.html).toContain('Fuentes de los datos y licencias');
    expect(es.html).toContain('Licencia: CC BY 4.0.');
  });

  it('publishes the operator’s contact address when one is set', async () => {
    const { html } = await page(branded, '/about');
    expect(html).toContain('<h1>About Portail ACME</h1>');
    expect(html).toContain(`<a href="mailto:${contactAddress}">${contactAddress}</a>`);
  });
});

describe('/privacy', () => {
  it('states what is stored, the retention the code applies, how to delete an account and the cookies', async () => {
    const { status, html } = await page(hub, '/privacy');
    expect(status).toBe(200);
    expect(html).toContain('<title>Privacy · E4D Hub</title>');
    expect(html).toContain('no trackers');
    expect(html).toContain('stored only as a hash (scrypt, by better-auth)');
    expect(html).toContain('A session ends 14 days after it was last renewed');
    expect(html).toContain('Nothing else is deleted automatically');
    expect(html).toContain('Messages sent through the contact page');
    expect(html).toContain('href="/account#delete"');
    for (const cookie of ['e4d.session_token', 'e4d_csrf', 'lang:']) expect(html).toContain(cookie);
  });

  it('is in French and Spanish', async () => {
    const fr = await page(hub, '/privacy?lang=fr');
    expect(fr.html).toContain('<h1>Confidentialité</h1>');
    expect(fr.html).toContain('14\u00a0jours après son dernier renouvellement');
    expect(fr.html).toContain('Rien d’autre n’est supprimé automatiquement');
    const es = await page(hub, '/privacy?lang=es');
    expect(es.html).toContain('<h1>Privacidad</h1>');
    expect(es.html).toContain('14 días después de su última renovación');
    expect(es.html).toContain('Nada más se elimina automáticamente');
  });
});

describe('the footer and the home page', () => {
  it('link to About, Contact and Privacy on every page, and the five purposes to the pages that serve them', async () => {
    for (const path of ['/', '/organisations', '/about']) {
      const { html } = await page(hub, path);
      const footer = html.slice(html.indexOf('<footer'));
      for (const href of ['/about', '/contact', '/privacy']) expect(footer, path).toContain(`href="${href}"`);
    }
    const { html } = await page(hub, '/');
    const purposes = html.slice(html.indexOf('<ul class="purposes">'), html.indexOf('</ul>', html.indexOf('<ul class="purposes">')));
    expect(purposes).toContain('<a href="/policy-areas">Navigate services by policy area</a>');
    expect(purposes).toContain('<a href="/requests">Connect with partners</a>');
    expect(purposes).toContain('<a href="/resources">Learn trends and best practices</a>');
    expect(purposes).toContain('<a href="/data">Read up-to-date e-commerce data</a>');
    expect(purposes).toContain('<a href="/events">Follow events and the actions they produce</a>');
    const fr = await page(hub, '/?lang=fr');
    expect(fr.html.slice(fr.html.indexOf('<footer'))).toContain('<a href="/privacy">Confidentialité</a>');
  });
});

describe('/contact', () => {
  it('shows the form with its token, the four topics and where the message goes', async () => {
    const visitor = new Visitor(branded);
    const res = await visitor.get('/contact?topic=data');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('name="_csrf"');
    for (const topic of ['general', 'partner', 'data', 'problem']) expect(html).toContain(`<option value="${topic}"`);
    expect(html).toContain('<option value="data" selected="">Data</option>');
    expect(html).toContain(`<a href="mailto:${contactAddress}">${contactAddress}</a>`);
    expect(html).toMatch(/<textarea id="f-message" name="message" required="" aria-describedby="f-message-hint" maxlength="5000"/);
    expect(html).toContain('At most 5,000 characters.');
    const es = await visitor.get('/contact?lang=es');
    expect(await es.text()).toContain('<option value="partner">Incorporarse como asociado</option>');
  });

  it('queues one email to the operator’s contact address, keeps the message, logs it, and redirects to a thank-you notice', async () => {
    const before = await outboxCount();
    const visitor = new Visitor(branded, { address: '203.0.113.10' });
    const res = await send(visitor, message());
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/contact/sent');
    expect(await outboxCount()).toBe(before + 1);
    const [email] = await db().selectFrom('outbox').select(['toAddress', 'subject', 'text', 'kind']).orderBy('id', 'desc').limit(1).execute();
    expect(email).toMatchObject({ toAddress: contactAddress, kind: 'contact', subject: '[Portail ACME] Join as a partner: message from Aminata Diallo' });
    expect(email!.text).toContain('Aminata Diallo <aminata@example.sn> wrote through the contact page of Portail ACME.');
    expect(email!.text).toContain('Our agency would like to present its export training for small businesses.\nWho should we talk to?');
    const stored = await db().selectFrom('contactMessages').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ name: 'Aminata Diallo', email: 'aminata@example.sn', topic: 'partner', recipients: 1, locale: 'en', userId: null });
    const audit = await db().selectFrom('auditLog').selectAll().where('entityType', '=', 'contact-message').where('entityId', '=', String(stored.id)).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'send', ipAddress: '203.0.113.10' });
    expect(JSON.parse(audit.changes)).toMatchObject({ topic: [null, 'partner'], recipients: [null, 1] });
    const thanks = await visitor.get('/contact/sent');
    expect(thanks.status).toBe(200);
    expect(await thanks.text()).toContain('Your message was emailed to the secretariat');
  });

  it.each([
    ['a missing email', { email: '' }, 'email', 'Fill in this field.'],
    ['a bad email', { email: 'aminata at example' }, 'email', 'Enter an email address such as name@example.org.'],
    ['an empty message', { message: '   \n  ' }, 'message', 'Fill in this field.'],
    ['a message too long', { message: 'x'.repeat(5001) }, 'message', 'Use at most 5,000 characters.'],
    ['a name too long', { name: 'n'.repeat(121) }, 'name', 'Use at most 120 characters.'],
    ['an unknown topic', { topic: 'spam' }, 'topic', 'Choose a topic.'],
  ])('refuses %s with 422, the message beside the field, the values kept, and nothing queued or kept', async (_case, override, field, text) => {
    const [emails, messages] = [await outboxCount(), await contactCount()];
    const visitor = new Visitor(branded);
    const res = await send(visitor, message(override));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(`<p class="error" id="f-${field}-error">${text}</p>`);
    expect(html).toContain(`<a href="#f-${field}">${text}</a>`);
    if (field !== 'name') expect(html).toContain('value="Aminata Diallo"');
    expect(await outboxCount()).toBe(emails);
    expect(await contactCount()).toBe(messages);
  });

  it('refuses in French too', async () => {
    const visitor = new Visitor(branded);
    await visitor.get('/contact?lang=fr');
    const res = await send(visitor, message({ email: '' }));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Remplissez ce champ.');
  });

  it('refuses a post without its form token, queueing nothing', async () => {
    const [emails, messages] = [await outboxCount(), await contactCount()];
    const res = await new Visitor(branded).post('/contact', message(), { token: null });
    expect(res.status).toBe(403);
    expect(await outboxCount()).toBe(emails);
    expect(await contactCount()).toBe(messages);
  });

  it('limits the messages signed with one email address, from any address: past 3 an hour, a clear 429 and nothing queued', async () => {
    const sender = 'busy@example.org';
    for (const [i, address] of ['192.0.2.1', '192.0.2.2', '192.0.2.3'].entries()) {
      expect((await send(new Visitor(branded, { address }), message({ email: sender, message: `Message ${i}` }))).status).toBe(303);
    }
    const [emails, messages] = [await outboxCount(), await contactCount()];
    const refused = await send(new Visitor(branded, { address: '192.0.2.4' }), message({ email: sender }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(/You have sent several messages in a short time\. Please try again in \d+ minutes?\./);
    expect(await outboxCount()).toBe(emails);
    expect(await contactCount()).toBe(messages);
  });

  it('limits the messages from one network address: past 10 an hour, a clear 429 and nothing queued', async () => {
    const visitor = new Visitor(branded, { address: '198.51.100.7' });
    for (let i = 0; i < 10; i += 1) expect((await send(visitor, message({ email: `person${i}@example.org` }))).status).toBe(303);
    const [emails, messages] = [await outboxCount(), await contactCount()];
    const refused = await send(visitor, message({ email: 'person10@example.org' }));
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain('You have sent several messages in a short time.');
    expect(await outboxCount()).toBe(emails);
    expect(await contactCount()).toBe(messages);
    // Another address is not held up.
    expect((await send(new Visitor(branded, { address: '198.51.100.8' }), message({ email: 'person11@example.org' }))).status).toBe(303);
  });
});

describe('where a message goes without a contact address', () => {
  it('with no secretariat account either: keeps the message, queues nothing, and says so before and after', async () => {
    expect(await db().selectFrom('users').select('id').where('hubRole', '=', 'secretariat').execute()).toEqual([]);
    const visitor = new Visitor(hub);
    const form = await visitor.get('/contact');
    expect(await form.text()).toContain('nobody will be notified by email');
    const emails = await outboxCount();
    const res = await send(visitor, message({ email: 'nobody-reads@example.org', topic: 'problem' }));
    expect(res.status).toBe(303);
    expect(await outboxCount()).toBe(emails);
    const stored = await db().selectFrom('contactMessages').selectAll().where('email', '=', 'nobody-reads@example.org').executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ topic: 'problem', recipients: 0 });
    const thanks = await visitor.get('/contact/sent');
    expect(await thanks.text()).toContain('nobody was notified by email');
  });

  it('with secretariat accounts: emails each of them in their own language', async () => {
    for (const [email, locale] of [
      ['staff-en@example.org', 'en'],
      ['staff-fr@example.org', 'fr'],
    ] as const) {
      await signedInVisitor(hub, email);
      await db().updateTable('users').set({ hubRole: 'secretariat', emailLocale: locale }).where('email', '=', email).execute();
    }
    const visitor = new Visitor(hub);
    expect(await (await visitor.get('/contact?lang=es')).text()).toContain('Su mensaje se envía por correo electrónico a la secretaría de la plataforma.');
    const res = await send(visitor, message({ email: 'ana@example.pe', name: 'Ana Quispe', topic: 'data' }));
    expect(res.status).toBe(303);
    const mails = await db().selectFrom('outbox').select(['toAddress', 'subject', 'text']).where('kind', '=', 'contact').where('toAddress', 'like', 'staff-%').orderBy('toAddress').execute();
    expect(mails.map((m) => [m.toAddress, m.subject])).toEqual([
      ['staff-en@example.org', '[E4D Hub] Data: message from Ana Quispe'],
      ['staff-fr@example.org', '[E4D Hub] Données\u00a0: message de Ana Quispe'],
    ]);
    expect(mails[1]!.text).toContain('Langue de la page\u00a0: espagnol');
    const stored = await db().selectFrom('contactMessages').select(['recipients', 'locale']).where('email', '=', 'ana@example.pe').executeTakeFirstOrThrow();
    expect(stored).toEqual({ recipients: 2, locale: 'es' });
  });

  it('a contact address takes precedence over the secretariat accounts', async () => {
    const res = await send(new Visitor(branded), message({ email: 'only-once@example.org' }));
    expect(res.status).toBe(303);
    const mails = await db().selectFrom('outbox').select('toAddress').where('kind', '=', 'contact').where('text', 'like', '%only-once@example.org%').execute();
    expect(mails).toEqual([{ toAddress: contactAddress }]);
  });

  it('a signed-in member finds the form filled with the account’s name and address, and the message is linked to the account', async () => {
    const member = await signedInVisitor(hub, 'member-writes@example.org', { name: 'Kofi Mensah' });
    const form = await (await member.get('/contact')).text();
    expect(form).toContain('value="Kofi Mensah"');
    expect(form).toContain('value="member-writes@example.org"');
    const res = await send(member, message({ name: 'Kofi Mensah', email: 'member-writes@example.org' }));
    expect(res.status).toBe(303);
    const stored = await db().selectFrom('contactMessages').select('userId').where('email', '=', 'member-writes@example.org').executeTakeFirstOrThrow();
    const user = await db().selectFrom('users').select('id').where('email', '=', 'member-writes@example.org').executeTakeFirstOrThrow();
    expect(stored.userId).toBe(user.id);
  });
});

describe('branding from the environment', () => {
  it('reads HUB_NAME, HUB_TAGLINE, HUB_LOGO_TEXT and HUB_CONTACT_EMAIL, with E4D Hub by default', () => {
    const defaults = readEnv({});
    expect(defaults).toMatchObject({ HUB_NAME: 'E4D Hub' });
    expect(defaults.HUB_TAGLINE).toBeUndefined();
    expect(defaults.HUB_LOGO_TEXT).toBeUndefined();
    expect(defaults.HUB_CONTACT_EMAIL).toBeUndefined();
    expect(defaults.MAIL_FROM).toBeUndefined();
    expect(readEnv({ HUB_NAME: '  Portail ACME ', HUB_TAGLINE: 'Commerce for all', HUB_LOGO_TEXT: 'ACME', HUB_CONTACT_EMAIL: 'info@acme.example', MAIL_FROM: '' })).toMatchObject({
      HUB_NAME: 'Portail ACME',
      HUB_TAGLINE: 'Commerce for all',
      HUB_LOGO_TEXT: 'ACME',
      HUB_CONTACT_EMAIL: 'info@acme.example',
    });
    expect(readEnv({ HUB_NAME: '' }).HUB_NAME).toBe('E4D Hub');
    expect(() => readEnv({ HUB_CONTACT_EMAIL: 'not an address' })).toThrow(/HUB_CONTACT_EMAIL/);
    expect(() => readEnv({ HUB_NAME: 'x'.repeat(81) })).toThrow(/HUB_NAME/);
    expect(() => readEnv({ HUB_TAGLINE: 'two\nlines' })).toThrow(/HUB_TAGLINE/);
    expect(defaultMailFrom('E4D Hub')).toBe('E4D Hub <no-reply@localhost>');
    expect(defaultMailFrom('ACME, Inc. "Hub"')).toBe('"ACME, Inc. \\"Hub\\"" <no-reply@localhost>');
  });

  it('shows the operator’s name in the title and the brand, its logo text and tagline; the default stays E4D Hub', async () => {
    const home = await page(branded, '/');
    expect(home.html).toContain('<title>Portail ACME</title>');
    expect(home.html).toContain('<a class="brand" href="/">ACME<small>Commerce for all</small></a>');
    expect(home.html).not.toContain('E4D Hub');
    const list = await page(branded, '/organisations?lang=fr');
    expect(list.html).toMatch(/<title>[^<]+ · Portail ACME<\/title>/);
    expect(list.html).toContain('<small>Commerce for all</small>');
    const missing = await page(branded, '/no-such-page');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain(' · Portail ACME</title>');

    const plain = await page(hub, '/');
    expect(plain.html).toContain('<title>E4D Hub</title>');
    expect(plain.html).toContain('<a class="brand" href="/">E4D Hub<small>E-commerce for development</small></a>');
    const plainFr = await page(hub, '/organisations?lang=fr');
    expect(plainFr.html).toMatch(/<title>[^<]+ · E4D Hub<\/title>/);
    expect(plainFr.html).toContain('<small>Commerce électronique pour le développement</small>');
  });

  it('puts the operator’s name in emails’ subjects and signatures', async () => {
    const visitor = new Visitor(branded);
    const res = await visitor.post('/sign-up', { name: 'Lina', email: 'lina@acme.example', password: 'A long enough passphrase 2026' }, { from: '/sign-up' });
    expect(res.status).toBe(200);
    const mail = await db().selectFrom('outbox').select(['subject', 'text']).where('toAddress', '=', 'lina@acme.example').executeTakeFirstOrThrow();
    expect(mail.subject).toBe('Confirm your email address for Portail ACME');
    expect(mail.text.split('\n').at(-1)).toBe('The Portail ACME secretariat');
    expect(await emailLink(hub, 'lina@acme.example', '/verify-email')).toMatch(/^\/verify-email\?token=/);
    // The hub as shipped keeps its name.
    const plain = await db().selectFrom('outbox').select(['subject']).where('toAddress', '=', 'staff-en@example.org').where('kind', '=', 'verify-email').executeTakeFirstOrThrow();
    expect(plain.subject).toBe('Confirm your email address for E4D Hub');
  });
});
