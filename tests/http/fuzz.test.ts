import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestHub, createTestHub } from '../helpers/test-app.js';
import { signedInVisitor } from '../helpers/roles.js';
import { Visitor } from '../helpers/visitor.js';

/*
 * Bad input never gets a 5xx: the cases a fuzzing run found (control characters, malformed bodies,
 * addresses the auth library refuses, `next` with control characters), then a generated set over
 * every route of the app's own route table, as a visitor, a member and the secretariat, with valid
 * form tokens so that bodies reach the routes. The generator is seeded: a failure names its request
 * and happens again on the next run.
 */

const generated = 3200;

let hub: TestHub;
const roles = new Map<string, { visitor: Visitor; token: string }>();

/** Seeded pseudo-random numbers (mulberry32). */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, pick };
}

/** Written into addresses as they are (some already percent-encoded). */
const nastyInAddress = [
  '', '%20', '%00', 'a%00b', '%01', '%7F', '%0d%0aX:y', '%E0%A4%A', '%C0%AE%C0%AE', '..%2F..%2Fetc', "'", '%22', "'%20OR%201=1--",
  '%3Cscript%3Ealert(1)%3C/script%3E', 'x'.repeat(300), '9'.repeat(30), '-1', '0', '1e400', 'NaN', 'null', '%5B%5D', '%7B%7D',
  '%F0%9F%92%A9', '%E2%80%AE', '%C3%A4@b.cd', "a'@b.cd", 'SEN', 'sen', 'XKX', 'ATA', '2026-02-31', '9999-99-99', '__proto__',
  'constructor', '%2e%2e', '%5C', '*', '%', '%25', '+', '%D8%B3%D9%84%D8%A7%D9%85', 'Europe/Nowhere', '2019.csv', '2019.json', 'page',
];
/** Written into form fields as text. */
const nastyInForm = [
  '', ' ', '\u0000', 'a\u0000b', '\u0001\u0002', '\u007f', 'line\r\nbreak', '\ud83d\udca9', '\u202e', "'", '"', "' OR 1=1--",
  '<script>alert(1)</script>', 'x'.repeat(5000), '9'.repeat(40), '-1', '0', '1e400', 'NaN', 'ä@b.cd', "a'@b.cd", 'a@b', 'ok@example.org',
  'SEN', 'zz', '2026-02-31', '2030-01-01', '1, 2, 3', '[4, 5] text', 'Europe/Zurich', 'Not/AZone', 'true', 'on', 'yes', 'published',
  'cancelled', 'secretariat', '__proto__', 'A long enough passphrase 2026', '=cmd|/c calc', '\\', '%00',
];
const queryNames = ['q', 'page', 'pageSize', 'lang', 'type', 'policyArea', 'kind', 'organisation', 'beneficiary', 'region', 'country', 'group', 'language', 'cost', 'sort', 'order', 'when', 'mode', 'month', 'tz', 'edition', 'countries', 'format', 'status', 'done', 'next', 'token', 'year', 'sex', 'from', 'to', 'status', 'x', '__proto__', 'q[]'];
const fieldNames = ['name', 'email', 'password', 'newPassword', 'currentPassword', 'organisationName', 'country', 'languages', 'emailLocale', 'token', 'title', 'summary', 'description', 'status', 'reason', 'text', 'message', 'edition', 'dataYear', 'policyAreas', 'kinds', 'urgency', 'deadline', 'contactName', 'contactEmail', 'requesterKind', 'requesterBody', 'role', 'iso3', 'gender', 'organisationType', 'consent', 'programme', 'people', 'startDate', 'endDate', 'timezone', 'mode', 'capacity', 'registration', 'slug', 'priority', 'targetDate', 'lead', 'note', 'evidence', 'answer-1', 'outcomes-s1', 'file'];

/** Real records for path parameters, so that many requests go deep into their routes. */
const examples: [RegExp, string][] = [
  [/^\/(api\/v1\/)?solutions\/:slug/, 'cybercrime-assessment-toolkit'],
  [/^\/(api\/v1\/)?resources\/:slug/, 'national-cybersecurity-strategy-guide'],
  [/^\/(api\/v1\/)?events\/:slug/, 'unctad-e-commerce-week-2017'],
  [/^\/(api\/v1\/)?policy-areas\/:slug/, 'payment-solutions'],
  [/:slug/, 'unctad'],
  [/:org/, 'unctad'],
  [/:iso3/, 'SEN'],
  [/:file\{[^}]*ics\}/, 'unctad-e-commerce-week-2017.ics'],
  [/:file/, '2019.csv'],
  [/:edition/, '2019'],
  [/:name/, 'favicon.svg'],
];

