import type { Context } from 'hono';
import { Hono } from 'hono';
import { uploadBodyLimit as uploadLimit } from '../../web/body-limits.js';
import type { FieldErrors } from '../../web/components/form.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { gate } from '../../web/policy.js';
import { render } from '../../web/render.js';
import { recordAudit } from '../audit/audit.js';
import { importB2c } from '../data/b2c-import.js';
import type { ImportResult } from '../data/import-batch.js';
import { importIndicators } from '../data/indicator-import.js';
import { ImportError } from '../data/problems.js';
import { indicatorCatalogue } from '../data/indicator-catalogue.js';
import { listB2cEditions, recentImportBatches } from '../data/queries.js';
import { maxImportBytes } from '../data/source-file.js';
import { actorOf, noticeFromQuery } from './console.js';
import { DataPage, type DataPageProps } from './views/data.js';

type Kind = 'b2c' | 'indicators';
type Failure = Pick<DataPageProps, 'report' | 'form'>;

const maxMegabytes = maxImportBytes / 1024 / 1024;
const yearPattern = /^\d{4}$/;
const validYear = (value: string) => yearPattern.test(value) && Number(value) >= 2000 && Number(value) <= 2100;

/** The secretariat's data page: editions and import batches, and the two upload forms (B2C edition, indicators). */
export function dataImportPages(deps: AppDeps) {
  const { db } = deps;

  const dataPage = async (c: Context<AppEnv>, failure: Failure = {}, status: 200 | 400 = 200) => {
    const { t, locale } = c.var;
    const [editions, batches] = await Promise.all([listB2cEditions(db), recentImportBatches(db)]);
    const indicators = indicatorCatalogue.map((d) => ({ code: d.code, name: d.text[locale].name }));
    return render(
      c,
      { title: t('admin.data.title') },
      <DataPage
        t={t}
        locale={locale}
        url={new URL(c.req.url)}
        token={c.var.csrfToken()}
        editions={editions}
        batches={batches}
        maxMegabytes={maxMegabytes}
        indicators={indicators}
        {...failure}
      />,
      status,
    );
  };

  /**
   * Read the form (only now, after the role gate and within the upload limit), check the file
   * and the fields, import, and answer: the page with the report (400) or a redirect with a notice.
   */
  const upload = async (
    c: Context<AppEnv>,
    kind: Kind,
    run: (file: { name: string; content: Uint8Array }, by: string, fields: Record<string, string>) => Promise<ImportResult>,
    entity: (result: ImportResult, fields: Record<string, string>) => string | number,
  ) => {
    const t = c.var.t;
    const body = await c.req.parseBody();
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries(body)) if (typeof value === 'string' && name !== '_csrf') fields[name] = value.trim();
    const file = body.file;
    const fileField = `${kind}-file`;
    const errors: FieldErrors = {};
    if (!(file instanceof File) || file.size === 0) errors[fileField] = t('admin.data.noFile');
    else if (file.size > maxImportBytes) errors[fileField] = t('admin.data.tooLarge', { max: maxMegabytes });
    if (kind === 'b2c') {
      if (!validYear(fields.edition ?? '')) errors.edition = t('admin.data.badYear');
      if (fields.dataYear && !validYear(fields.dataYear)) errors.dataYear = t('admin.data.badYear');
    }
    if (Object.keys(errors).length || !(file instanceof File)) return dataPage(c, { form: { kind, errors, values: fields } }, 400);

    const upload = { name: file.name || `${kind}.csv`, content: new Uint8Array(await file.arrayBuffer()) };
    let result: ImportResult;
    try {
      result = await run(upload, c.var.user!.email, fields);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      return dataPage(c, { report: { file: upload.name, problems: error.problems, total: error.total }, form: { kind, errors: {}, values: fields } }, 400);
    }
    // The same content again wrote nothing: nothing to log and no cached page to drop.
    if (result.unchanged) return c.redirect('/admin/data?done=import-unchanged', 303);
    await recordAudit(db, {
      actor: actorOf(c),
      action: 'import',
      entityType: kind === 'b2c' ? 'b2c-edition' : 'indicators',
      entityId: entity(result, fields),
      after: { file: upload.name, rows: result.rows, batchId: result.batchId },
    });
    // Public data pages, charts and the map are cached: they must show the new figures now.
    deps.responseCache.clear();
    return c.redirect('/admin/data?done=imported', 303);
  };

  return new Hono<AppEnv>()
    .get('/admin/data', gate('secretariat'), async (c) => {
      noticeFromQuery(c);
      return dataPage(c);
    })
    .post('/admin/data/b2c', gate('secretariat'), uploadLimit, (c) =>
      upload(
        c,
        'b2c',
        (file, by, fields) => importB2c(db, { file, by, edition: Number(fields.edition), dataYear: fields.dataYear ? Number(fields.dataYear) : undefined }),
        (_result, fields) => Number(fields.edition),
      ),
    )
    .post('/admin/data/indicators', gate('secretariat'), uploadLimit, (c) =>
      upload(
        c,
        'indicators',
        (file, by, fields) => importIndicators(db, { file, by, indicator: fields.indicator || undefined }),
        (result) => result.batchId,
      ),
    );
}
