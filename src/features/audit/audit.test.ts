import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { type Actor, type AuditEntry, auditCount, auditCsv, auditEntries, changesBetween, recordAudit } from './audit.js';

let db: TestDb;

beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.destroy());

const moussa: Actor = { userId: 'u-moussa', email: 'moussa@example.ml', ip: '192.0.2.7' };
const secretariat: Actor = { userId: 'u-sec', email: 'secretariat@e4d.example', ip: '198.51.100.1' };

describe('changesBetween', () => {
  it('keeps the fields that differ, compared as JSON, and those on one side only', () => {
    expect(
      changesBetween(
        { title: 'Guide', cost: 'free', areas: ['payments', 'legal'], meta: { a: 1 }, gone: 'x' },
        { title: 'Guide 2', cost: 'free', areas: ['payments', 'legal'], meta: { a: 2 }, added: 3 },
      ),
    ).toEqual({ title: ['Guide', 'Guide 2'], meta: [{ a: 1 }, { a: 2 }], gone: ['x', undefined], added: [undefined, 3] });
    expect(changesBetween(null, { title: 'New' })).toEqual({ title: [undefined, 'New'] });
    expect(changesBetween({ title: 'Old' }, null)).toEqual({ title: ['Old', undefined] });
    expect(changesBetween({ a: 1 }, { a: 1 })).toEqual({});
    expect(changesBetween(null, null)).toEqual({});
  });
});

describe('the audit log', () => {
  it('records who changed what, and reads it back newest first with its changes parsed', async () => {
    await recordAudit(db.db, { actor: moussa, action: 'create', entityType: 'item', entityId: 42, after: { title: 'Guide', cost: 'free' } });
    await recordAudit(db.db, {
      actor: secretariat,
      action: 'update',
      entityType: 'item',
      entityId: 42,
      before: { title: 'Guide', cost: 'free', status: 'published' },
      after: { title: 'Guide révisé', cost: 'free', status: 'published' },
    });
    const website = { before: { website: null }, after: { website: 'https://upu.int' } };
    await recordAudit(db.db, { actor: moussa, action: 'update', entityType: 'organisation', entityId: 'upu', ...website });

    const item = await auditEntries(db.db, { entityType: 'item', entityId: '42' });
    expect(item.map((e) => e.action)).toEqual(['update', 'create']);
    expect(item[0]).toMatchObject({ userId: 'u-sec', userEmail: 'secretariat@e4d.example', ipAddress: '198.51.100.1', entityType: 'item', entityId: '42' });
    // Unchanged fields (cost, status) are not recorded; a missing side reads back as null.
    expect(item[0]!.changes).toEqual({ title: ['Guide', 'Guide révisé'] });
    expect(item[1]!.changes).toEqual({ title: [null, 'Guide'], cost: [null, 'free'] });
    expect(Number.isNaN(Date.parse(item[0]!.at))).toBe(false);

    expect((await auditEntries(db.db, { userId: 'u-moussa' })).map((e) => e.entityType)).toEqual(['organisation', 'item']);
    expect(await auditEntries(db.db, { entityType: 'item', entityId: '43' })).toEqual([]);
    const all = await auditEntries(db.db, {});
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect((await auditEntries(db.db, { limit: 1, offset: 1 })).map((e) => e.id)).toEqual([all[1]!.id]);
  });

  it('filters by the email recorded, in any case, and counts what a filter selects', async () => {
    const byEmail = await auditEntries(db.db, { email: 'Moussa@Example.ML' });
    expect(byEmail.map((e) => [e.userEmail, e.entityType])).toEqual([
      ['moussa@example.ml', 'organisation'],
      ['moussa@example.ml', 'item'],
    ]);
    expect(await auditEntries(db.db, { email: 'moussa@example' })).toEqual([]);
    expect(await auditCount(db.db, { email: 'moussa@example.ml', limit: 1, offset: 1 })).toBe(2);
    expect(await auditCount(db.db, { entityType: 'item', email: 'secretariat@e4d.example' })).toBe(1);
    expect(await auditCount(db.db)).toBe((await auditEntries(db.db, { limit: 1000 })).length);
  });

  it('keeps no entry for a write whose transaction is rolled back', async () => {
    const deletion = { actor: moussa, action: 'delete', entityType: 'event', entityId: 7, before: { title: 'Webinar' } };
    await expect(
      db.db.transaction().execute(async (trx) => {
        await recordAudit(trx, deletion);
        expect(await auditEntries(trx, { entityType: 'event' })).toHaveLength(1);
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    expect(await auditEntries(db.db, { entityType: 'event' })).toEqual([]);

    await db.db.transaction().execute((trx) => recordAudit(trx, deletion));
    expect(await auditEntries(db.db, { entityType: 'event' })).toHaveLength(1);
  });
});

describe('auditCsv', () => {
  const entry = (changes: AuditEntry['changes'], extra: Partial<AuditEntry> = {}): AuditEntry => ({
    id: 1,
    at: '2026-11-28T10:00:00.000Z',
    userId: 'u-moussa',
    userEmail: 'moussa@example.ml',
    ipAddress: '192.0.2.7',
    action: 'update',
    entityType: 'item',
    entityId: '42',
    changes,
    ...extra,
  });

  it('has a header and one line per changed field, and escapes quotes, commas and line breaks', () => {
    const csv = auditCsv([
      entry({ title: ['Guide "A", v1', 'Guide\nversion 2'], areas: [['payments'], ['payments', 'legal']] }),
      entry({}, { action: 'publish', userEmail: null, ipAddress: null }),
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('at,user_email,ip_address,action,entity_type,entity_id,field,before,after');
    expect(lines[1]).toBe('2026-11-28T10:00:00.000Z,moussa@example.ml,192.0.2.7,update,item,42,title,"Guide ""A"", v1","Guide\nversion 2"');
    expect(csv).toContain(',areas,"[""payments""]","[""payments"",""legal""]"');

    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ field: 'title', before: 'Guide "A", v1', after: 'Guide\nversion 2' });
    expect(rows[1]).toMatchObject({ field: 'areas', before: '["payments"]', after: '["payments","legal"]' });
    expect(rows[2]).toMatchObject({ action: 'publish', user_email: '', ip_address: '', field: '', before: '', after: '' });
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const csv = auditCsv([entry({ title: ['=cmd()', '+SUM(A1)'], note: ['-1+2', '@HYPERLINK("x")'] }, { userEmail: '=evil@example.org' })]);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ user_email: "'=evil@example.org", before: "'=cmd()", after: "'+SUM(A1)" });
    expect(rows[1]).toMatchObject({ before: "'-1+2", after: `'@HYPERLINK("x")` });
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
  });
});
