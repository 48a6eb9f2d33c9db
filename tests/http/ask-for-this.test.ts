import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MATCH_WEIGHTS } from '../../src/features/connect/matching.js';
import { signedInVisitor } from '../helpers/roles.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';
import { Visitor, emailLink } from '../helpers/visitor.js';

/**
 * "Ask for this": every solution page links to the request form started from that solution (its
 * title, its partner in the description, its policy areas, the member's country); a visitor signs in,
 * or signs up and confirms the address, and lands on the filled form; the request records the
 * solution and the matching ranks it and its partner first. Return addresses stay on the hub.
 */

const slug = 'gsma-mobile-money-regulatory-index';
const formPath = `/requests/new?solution=${slug}`;
const password = 'Baobab-shade in Dakar 2024';

let hub: TestHub;
const db = () => hub.db.db;

/** The value of a form field, the options chosen in a list, the boxes ticked. */
const field = (html: string, name: string) => new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(html)?.[1];
const textarea = (html: string, name: string) => new RegExp(`<textarea[^>]*name="${name}"[^>]*>([^<]*)</textarea>`).exec(html)?.[1];
const checked = (html: string, name: string) => [...html.matchAll(new RegExp(`<input[^>]*name="${name}"[^>]*>`, 'g'))].filter((m) => / checked/.test(m[0])).map((m) => /value="([^"]+)"/.exec(m[0])![1]!);
const selectedCountry = (html: string) => /<select[^>]*name="country"[^>]*>[\s\S]*?<\/select>/.exec(html)![0].match(/<option value="([A-Z]*)" selected/)?.[1] ?? '';

beforeAll(async () => {
  hub = await createTestHub();
}, 60_000);
afterAll(() => hub.close());

describe('the solution page', () => {
  it('has "Ask for this", a link to the form started from the solution, and still says how to get it', async () => {
    const html = await (await hub.get(`/solutions/${slug}`)).text();
    expect(html).toContain(`<a class="button" href="/requests/new?solution=${slug}">Ask for this</a>`);
    expect(html).toContain('You will be asked to sign in or create an account first.');
    expect(html).toContain('<h2 id="how-to-get">How to get it</h2>');
    expect(await (await hub.get(`/solutions/${slug}?lang=fr`)).text()).toContain('>Demander cette solution</a>');
    // Resources may be asked about too.
    expect(await (await hub.get('/resources/etrade-readiness-assessment-kenya')).text()).toContain('href="/requests/new?resource=etrade-readiness-assessment-kenya">Ask about this</a>');
  });
});

