import { type Context, Hono } from 'hono';
import { offsetOf, pageInfo } from '../../lib/pagination.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { gate } from '../../web/policy.js';
import { queryFilter, queryPage, render } from '../../web/render.js';
import { auditCsv } from '../audit/audit.js';
import { auditEntityTypes, auditPage } from './queries.js';
import { AuditPage, type AuditFilterValues } from './views/audit.js';

const auditPageSize = 50;
/** The CSV holds the newest entries up to this many: enough for an inquiry, bounded for the server. */
const csvLimit = 20_000;

/** The audit log, filtered by kind of record and by who acted; as a page and as CSV. */
export function auditPages(deps: AppDeps) {
  const { db } = deps;

  const filterOf = async (c: Context<AppEnv>): Promise<{ filter: AuditFilterValues; entityTypes: string[] }> => {
    const entityTypes = await auditEntityTypes(db);
    const entityType = queryFilter(c, 'entityType', (v): v is string => entityTypes.includes(v));
    const email = (c.req.query('email') ?? '').trim().slice(0, 254) || undefined;
    return { filter: { entityType, email }, entityTypes };
  };

  return new Hono<AppEnv>()
    .get('/admin/audit', gate('secretariat'), async (c) => {
      const { t, locale } = c.var;
      const { filter, entityTypes } = await filterOf(c);
      const page = queryPage(c);
      const query = { entityType: filter.entityType, userEmail: filter.email, limit: auditPageSize, offset: offsetOf(page, auditPageSize) };
      const { entries, total } = await auditPage(db, query);
      return render(
        c,
        { title: t('admin.audit.title') },
        <AuditPage
          t={t}
          locale={locale}
          url={new URL(c.req.url)}
          filter={filter}
          entityTypes={entityTypes}
          entries={entries}
          page={pageInfo(page, auditPageSize, total)}
        />,
      );
    })
    .get('/admin/audit.csv', gate('secretariat'), async (c) => {
      const { filter } = await filterOf(c);
      const { entries } = await auditPage(db, { entityType: filter.entityType, userEmail: filter.email, limit: csvLimit, offset: 0 });
      const day = new Date().toISOString().slice(0, 10);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="e4d-hub-audit-${day}.csv"`);
      return c.body(auditCsv(entries));
    });
}
