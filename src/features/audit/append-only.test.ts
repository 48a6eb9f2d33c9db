import { afterAll, beforeAll, expect, it } from 'vitest';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { recordAudit } from './audit.js';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await recordAudit(db.db, { actor: { userId: 'u1', email: 'a@example.org', ip: '192.0.2.1' }, action: 'create', entityType: 'item', entityId: 1, after: { title: 'Guide' } });
});
afterAll(() => db.destroy());

it('refuses to change or delete an audit entry, in the database itself', async () => {
  await expect(db.db.updateTable('auditLog').set({ action: 'nothing happened' }).execute()).rejects.toThrow(/append-only/);
  await expect(db.db.deleteFrom('auditLog').execute()).rejects.toThrow(/append-only/);
  const rows = await db.db.selectFrom('auditLog').select(['action']).execute();
  expect(rows).toEqual([{ action: 'create' }]);
});