function concrete(path: string, rng: ReturnType<typeof random>): string {
  return path.replace(/:([a-zA-Z0-9]+)(\{[^}]*\})?/g, (token, name: string) => {
    if (rng.next() < 0.4) return rng.pick(nastyInAddress);
    const found = examples.find(([pattern]) => pattern.test(path.slice(0, path.indexOf(token) + token.length)));
    return found ? found[1] : name === 'id' || name.endsWith('Id') ? String(1 + Math.floor(rng.next() * 3)) : rng.pick(['x', 'unctad', '1']);
  });
}

function query(rng: ReturnType<typeof random>): string {
  const n = Math.floor(rng.next() * 4);
  const parts = Array.from({ length: n }, () => `${rng.pick(queryNames)}=${rng.pick(nastyInAddress)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

function body(rng: ReturnType<typeof random>, token: string | undefined): { body: BodyInit | undefined; type: string | undefined; path: string } {
  const roll = rng.next();
  const withToken = token !== undefined && rng.next() < 0.85;
  if (roll < 0.7) {
    const form = new URLSearchParams();
    const n = 1 + Math.floor(rng.next() * 8);
    for (let i = 0; i < n; i++) form.append(rng.pick(fieldNames), rng.pick(nastyInForm));
    if (withToken) form.append('_csrf', token);
    return { body: form.toString(), type: 'application/x-www-form-urlencoded', path: '' };
  }
  const tokenQuery = withToken ? `_csrf=${encodeURIComponent(token)}` : '';
  if (roll < 0.85) {
    const malformed = rng.pick([
      '--b\r\nContent-Disposition: form-data; name="file"; filename="x.csv"\r\n\r\niso3,indicator\r\n--b--',
      '--b\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--b',
      'not multipart at all',
      '--b\r\nContent-Disposition: form-data; name="edition"\r\n\r\n2019\r\n--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\neconomy,index\r\nX,1\r\n--b--\r\n',
    ]);
    return { body: malformed, type: rng.pick(['multipart/form-data; boundary=b', 'multipart/form-data', 'multipart/form-data; boundary=']), path: tokenQuery };
  }
  return rng.pick([
    { body: '{"email":"a@b.cd","password":1}', type: 'application/json', path: tokenQuery },
    { body: 'a=1&a=2&_csrf[]=x', type: 'application/x-www-form-urlencoded', path: '' },
    { body: undefined, type: undefined, path: tokenQuery },
    { body: 'plain text', type: 'text/plain', path: tokenQuery },
    { body: '%ZZ=%ZZ&=&&&', type: 'application/x-www-form-urlencoded; charset=utf-8', path: '' },
  ]);
}

beforeAll(async () => {
  hub = await createTestHub();
  const visitor = new Visitor(hub, { address: '192.0.2.10' });
  roles.set('visitor', { visitor, token: await visitor.token('/sign-in') });
  const member = await signedInVisitor(hub, 'fuzz-member@example.org');
  roles.set('member', { visitor: member, token: await member.token('/account') });
  const secretariat = await signedInVisitor(hub, 'fuzz-secretariat@example.org');
  await hub.db.db.updateTable('users').set({ hubRole: 'secretariat' }).where('email', '=', 'fuzz-secretariat@example.org').execute();
  roles.set('secretariat', { visitor: secretariat, token: await secretariat.token('/account') });
}, 60_000);
afterAll(() => hub.close());

interface Case {
  role: string;
  method: 'GET' | 'POST';
  path: string;
  body?: BodyInit | undefined;
  type?: string | undefined;
  headers?: Record<string, string>;
}

/** Send one case as its role (its cookies), and describe it if the answer is a 5xx or shows a stack trace. */
async function failureOf(c: Case): Promise<string | undefined> {
  const who = roles.get(c.role)!.visitor;
  const cookie = [...who.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const headers: Record<string, string> = { ...(cookie ? { Cookie: cookie } : {}), ...(c.type ? { 'Content-Type': c.type } : {}), ...c.headers };
  let res: Response;
  try {
    res = await hub.app.request(c.path, { method: c.method, headers, ...(c.body === undefined ? {} : { body: c.body }) });
  } catch (error) {
    return `${c.role} ${c.method} ${c.path}: threw ${(error as Error).message}`;
  }
  const text = await res.text();
  if (res.status >= 500) return `${c.role} ${c.method} ${c.path} [${c.type ?? ''}] ${String(c.body ?? '').slice(0, 80)}: ${res.status}`;
  if (/\bat .*\.(ts|js|mjs):\d+/.test(text)) return `${c.role} ${c.method} ${c.path}: a stack trace in the answer`;
  return undefined;
}

describe('bad input never gets a 5xx', () => {
  it('the cases found under test', async () => {
    const visitorToken = roles.get('visitor')!.token;
    const form = (fields: Record<string, string>) => new URLSearchParams({ ...fields, _csrf: visitorToken }).toString();
    const urlencoded = 'application/x-www-form-urlencoded';
    const cases: Case[] = [
      { role: 'visitor', method: 'POST', path: '/sign-in', type: 'multipart/form-data; boundary=x', body: '--x\r\nbroken' },
      { role: 'member', method: 'POST', path: '/account/profile', type: 'multipart/form-data', body: 'no boundary' },
      ...['/invitations/%00', '/api/v1/indicators/%00/observations', '/organisations/un%00ctad', '/events/%00', '/requests/%00', '/countries/SEN%00/actions'].map((path) => ({ role: 'visitor', method: 'GET' as const, path })),
      ...['/sign-in', '/sign-up', '/forgot-password', '/sign-in/link'].flatMap((path) =>
        ['a\u0000b@c.de', "a'@b.cd", 'ä@b.cd', 'x@y'].map((email) => ({ role: 'visitor', method: 'POST' as const, path, type: urlencoded, body: form({ name: 'N', email, password: 'A long enough passphrase 2026' }) })),
      ),
      { role: 'visitor', method: 'POST', path: '/sign-in?next=%2F%01x', type: urlencoded, body: form({ email: 'fuzz-member@example.org', password: 'Baobab-shade in Dakar 2024' }) },
      { role: 'visitor', method: 'GET', path: '/sign-in?next=%2F%01x' },
      { role: 'visitor', method: 'POST', path: '/events/unctad-e-commerce-week-2017/register', type: urlencoded, body: form({ name: 'A\u0000', email: 'a\u0000@b.cd', country: 'S\u0000N' }) },
    ];
    const failures = (await Promise.all(cases.map(failureOf))).filter(Boolean);
    expect(failures).toEqual([]);
  });

  it(`${generated} generated requests over every route of the route table, as three roles`, async () => {
    const rng = random(20261207);
    const routes = [...new Map(hub.app.routes.filter((r) => (r.method === 'GET' || r.method === 'POST') && !r.path.includes('*')).map((r) => [`${r.method} ${r.path}`, r])).values()]
      // Signing out or deleting the account would end the roles' sessions half-way.
      .filter((r) => !/^\/(sign-out|account\/delete)/.test(r.path));
    expect(routes.length).toBeGreaterThan(100);
    const cases: Case[] = [];
    for (let i = 0; cases.length < generated; i++) {
      const route = routes[i % routes.length]!;
      const role = rng.pick(['visitor', 'member', 'secretariat']);
      const path = concrete(route.path, rng) + query(rng);
      const headers: Record<string, string> = {};
      if (rng.next() < 0.2) headers['Accept-Language'] = rng.pick(['xx', '*;q=abc', 'fr-FR,fr;q=0.9,,,', 'zz-'.repeat(200), 'es;q=1e9']);
      if (rng.next() < 0.1) headers['If-None-Match'] = rng.pick(['*', 'W/"x"', '"', 'garbage, "a" ,']);
      if (route.method === 'GET') cases.push({ role, method: 'GET', path, headers });
      else {
        const b = body(rng, roles.get(role)!.token);
        cases.push({ role, method: 'POST', path: b.path ? `${path}${path.includes('?') ? '&' : '?'}${b.path}` : path, body: b.body, type: b.type, headers });
      }
    }
    const failures: string[] = [];
    // A few at a time, as a server sees them.
    for (let i = 0; i < cases.length; i += 8) {
      for (const failure of await Promise.all(cases.slice(i, i + 8).map(failureOf))) if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
