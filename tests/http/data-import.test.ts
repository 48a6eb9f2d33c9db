import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b2cReferenceFiles } from '../helpers/b2c-reference.js';
import { signedInVisitor } from '../helpers/roles.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';
import { Visitor } from '../helpers/visitor.js';

/*
 * The secretariat's upload page (/admin/data), through HTTP as a browser without JavaScript sends a
 * multipart form: the official 2019 edition from the reference files, a bad file, and who may post.
 */

let hub: TestHub;
let secretariat: Visitor;
let member: Visitor;
const password = 'Uploads of the index 2019';
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/indicators/${name}`, import.meta.url)));

async function signedIn(email: string): Promise<Visitor> {
  return signedInVisitor(hub, email, { password });
}

const fileForm = (name: string, content: string | Uint8Array<ArrayBuffer>, fields: Record<string, string> = {}) => {
  const form = new FormData();
  form.set('file', new File([content], name, { type: 'text/csv' }));
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
};

const fromPage = { from: '/admin/data' };

const counts = async () => ({
  editions: (await hub.db.db.selectFrom('b2cEditions').select(['edition', 'status']).orderBy('edition').execute()).map((e) => `${e.edition}:${e.status}`),
  scores: Number((await hub.db.db.selectFrom('b2cScores').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
  observations: Number((await hub.db.db.selectFrom('observations').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
  batches: Number((await hub.db.db.selectFrom('importBatches').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
});

beforeAll(async () => {
  // No official figures loaded: the uploads are the first data the hub holds.
  hub = await createTestHub({ demo: false });
  secretariat = await signedIn('secretariat@example.org');
  member = await signedIn('member@example.org');
  await hub.db.db.updateTable('users').set({ hubRole: 'secretariat' }).where('email', '=', 'secretariat@example.org').execute();
}, 60_000);
afterAll(() => hub?.close());

describe('the secretariat imports data from a page', () => {
  it('shows the editions, the two upload forms and a link in the console navigation', async () => {
    const res = await secretariat.get('/admin/data');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<a href="/admin/data" aria-current="page">Data imports</a>');
    // An upload's CSRF token is in its address: the body is read only after the role gate.
    expect(html).toMatch(/action="\/admin\/data\/b2c\?_csrf=[\w-]+" enctype="multipart\/form-data"/);
    expect(html).toMatch(/action="\/admin\/data\/indicators\?_csrf=[\w-]+" enctype="multipart\/form-data"/);
    // The indicator of a one-indicator file: any of the catalogue, the three not shipped among them.
    expect(html).toContain('<option value="">Told from the file</option>');
    expect(html).toContain('<option value="cybersecurity-index">Global Cybersecurity Index (cybersecurity-index)</option>');
    expect(await (await secretariat.get('/admin/data?lang=fr')).text()).toContain('Imports de données');
    // The switch is kept in a cookie: back to English for the tests that follow.
    await secretariat.get('/admin/data?lang=en');
  });

  it('a bad file shows each problem with its line, escaped, status 400, and nothing changes', async () => {
    const before = await counts();
    const bad = ['iso3,indicator,year,value', 'KEN,internet-users,2019,22.6', 'XXX,internet-users,2019,10', 'RWA,<script>alert(1)</script>,2019,abc'];
    const res = await secretariat.postMultipart('/admin/data/indicators', fileForm('bad<b>.csv', bad.join('\n')), fromPage);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="import-report"');
    expect(html).toMatch(/refused \(\d+ problems\): nothing was imported/);
    expect(html).toContain('bad&lt;b&gt;.csv');
    expect(html).toContain('<strong>Line 3</strong>');
    expect(html).toContain('<strong>Line 4</strong>');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(await counts()).toEqual(before);

    const badB2c = fileForm('b2c.csv', 'economy,index\nKenya,abc\n', { edition: '2019' });
    const b2c = await secretariat.postMultipart('/admin/data/b2c', badB2c, fromPage);
    expect(b2c.status).toBe(400);
    expect(await b2c.text()).toContain('id="import-report"');
    expect(await counts()).toEqual(before);
  });

  it('checks the form: a missing file, a bad edition year, a file over 20 MB', async () => {
    const before = await counts();
    const noFile = new FormData();
    noFile.set('edition', '2019');
    const missing = await secretariat.postMultipart('/admin/data/b2c', noFile, fromPage);
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('Choose a file to import.');
    const year = await secretariat.postMultipart('/admin/data/b2c', fileForm('b2c.csv', 'a,b\n1,2\n', { edition: '19x' }), fromPage);
    expect(year.status).toBe(400);
    expect(await year.text()).toContain('Write a year between 2000 and 2100.');
    const tooBig = fileForm('big.csv', new Uint8Array(20 * 1024 * 1024 + 1).fill(65));
    const big = await secretariat.postMultipart('/admin/data/indicators', tooBig, fromPage);
    expect(big.status).toBe(400);
    expect(await big.text()).toContain('The file is larger than 20 MB.');
    expect(await counts()).toEqual(before);
  });

  it('uploads the official 2019 edition: a notice, an audit entry, and /data shows it as official', async () => {
    expect((await hub.get('/data')).status).toBe(200);
    expect(await (await hub.get('/data')).text()).toContain('No edition of the index has been imported yet.');
    const content = new Uint8Array(readFileSync(b2cReferenceFiles[2019]));
    const edition2019 = () => fileForm('b2c_2019.csv', content, { edition: '2019', dataYear: '2018' });
    const res = await secretariat.postMultipart('/admin/data/b2c', edition2019(), fromPage);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/admin/data?done=imported');
    const page = await (await secretariat.get('/admin/data?done=imported')).text();
    expect(page).toContain('The file is imported');
    expect(page).toContain('b2c_2019.csv');

    expect((await counts()).editions).toEqual(['2019:official']);
    const audit = await hub.db.db.selectFrom('auditLog').selectAll().where('action', '=', 'import').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: 'b2c-edition', entityId: '2019', userEmail: 'secretariat@example.org' });
    const changes = JSON.parse(audit[0]!.changes) as Record<string, [unknown, unknown]>;
    expect(changes.file?.[1]).toBe('b2c_2019.csv');
    expect(changes.rows?.[1]).toBeGreaterThan(100);
    expect(typeof changes.batchId?.[1]).toBe('number');

    // The cached public pages were dropped: the next visitor sees the official figures.
    const data = await (await hub.get('/data')).text();
    expect(data).not.toContain('No edition of the index has been imported yet.');
    expect(data).toContain('Map of the 2019 edition');

    // The same file again changes nothing and says so.
    const again = await secretariat.postMultipart('/admin/data/b2c', edition2019(), fromPage);
    expect(again.headers.get('Location')).toBe('/admin/data?done=import-unchanged');
    expect(await hub.db.db.selectFrom('auditLog').select('id').where('action', '=', 'import').execute()).toHaveLength(1);
  }, 60_000);

  it('uploads indicators and records the batch', async () => {
    const csv = ['iso3,indicator,year,value,sex', 'KEN,internet-users,2019,22.6,', 'KEN,internet-users,2019,19.1,female'].join('\n');
    const res = await secretariat.postMultipart('/admin/data/indicators', fileForm('ind.csv', csv), fromPage);
    expect(res.status).toBe(303);
    const audit = await hub.db.db.selectFrom('auditLog').selectAll().where('entityType', '=', 'indicators').executeTakeFirstOrThrow();
    expect(audit.action).toBe('import');
    expect((await counts()).observations).toBe(2);
  });

  it('uploads the publishers’ files that are not shipped: the Cyberlaw Tracker’s by its columns, the GCI with its indicator named', async () => {
    const tracker = await secretariat.postMultipart('/admin/data/indicators', fileForm('tracker-export.csv', fixture('unctad_cyberlaw_tracker.csv')), fromPage);
    expect(tracker.status).toBe(303);
    const laws = await hub.db.db.selectFrom('observations').select('indicatorCode').where('indicatorCode', 'like', 'law-%').execute();
    expect(laws).toHaveLength(11);
    const unnamed = await secretariat.postMultipart('/admin/data/indicators', fileForm('gci.csv', fixture('itu_gci_2020_score.csv')), fromPage);
    expect(unnamed.status).toBe(400);
    expect(await unnamed.text()).toContain('name its indicator');
    const named = await secretariat.postMultipart('/admin/data/indicators', fileForm('gci.csv', fixture('itu_gci_2020_score.csv'), { indicator: 'cybersecurity-index' }), fromPage);
    expect(named.status).toBe(303);
    const kenya = await hub.db.db.selectFrom('observations').select(['value', 'rank']).where('indicatorCode', '=', 'cybersecurity-index').where('iso3', '=', 'KEN').executeTakeFirstOrThrow();
    expect(kenya).toEqual({ value: 81.7, rank: 51 });
  });

  it('refuses an indicators file with an unknown country, a duplicate, a share over 100, a future year or an unknown sex: every problem by line, nothing imported', async () => {
    const before = await counts();
    const nextYear = new Date().getUTCFullYear() + 1;
    const rows = ['iso3,year,value,sex', 'ZZZ,2019,20,total', 'KEN,2019,20,total', 'KEN,2019,21,total', 'KEN,2018,101,total', `KEN,${nextYear},30,total`, 'KEN,2017,30,women'];
    const res = await secretariat.postMultipart('/admin/data/indicators', fileForm('internet-users.csv', rows.join('\n')), fromPage);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('The import of internet-users.csv was refused (5 problems): nothing was imported.');
    for (const [line, message] of [
      [2, 'iso3: &quot;ZZZ&quot; is not an ISO 3166-1 alpha-3 code the hub knows'],
      [4, 'KEN internet-users 2019 (total) appears twice (also on line 3)'],
      [5, 'value: 101 is outside 0–100 for internet-users'],
      [6, `year: ${nextYear} is in the future`],
      [7, 'sex: &quot;women&quot; must be total, female or male'],
    ] as const) {
      expect(html).toContain(`<li><strong>Line ${line}</strong>: ${message}</li>`);
    }
    expect(await counts()).toEqual(before);
  });
});

describe('who may import', () => {
  it('refuses a member (403) and sends a visitor to sign in; nothing is imported', async () => {
    const before = await counts();
    expect((await member.get('/admin/data')).status).toBe(403);
    const token = await member.token('/account');
    const csv = 'iso3,indicator,year,value\nRWA,internet-users,2019,21.8\n';
    expect((await member.postMultipart('/admin/data/indicators', fileForm('x.csv', csv), { token })).status).toBe(403);
    expect((await member.postMultipart('/admin/data/b2c', fileForm('x.csv', csv, { edition: '2020' }), { token })).status).toBe(403);
    const visitor = new Visitor(hub);
    const page = await visitor.get('/admin/data');
    expect(page.status).toBe(303);
    expect(page.headers.get('Location')).toBe('/sign-in?next=%2Fadmin%2Fdata');
    const visitorToken = await visitor.token('/sign-in');
    const posted = await visitor.postMultipart('/admin/data/indicators', fileForm('x.csv', csv), { token: visitorToken });
    expect(posted.status).toBe(303);
    expect(posted.headers.get('Location')).toContain('/sign-in');
    expect(await counts()).toEqual(before);
  });
});
