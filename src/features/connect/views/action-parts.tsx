import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { dateRange } from '../../events/views/format.js';
import type { ActionDetail, ActionNote, Share } from '../actions.js';

/** A day (YYYY-MM-DD) in the reader's words, machine-readable too. */
export function Day({ date, locale }: { date: string; locale: Locale }) {
  return <time datetime={date}>{dateRange(date, date, locale)}</time>;
}

const percents = new Map<string, Intl.NumberFormat>();
/** 0.5 → "50%" in the reader's language. */
export function percent(value: number, locale: Locale): string {
  let f = percents.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    percents.set(locale, f);
  }
  return f.format(value);
}

/** "50% (2 of 4)", or "nothing to count". */
export function shareText(share: Share, t: Translate, locale: Locale): string {
  if (share.share === null) return t('actions.share.noneCounted');
  return t('actions.share.summary', { share: percent(share.share, locale), completed: share.completed, counted: share.actions - share.dropped });
}

export function SampleNotice({ t, show }: { t: Translate; show: boolean }) {
  if (!show) return null;
  return (
    <p class="notice sample-notice" role="note">
      <strong>{t('actions.sampleNotice')}</strong>
    </p>
  );
}

/** The recommendation an action answers, linked to its place on the event's outcomes page. */
export function RecommendationLink({ t, action }: { t: Translate; action: ActionDetail }) {
  const r = action.recommendation;
  if (!r) return null;
  return (
    <p class="small">
      {t('actions.answersShort')}{' '}
      <a href={r.url}>
        <q>{r.text}</q>
      </a>
    </p>
  );
}

export function NoteList({ t, locale, notes }: { t: Translate; locale: Locale; notes: ActionNote[] }) {
  if (!notes.length) return null;
  return (
    <ul class="small">
      {notes.map((n) => (
        <li>
          <Day date={n.onDate} locale={locale} />: {n.text}
          {n.evidenceUrl ? (
            <>
              {' '}
              (
              <a href={n.evidenceUrl} rel="nofollow noopener">
                {t('actions.evidence')}
              </a>
              )
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