describe('the form started from a solution', () => {
  it('is filled in for a signed-in member with a country: title, description with the partner, policy areas, country', async () => {
    const member = await signedInVisitor(hub, 'ask-member@example.org', { password });
    await db().updateTable('users').set({ country: 'SEN' }).where('email', '=', 'ask-member@example.org').execute();
    const res = await member.get(formPath);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(field(html, 'title')).toBe('Help with Mobile Money Regulatory Index');
    expect(textarea(html, 'description')).toContain('Mobile Money Regulatory Index');
    expect(textarea(html, 'description')).toContain(`/solutions/${slug}`);
    expect(textarea(html, 'description')).toContain('GSMA');
    expect(checked(html, 'policyAreas')).toEqual(['payment-solutions', 'legal-regulatory']);
    expect(selectedCountry(html)).toBe('SEN');
    // Not a focal point: posting as one is not offered, nor chosen.
    expect(checked(html, 'requesterKind')).toEqual(['government']);
    expect(html).toContain(`<input type="hidden" name="item" value="solution/${slug}"/>`);
    expect(html).toContain('The form is filled in from “Mobile Money Regulatory Index”.');
  });

  it('leaves the country empty for a member without one', async () => {
    const member = await signedInVisitor(hub, 'ask-nocountry@example.org', { password });
    expect(selectedCountry(await (await member.get(formPath)).text())).toBe('');
  });

  it('gives an empty form with a notice for an unknown or malformed solution, never an error', async () => {
    const member = await signedInVisitor(hub, 'ask-unknown@example.org', { password });
    for (const query of ['solution=no-such-solution', 'solution=', 'solution=..%2F..%2Fadmin', `solution=${'a'.repeat(300)}`, 'resource=%3Cscript%3E', `resource=${slug}`]) {
      const res = await member.get(`/requests/new?${query}`);
      expect(res.status, query).toBe(200);
      const html = await res.text();
      expect(html, query).toContain('No published solution or resource has that address, so the form starts empty.');
      expect(field(html, 'title'), query).toBe('');
      expect(html, query).not.toContain('name="item"');
    }
  });

  it('records the solution on the request, names it on the request page and ranks it and its partner first', async () => {
    const member = await signedInVisitor(hub, 'ask-poster@example.org', { password });
    const html = await (await member.get(formPath)).text();
    const res = await member.post(
      '/requests',
      {
        country: 'KEN',
        requesterKind: 'government',
        requesterBody: 'Central Bank of Kenya',
        title: field(html, 'title')!,
        description: textarea(html, 'description')!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
        policyAreas: checked(html, 'policyAreas'),
        supportKinds: ['policy-advice'],
        languages: ['en'],
        urgency: 'medium',
        deadline: '',
        contactName: 'Test Poster',
        contactEmail: 'ask-poster@example.org',
        item: field(html, 'item')!,
      },
      { from: formPath },
    );
    expect(res.status).toBe(303);
    const id = Number(/\/requests\/(\d+)/.exec(res.headers.get('Location')!)![1]);
    const row = await db().selectFrom('requests as r').innerJoin('items as i', 'i.id', 'r.itemId').select(['i.slug']).where('r.id', '=', id).executeTakeFirstOrThrow();
    expect(row.slug).toBe(slug);
    const page = await (await hub.get(`/requests/${id}`)).text();
    expect(page).toContain(`<dt>Asked about</dt><dd><a href="/solutions/${slug}">Mobile Money Regulatory Index</a></dd>`);
    const matches = (await (await hub.get(`/api/v1/requests/${id}/matches`)).json()) as any;
    expect(matches.data.solutions[0].slug).toBe(slug);
    expect(matches.data.solutions[0].reasons).toContainEqual(expect.objectContaining({ code: 'askedFor', points: MATCH_WEIGHTS.askedFor }));
    expect(matches.data.organisations[0].slug).toBe('gsma');
    expect(matches.data.organisations[0].reasons).toContainEqual(expect.objectContaining({ code: 'askedFor', points: MATCH_WEIGHTS.askedFor }));
    const api = (await (await hub.get(`/api/v1/requests/${id}`)).json()) as any;
    expect(api.data.item).toEqual({ type: 'solution', slug, url: `/solutions/${slug}` });
    // The weight is on the page that explains matching.
    expect(await (await hub.get('/requests/about-matching')).text()).toContain('id="w-askedFor"');
  });

  it('records nothing for a forged item, and still posts the request', async () => {
    const member = await signedInVisitor(hub, 'ask-forger@example.org', { password });
    const res = await member.post(
      '/requests',
      {
        country: 'KEN',
        requesterKind: 'government',
        requesterBody: 'Ministry of ICT',
        title: 'Digital payments',
        description: 'We would like help connecting mobile money and banks.',
        policyAreas: ['payment-solutions'],
        supportKinds: ['technical-assistance'],
        languages: ['en'],
        urgency: 'low',
        deadline: '',
        contactName: 'Test Forger',
        contactEmail: 'ask-forger@example.org',
        item: 'solution/../../etc',
      },
      { from: '/requests/new' },
    );
    expect(res.status).toBe(303);
    const id = Number(/\/requests\/(\d+)/.exec(res.headers.get('Location')!)![1]);
    expect((await db().selectFrom('requests').select('itemId').where('id', '=', id).executeTakeFirstOrThrow()).itemId).toBeNull();
  });
});

