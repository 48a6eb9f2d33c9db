import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildItem } from '../../src/features/catalogue/factory.js';
import { approveRevision, createDraft, returnRevision, submitRevision } from '../../src/features/contributions/commands.js';
import { actionCreator } from '../../src/features/connect/actions.js';
import { buildRequest } from '../../src/features/connect/factory.js';
import { requestCreator } from '../../src/features/connect/requests.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { editPublishedEvent, returnEventChange } from '../../src/features/events/change-commands.js';
import { eventCreator } from '../../src/features/events/commands.js';
import { storedProposal } from '../../src/features/events/proposal-form.js';
import { buildEvent, buildSession } from '../../src/features/events/factory.js';
import { registrationCreator } from '../../src/features/events/registration.js';
import { joinWorkspace } from '../helpers/roles.js';
import { storyStage } from '../helpers/story.js';
import { Visitor, emailLink } from '../helpers/visitor.js';
import { xssPayloads } from '../fixtures/xss-payloads.js';

/**
 * Every payload, written into every text a user can write (profile, item title, summary, Markdown
 * description, eligibility, apply address, a return reason), then shown in a real browser with JavaScript on: no dialog opens,
 * no script runs, no element or attribute from a payload reaches the page.
 */
const stage = storyStage({ locale: 'en-GB' });
const password = 'Inert payloads stay as text 2026';
const sessions = new Map<string, string>();
let itemSlugs: string[] = [];
let revisionIds: number[] = [];
let eventSlugs: string[] = [];
const eventIds: number[] = [];
let requestIds: number[] = [];

async function signedIn(email: string, name: string): Promise<{ id: string; session: string }> {
  const hub = stage.hub;
  const visitor = new Visitor(hub);
  await visitor.post('/sign-up', { name: 'Temporary', email, password }, { from: '/sign-up' });
  await visitor.get(await emailLink(hub, email, '/verify-email'));
  await visitor.post('/sign-in', { email, password }, { from: '/sign-in' });
  // The profile name is written through the form, like any member would.
  await visitor.post('/account/profile', { name, organisationName: name.slice(0, 200), languages: name.slice(0, 100), emailLocale: 'en' }, { from: '/account' });
  const { id } = await hub.db.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return { id, session: visitor.cookies.get('e4d.session_token')! };
}

beforeAll(async () => {
  const hub = stage.hub;
  const db = hub.db.db;
  const editor = await signedIn('editor@example.org', xssPayloads[2]!.slice(0, 120));
  const secretariat = await signedIn('secretariat@example.org', xssPayloads[0]!);
  sessions.set('editor', editor.session);
  sessions.set('secretariat', secretariat.session);
  await db.updateTable('users').set({ hubRole: 'secretariat' }).where('id', '=', secretariat.id).execute();
  await joinWorkspace(hub, 'editor@example.org', 'unctad', 'member');
  const unctad = await db.selectFrom('organisations').select('id').where('slug', '=', 'unctad').executeTakeFirstOrThrow();
  const actor = (id: string, email: string) => ({ userId: id, email, ip: null });
  const slugs: string[] = [];
  const revisions: number[] = [];
  for (const [i, payload] of xssPayloads.entries()) {
    const seed = buildItem({
      organisations: ['unctad'],
      // The apply address is a link on the item page and on the secretariat's view: the payload rides in its fragment.
      access: { applyUrl: `https://example.org/apply/${i}#${payload}`.slice(0, 2000), email: `payload${i}@example.org`, viaHub: true },
      text: {
        en: {
          title: `Payload ${i} ${payload}`.slice(0, 200),
          summary: `Summary with payload ${i}: ${payload}`.slice(0, 600),
          description: `Description with payload ${i}.\n\n${payload}\n\n[a link](javascript:alert(${i}))`,
          eligibility: `Eligibility with payload ${i}: ${payload}`.slice(0, 1000),
        },
      },
    });
    const { slug: _slug, source: _source, ...data } = seed;
    await db.transaction().execute(async (trx) => {
      const id = await createDraft(trx, actor(editor.id, 'editor@example.org'), unctad.id, data);
      await submitRevision(trx, actor(editor.id, 'editor@example.org'), id);
      if (i % 2 === 0) {
        slugs.push((await approveRevision(trx, actor(secretariat.id, 'secretariat@example.org'), id)).slug);
      } else {
        await returnRevision(trx, actor(secretariat.id, 'secretariat@example.org'), id, `Returned because ${payload}`.slice(0, 2000));
        revisions.push(id);
      }
    });
  }
  itemSlugs = slugs;
  revisionIds = revisions;
  eventSlugs = await payloadEvents(unctad.id);
  requestIds = await payloadRequests(secretariat.id, unctad.id);
  await payloadActions();
  hub.responseCache.clear();
}, 120_000);

