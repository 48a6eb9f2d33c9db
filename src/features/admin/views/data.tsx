import { ErrorSummary, Field, type FieldErrors } from '../../../web/components/form.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import type { ImportProblem } from '../../data/problems.js';
import type { B2cEdition, ImportBatchSummary } from '../../data/queries.js';
import { AdminNav, DateTime } from './common.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

/** A refused import: which file, and each problem with its line (the importer's reasons are in English). */
export interface ImportReport {
  file: string;
  problems: ImportProblem[];
  total: number;
}

export interface DataPageProps {
  t: Translate;
  locale: Locale;
  url: URL;
  token: string;
  editions: B2cEdition[];
  batches: ImportBatchSummary[];
  maxMegabytes: number;
  /** The catalogue's indicators, for the indicator of a one-indicator file. */
  indicators: { code: string; name: string }[];
  report?: ImportReport | undefined;
  /** Errors and values of the form that was sent, by which form it was. */
  form?: { kind: 'b2c' | 'indicators'; errors: FieldErrors; values: Record<string, string> } | undefined;
}

/** A file input with its label and error, like Field (which has no file type). */
function FileField({ name, label, error }: { name: string; label: string; error?: string | undefined }) {
  const id = `f-${name}`;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {error ? (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name="file"
        type="file"
        accept=".csv,text/csv"
        required
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    </div>
  );
}

export function DataPage({ t, locale, url, token, editions, batches, maxMegabytes, indicators, report, form }: DataPageProps) {
  const errorsOf = (kind: 'b2c' | 'indicators') => (form?.kind === kind ? form.errors : {});
  const b2cErrors = errorsOf('b2c');
  const indicatorErrors = errorsOf('indicators');
  const b2cValues = form?.kind === 'b2c' ? form.values : {};
  return (
    <>
      <AdminNav t={t} path={url.pathname} />
      <h1>{t('admin.data.title')}</h1>
      <p class="lead">{t('admin.data.lead')}</p>
      {report ? (
        <div class="error-summary" role="alert" tabindex={-1} id="import-report">
          <p>{t('admin.data.refused', { file: report.file, count: report.total })}</p>
          <ul lang="en">
            {report.problems.map((p) => (
              <li>
                <strong>{p.line === null ? t('admin.data.wholeFile') : t('admin.data.line', { line: p.line })}</strong>: {p.message}
              </li>
            ))}
          </ul>
          {report.total > report.problems.length ? <p>{t('admin.data.more', { count: report.total - report.problems.length })}</p> : null}
        </div>
      ) : null}

      <h2 id="editions">{t('admin.data.editions')}</h2>
      {editions.length ? (
        <ScrollTable id="data-editions" labelledBy="editions">
          <thead>
            <tr>
              <th scope="col">{t('admin.data.col.edition')}</th>
              <th scope="col">{t('admin.data.col.dataYear')}</th>
              <th scope="col">{t('admin.data.col.status')}</th>
              <th scope="col">{t('admin.data.col.economies')}</th>
              <th scope="col">{t('admin.data.col.importedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {editions.map((e) => (
              <tr>
                <th scope="row">
                  <a href={`/data/b2c/${e.edition}`}>{e.edition}</a>
                </th>
                <td>{e.dataYear}</td>
                <td>{t(`admin.data.status.${e.status}`)}</td>
                <td class="num">{e.economies}</td>
                <td>
                  <DateTime value={e.importedAt} locale={locale} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : (
        <p>{t('admin.data.noEditions')}</p>
      )}

      <h2>{t('admin.data.b2cTitle')}</h2>
      <p class="hint">{t('admin.data.b2cHint')}</p>
      {/* An upload's token is in its address: the body is read after the role check (web/csrf.ts). */}
      <form method="post" action={`/admin/data/b2c?_csrf=${encodeURIComponent(token)}`} enctype="multipart/form-data" class="stacked">
        <ErrorSummary errors={b2cErrors} t={t} />
        <FileField name="b2c-file" label={t('admin.data.file', { max: maxMegabytes })} error={b2cErrors['b2c-file']} />
        <Field name="edition" label={t('admin.data.edition')} value={b2cValues.edition} error={b2cErrors.edition} required maxlength={4} />
        <Field
          name="dataYear"
          label={t('admin.data.dataYear')}
          hint={t('admin.data.dataYearHint')}
          value={b2cValues.dataYear}
          error={b2cErrors.dataYear}
          maxlength={4}
        />
        <button type="submit">{t('admin.data.importB2c')}</button>
      </form>

      <h2>{t('admin.data.indicatorsTitle')}</h2>
      <p class="hint">{t('admin.data.indicatorsHint')}</p>
      {/* An upload's token is in its address: the body is read after the role check (web/csrf.ts). */}
      <form method="post" action={`/admin/data/indicators?_csrf=${encodeURIComponent(token)}`} enctype="multipart/form-data" class="stacked">
        <ErrorSummary errors={indicatorErrors} t={t} />
        <FileField name="indicators-file" label={t('admin.data.file', { max: maxMegabytes })} error={indicatorErrors['indicators-file']} />
        <div class="field">
          <label for="f-indicator">{t('admin.data.indicator')}</label>
          <p class="hint" id="f-indicator-hint">
            {t('admin.data.indicatorHint')}
          </p>
          <select id="f-indicator" name="indicator" aria-describedby="f-indicator-hint">
            <option value="">{t('admin.data.indicatorFromFile')}</option>
            {indicators.map((i) => (
              <option value={i.code} selected={form?.kind === 'indicators' && form.values.indicator === i.code}>
                {i.name} ({i.code})
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('admin.data.importIndicators')}</button>
      </form>

      <h2 id="batches">{t('admin.data.batches')}</h2>
      {batches.length ? (
        <ScrollTable id="data-batches" labelledBy="batches">
          <thead>
            <tr>
              <th scope="col">{t('admin.data.col.batch')}</th>
              <th scope="col">{t('admin.data.col.kind')}</th>
              <th scope="col">{t('admin.data.col.file')}</th>
              <th scope="col">{t('admin.data.col.rows')}</th>
              <th scope="col">{t('admin.data.col.importedAt')}</th>
              <th scope="col">{t('admin.data.col.by')}</th>
            </tr>
          </thead>
          <tbody>
            {batches.map((b) => (
              <tr>
                <td class="num">{b.id}</td>
                <td>{b.kind === 'b2c' || b.kind === 'indicators' ? t(`admin.data.kind.${b.kind}`) : b.kind}</td>
                <td>{b.fileName}</td>
                <td class="num">{b.rows}</td>
                <td>
                  <DateTime value={b.importedAt} locale={locale} />
                </td>
                <td>{b.importedBy}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : (
        <p>{t('admin.data.noBatches')}</p>
      )}
    </>
  );
}