describe('a visitor who is not signed in', () => {
  it('is sent to sign in with the form as a safe return address, and after signing in lands on the filled form', async () => {
    await signedInVisitor(hub, 'ask-returning@example.org', { password });
    const visitor = new Visitor(hub);
    const res = await visitor.get(formPath);
    expect(res.status).toBe(303);
    const signIn = res.headers.get('Location')!;
    expect(signIn).toBe(`/sign-in?next=${encodeURIComponent(formPath)}`);
    const page = await (await visitor.get(signIn)).text();
    // The sign-in form and its "create an account" link keep the return address.
    expect(page).toContain(`action="/sign-in?next=${encodeURIComponent(formPath)}"`);
    expect(page).toContain(`href="/sign-up?next=${encodeURIComponent(formPath)}"`);
    const signedIn = await visitor.post(`/sign-in?next=${encodeURIComponent(formPath)}`, { email: 'ask-returning@example.org', password }, { from: signIn });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('Location')).toBe(formPath);
    expect(field(await (await visitor.get(formPath)).text(), 'title')).toBe('Help with Mobile Money Regulatory Index');
  });

  it('who signs up and confirms the address comes back to the filled form too', async () => {
    const visitor = new Visitor(hub);
    const signIn = (await visitor.get(formPath)).headers.get('Location')!;
    const signUpPath = `/sign-up?next=${encodeURIComponent(formPath)}`;
    expect(await (await visitor.get(signIn)).text()).toContain(`href="${signUpPath}"`);
    const signUpPage = await (await visitor.get(signUpPath)).text();
    expect(signUpPage).toContain(`action="${signUpPath}"`);
    const signedUp = await visitor.post(signUpPath, { name: 'Fatou Sarr', email: 'ask-new@example.org', password }, { from: signUpPath });
    expect(signedUp.status).toBe(200);
    const link = await emailLink(hub, 'ask-new@example.org', '/verify-email');
    expect(link).toContain(`&next=${encodeURIComponent(formPath)}`);
    const verified = await visitor.get(link);
    expect(verified.status).toBe(303);
    const back = verified.headers.get('Location')!;
    expect(back).toBe(`/sign-in?done=verified&next=${encodeURIComponent(formPath)}`);
    const form = await (await visitor.get(back)).text();
    expect(form).toContain(`action="/sign-in?next=${encodeURIComponent(formPath)}"`);
    const signedIn = await visitor.post(`/sign-in?next=${encodeURIComponent(formPath)}`, { email: 'ask-new@example.org', password }, { from: back });
    expect(signedIn.headers.get('Location')).toBe(formPath);
    const filled = await (await visitor.get(formPath)).text();
    expect(field(filled, 'title')).toBe('Help with Mobile Money Regulatory Index');
    expect(checked(filled, 'policyAreas')).toEqual(['payment-solutions', 'legal-regulatory']);
  });

  it('is never sent to another site after signing in or confirming', async () => {
    await signedInVisitor(hub, 'ask-redirect@example.org', { password });
    for (const next of ['https://evil.example/requests/new', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '%2F%2Fevil.example']) {
      const visitor = new Visitor(hub);
      const res = await visitor.post(`/sign-in?next=${encodeURIComponent(next)}`, { email: 'ask-redirect@example.org', password }, { from: '/sign-in' });
      expect(res.status, next).toBe(303);
      expect(res.headers.get('Location'), next).toBe('/account');
    }
    const confirm = await new Visitor(hub).get(`/verify-email?token=nonsense&next=${encodeURIComponent('//evil.example')}`);
    expect(confirm.headers.get('Location')).toBe(`/sign-in?done=verify-failed&next=${encodeURIComponent('/account')}`);
    // A sign-up's return address must be a path of the hub to reach the emailed link.
    const visitor = new Visitor(hub);
    await visitor.post(`/sign-up?next=${encodeURIComponent('https://evil.example')}`, { name: 'Eve', email: 'ask-eve@example.org', password }, { from: '/sign-up' });
    expect(await emailLink(hub, 'ask-eve@example.org', '/verify-email')).not.toContain('evil');
  });
});