/**
 * Events proposed by UNCTAD carrying the payloads in every text a partner or a registrant writes:
 * title, summary, Markdown description, venue, session titles, rooms and descriptions, co-organiser
 * and people's names, outcomes and recommendations, a participant's name. Ten payloads an event.
 */
async function payloadEvents(unctadId: number): Promise<string[]> {
  const db = stage.hub.db.db;
  const slugs: string[] = [];
  for (let e = 0; e * 10 < xssPayloads.length; e += 1) {
    const batch = xssPayloads.slice(e * 10, e * 10 + 10);
    const slug = `payload-event-${e}`;
    const text = (p: string, n: number) => `${p}`.slice(0, n);
    const seed = buildEvent({
      slug,
      organisers: ['unctad'],
      venue: text(batch[0]!, 200),
      registration: 'built-in',
      capacity: 5,
      startDate: '2030-05-06',
      endDate: '2030-05-07',
      text: { en: { title: text(`Event ${e} ${batch[1]}`, 200), summary: text(`Summary ${e}: ${batch[2]}`, 600), description: `Description.\n\n${batch[3]}\n\n[a link](javascript:alert(${e}))` } },
      sessions: batch.map((payload, i) =>
        buildSession({
          key: `s${i}`,
          start: `${String(9 + (i % 8)).padStart(2, '0')}:00`,
          end: `${String(9 + (i % 8)).padStart(2, '0')}:45`,
          date: i < 8 ? '2030-05-06' : '2030-05-07',
          room: text(`Room ${i} ${payload}`, 100),
          title: text(`Session ${i} ${payload}`, 300),
          description: `About ${payload}`,
          coOrganisers: [{ name: text(payload, 200) }],
          people: [{ name: text(`Speaker ${e}-${i} ${payload}`, 200), organisation: text(payload, 200), role: 'speaker' }],
          outcomes: [{ text: `Outcome ${payload}`, policyAreas: ['payment-solutions'] }],
          recommendations: [{ text: `Recommendation ${payload}`, policyAreas: ['legal-regulatory'] }],
        }),
      ),
    });
    await db.transaction().execute(async (trx) => {
      const id = await eventCreator(trx, seed, { organisationId: unctadId, reviewStatus: 'submitted' });
      await trx.updateTable('events').set({ reviewStatus: 'published' }).where('id', '=', id).execute();
      await registrationCreator(trx, stage.hub.db.dialect, { id, capacity: 5 }, { name: text(batch[4]!, 200), email: `p${e}@example.org`, country: 'SEN', organisationType: 'government', gender: null, consent: 'yes' }, { locale: 'en', userId: null, actor: { userId: null, email: `p${e}@example.org`, ip: null } });
      await payloadChange(trx, { id, slug, organisationId: unctadId }, batch, e);
    });
    slugs.push(slug);
    eventIds.push((await db.selectFrom('events').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id);
  }
  return slugs;
}

/**
 * A change the editor proposes to a published payload event, with the payloads in its title, summary,
 * description, venue, online address, a session's room and title and a person's name and organisation,
 * as the secretariat's review shows them side by side with the published text; every other change is
 * returned with a payload reason, which the partner's list and form show.
 */
async function payloadChange(trx: Kysely<Database>, event: { id: number; slug: string; organisationId: number }, batch: string[], e: number): Promise<void> {
  const [editor, secretariat] = await Promise.all(
    ['editor@example.org', 'secretariat@example.org'].map(async (email) => ({ userId: (await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id, email, ip: null })),
  );
  const line = (p: string, n: number) => p.replace(/\s+/g, ' ').slice(0, n);
  const quoted = (p: string) => `"${p.replace(/"/g, '""')}"`;
  const values = (await storedProposal(trx, event.id))!;
  const edit = await editPublishedEvent(trx, editor!, { ...event, organisationSlug: 'unctad' }, {
    ...values,
    title: line(`Changed ${e} ${batch[5]}`, 200),
    summary: line(`Changed summary ${batch[6]}`, 600),
    description: `Changed description.\n\n${batch[7]}\n\n[a link](javascript:alert(${e}))`,
    venue: line(`${batch[8]}`, 200),
    onlineUrl: line(`https://example.org/?q=${batch[9]}`, 500),
    programme: `${values.programme}\n2030-05-07, 17:00, 17:30, ${quoted(line(`Room ${batch[5]}`, 100))}, panel, ${quoted(line(`Session ${batch[6]}`, 300))}`,
    people: `${values.people}\n${batch.length + 1}, speaker, ${quoted(line(`Speaker ${batch[7]}`, 200))}, ${quoted(line(`${batch[8]}`, 200))}`,
  });
  if (edit.outcome !== 'submitted') throw new Error(`the payload change of ${event.slug} was not kept for review`);
  if (e % 2 === 1) await returnEventChange(trx, secretariat!, edit.changeId, `Returned because ${batch[9]}`.slice(0, 2000));
}

/**
 * Requests posted by the secretariat account with a payload in every text (title, description, body
 * asking, contact name), UNCTAD interested with a payload message and a payload reply: ten payloads
 * a request, so the contact block, the conversation and the partner's dashboard all show them.
 */
async function payloadRequests(requesterId: string, unctadId: number): Promise<number[]> {
  const db = stage.hub.db.db;
  const ids: number[] = [];
  for (let r = 0; r * 10 < xssPayloads.length; r += 1) {
    const batch = xssPayloads.slice(r * 10, r * 10 + 10);
    await db.transaction().execute(async (trx) => {
      const seed = buildRequest({
        country: 'SEN',
        title: `Request ${r} ${batch[0]}`.slice(0, 200),
        description: `Description ${batch[1]}\n\n${batch[2]}\n\n[a link](javascript:alert(${r}))`,
        requesterBody: `${batch[3]}`.slice(0, 200),
        contactName: `${batch[4]}`.slice(0, 120),
        policyAreas: ['readiness-assessment'],
      });
      const id = await requestCreator(trx, seed, requesterId);
      const now = new Date().toISOString();
      await trx.insertInto('requestMatches').values({ requestId: id, organisationId: unctadId, rank: 1, score: 10, matchedAt: now }).onConflict((oc) => oc.doNothing()).execute();
      await trx.insertInto('requestInterests').values({ requestId: id, organisationId: unctadId, userId: null, createdAt: now }).execute();
      for (const [side, body] of [['partner', batch.slice(5, 8).join('\n')], ['requester', batch.slice(8).join('\n')]] as const) {
        await trx.insertInto('requestMessages').values({ requestId: id, organisationId: unctadId, authorId: null, side, body, createdAt: now }).execute();
      }
      ids.push(id);
    });
  }
  return ids;
}

/** Senegal's tracker: actions whose title, stakeholders and notes carry the payloads. */
async function payloadActions(): Promise<void> {
  const db = stage.hub.db.db;
  await db.transaction().execute(async (trx) => {
    for (const [i, payload] of xssPayloads.entries()) {
      if (i % 3 !== 0) continue;
      await actionCreator(trx, null, {
        country: 'SEN',
        policyArea: 'payment-solutions',
        title: `Action ${i} ${payload}`.slice(0, 300),
        lead: `${payload}`.slice(0, 200),
        supporting: `${payload}`.slice(0, 600),
        priority: 'high',
        notes: [{ onDate: '2026-01-15', text: `Note ${payload}`, evidenceUrl: 'https://example.org/evidence' }],
      });
    }
  });
}

/** A page as a signed-in member (the session cookie of the in-process sign-in) or a visitor. */
async function browse(as?: 'editor' | 'secretariat'): Promise<{ page: Page; dialogs: string[] }> {
  const page = await stage.visitor();
  if (as) await page.context().addCookies([{ name: 'e4d.session_token', value: sessions.get(as)!, url: stage.url, httpOnly: true, sameSite: 'Lax' }]);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, dialogs };
}

/** Elements and attributes no page of the hub has, and that a payload would bring. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const banned = new Set(['script', 'iframe', 'object', 'embed', 'svg', 'math', 'img', 'video', 'audio', 'base', 'style', 'marquee', 'template', 'details', 'x', 'keygen', 'isindex']);
    for (const el of Array.from(document.querySelectorAll('*'))) {
      const tag = el.tagName.toLowerCase();
      // The detail pages' JSON-LD is ours: it must hold JSON and nothing else (no </script> breaking out).
      if (tag === 'script' && el.getAttribute('type') === 'application/ld+json' && el.attributes.length === 1) {
        try {
          JSON.parse(el.textContent ?? '');
        } catch {
          found.push('JSON-LD that is not JSON');
        }
      } else if (tag === 'svg' && el.getAttribute('role') === 'img') {
        // The hub's own charts (role="img", drawn on the server); a payload's <svg> has no role and is caught here or by its attributes.
      } else if (tag === 'details' && el.attributes.length === 0) {
        // The hub's own disclosures ("values by year", progress notes); a payload's <details> carries open/ontoggle.
      } else if (banned.has(tag) || (tag === 'meta' && el.hasAttribute('http-equiv'))) found.push(`<${tag}>`);
      for (const attr of Array.from(el.attributes)) {
        if (attr.name.startsWith('on') || /^\s*(javascript|data|vbscript):/i.test(attr.value) || attr.name === 'srcdoc' || attr.name === 'formaction' || attr.name === 'style') {
          found.push(`<${tag} ${attr.name}="${attr.value.slice(0, 40)}">`);
        }
      }
    }
    if ((window as unknown as { __xss?: number }).__xss) found.push('window.__xss set');
    return found;
  });
}

async function expectInert(as: 'editor' | 'secretariat' | undefined, paths: string[]): Promise<void> {
  const { page, dialogs } = await browse(as);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), `GET ${path}`).toBeLessThan(400);
    expect(await injected(page), path).toEqual([]);
  }
  expect(dialogs).toEqual([]);
}

describe(`${xssPayloads.length} XSS payloads in every user-writable text render inert`, () => {
  it('on the public catalogue: lists, search, every item page (Markdown description)', async () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(50);
    await expectInert(undefined, ['/solutions?sort=newest', '/search?q=payload', ...itemSlugs.map((slug) => `/solutions/${slug}`)]);
  }, 120_000);

  it('in the partner workspace and on returned revisions with their reasons', async () => {
    await expectInert('editor', ['/workspace', '/account', ...revisionIds.slice(0, 12).map((id) => `/workspace/revisions/${id}`)]);
  }, 120_000);

  it('in the calendar, every event page (programme, outcomes, figures), the partner’s events, their changes under review and the participant list', async () => {
    const pages = eventSlugs.flatMap((slug) => [`/events/${slug}`, `/events/${slug}/outcomes`, `/events/${slug}/figures`, `/events/${slug}/register`]);
    await expectInert(undefined, ['/events?when=all', '/events?month=2030-05', ...pages]);
    await expectInert('editor', ['/workspace/unctad/events', ...eventSlugs.slice(0, 2).map((slug) => `/events/${slug}/participants`), ...eventIds.map((id) => `/workspace/unctad/events/${id}`)]);
    // The review shows every waiting change beside the published text (so the check above is not vacuous).
    const staff = new Visitor(stage.hub);
    staff.cookies.set('e4d.session_token', sessions.get('secretariat')!);
    const review = await (await staff.get('/admin/events')).text();
    expect(review.match(/<section id="change-\d+"/g)).toHaveLength(Math.ceil(eventSlugs.length / 2));
    expect(review).toContain('Changed 0 ');
    await expectInert('secretariat', ['/admin/events']);
  }, 180_000);

  it('in requests, their matches, the partner’s dashboard and conversations, and the action tracker', async () => {
    await expectInert(undefined, ['/requests', ...requestIds.map((id) => `/requests/${id}`), '/countries/SEN/actions', '/countries/SEN/actions/history']);
    await expectInert('editor', ['/workspace/unctad/requests?show=all', ...requestIds.flatMap((id) => [`/requests/${id}`, `/requests/${id}/conversations/unctad`])]);
    await expectInert('secretariat', [...requestIds.slice(0, 2).map((id) => `/requests/${id}`), '/countries/SEN/actions']);
  }, 180_000);

  it('in the secretariat console: queue, revisions, users, audit log', async () => {
    await expectInert('secretariat', ['/admin', '/admin?status=returned', '/admin/users', '/admin/audit', ...revisionIds.slice(0, 12).map((id) => `/admin/revisions/${id}`)]);
  }, 120_000);
});
