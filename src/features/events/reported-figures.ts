import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Locale } from '../../web/i18n/locales.js';
import { recordAudit } from '../audit/audit.js';
import { EventInputError } from './validate.js';
import { reportedFigureProblems } from './reported-figure-rules.js';
import { type ReportedFigureSeed, type ReportedMeasure, type ReportedQualifier, type ReportedUnit, type ShareGroup, reportedMeasures } from './types.js';

type Db = Kysely<Database>;
type Actor = Parameters<typeof recordAudit>[1]['actor'];

/** A reported figure as stored, with its source. */
export interface ReportedFigure {
  id: number;
  measure: ReportedMeasure;
  unit: ReportedUnit;
  qualifier: ReportedQualifier;
  shareOf: ShareGroup | null;
  /** A count, or a share in per cent; null for a text figure. */
  value: number | null;
  /** A share stated as a fraction, '1/3'; else null. */
  fraction: string | null;
  text: string | null;
  note: string;
  /** The language of `note` and `text`. */
  locale: Locale;
  source: { title: string; publisher: string; year: number; url: string | null };
  createdAt: string;
}

const order = (f: Pick<ReportedFigure, 'measure' | 'shareOf'>) => reportedMeasures.indexOf(f.measure) * 10 + (f.shareOf === 'speakers' ? 1 : 0);

/** An event's reported figures, in the order of the measures (participants first). */
export async function reportedFigures(db: Db, eventId: number): Promise<ReportedFigure[]> {
  const rows = await db.selectFrom('eventReportedFigures').selectAll().where('eventId', '=', eventId).execute();
  return rows
    .map(
      (r): ReportedFigure => ({
        id: r.id,
        measure: r.measure as ReportedMeasure,
        unit: r.unit as ReportedUnit,
        qualifier: r.qualifier as ReportedQualifier,
        shareOf: r.shareOf as ShareGroup | null,
        value: r.value === null ? null : Number(r.value),
        fraction: r.fraction,
        text: r.textValue,
        note: r.note,
        locale: r.locale as Locale,
        source: { title: r.sourceTitle, publisher: r.sourcePublisher, year: Number(r.sourceYear), url: r.sourceUrl },
        createdAt: r.createdAt,
      }),
    )
    .sort((a, b) => order(a) - order(b) || a.id - b.id);
}

/** What the audit log keeps of a figure: enough to read it back. */
const audited = (f: ReportedFigureSeed | ReportedFigure) => ({
  measure: f.measure,
  shareOf: f.shareOf ?? null,
  qualifier: f.qualifier ?? 'exact',
  value: f.value ?? null,
  fraction: f.fraction ?? null,
  text: 'text' in f ? (f.text ?? null) : null,
  note: f.note ?? '',
  source: f.source,
});

/**
 * Write one reported figure of an event, replacing the one it had for the same measure (and group,
 * for a share). Throws EventInputError (nothing written) when the figure has problems.
 */
export async function reportedFigureWriter(trx: Db, eventId: number, figure: ReportedFigureSeed, locale: Locale, createdBy: string | null): Promise<{ id: number; replaced: ReportedFigure | undefined }> {
  const problems = reportedFigureProblems(figure);
  if (problems.length) throw new EventInputError(problems.map((p) => ({ path: p.field, code: p.code, values: p.values })));
  const shareOf = figure.unit === 'share' ? (figure.shareOf ?? null) : null;
  const replaced = (await reportedFigures(trx, eventId)).find((f) => f.measure === figure.measure && f.shareOf === shareOf);
  if (replaced) await trx.deleteFrom('eventReportedFigures').where('id', '=', replaced.id).execute();
  const { id } = await trx
    .insertInto('eventReportedFigures')
    .values({
      eventId,
      measure: figure.measure,
      unit: figure.unit,
      qualifier: figure.unit === 'text' ? 'exact' : (figure.qualifier ?? 'exact'),
      shareOf,
      value: figure.unit === 'text' ? null : (figure.value ?? null),
      fraction: figure.unit === 'share' ? (figure.fraction ?? null) : null,
      textValue: figure.unit === 'text' ? (figure.text?.trim() ?? null) : null,
      note: figure.note?.trim() ?? '',
      locale,
      sourceTitle: figure.source.title.trim(),
      sourcePublisher: figure.source.publisher.trim(),
      sourceYear: figure.source.year,
      sourceUrl: figure.source.url?.trim() || null,
      createdBy,
      createdAt: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, replaced };
}

/** Record a reported figure from a person's form, in the audit log with what it replaced. */
export async function recordReportedFigure(trx: Db, actor: Actor, eventId: number, figure: ReportedFigureSeed): Promise<number> {
  const event = await trx.selectFrom('events').select(['sourceLocale']).where('id', '=', eventId).executeTakeFirstOrThrow();
  const { id, replaced } = await reportedFigureWriter(trx, eventId, figure, event.sourceLocale as Locale, actor.userId);
  await recordAudit(trx, {
    actor,
    action: 'event.figure.record',
    entityType: 'event',
    entityId: eventId,
    before: replaced ? { figure: audited(replaced) } : null,
    after: { figure: audited(figure) },
  });
  return id;
}

/** Remove one of an event's reported figures; false when it has no such figure (nothing changes). */
export async function removeReportedFigure(trx: Db, actor: Actor, eventId: number, figureId: number): Promise<boolean> {
  const figure = (await reportedFigures(trx, eventId)).find((f) => f.id === figureId);
  if (!figure) return false;
  await trx.deleteFrom('eventReportedFigures').where('id', '=', figureId).execute();
  await recordAudit(trx, { actor, action: 'event.figure.remove', entityType: 'event', entityId: eventId, before: { figure: audited(figure) }, after: null });
  return true;
}
