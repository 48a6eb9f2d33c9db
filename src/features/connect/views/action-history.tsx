import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { Breadcrumbs } from '../../../web/components/common.js';
import type { HistoryEntry } from '../actions.js';
import { Day } from './format.js';
import { policyAreaLabel } from '../../policy-areas/present.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

const kindLabel: Record<string, string> = { 'action.create': 'actions.history.created', 'action.update': 'actions.history.updated', 'action.note': 'actions.history.noted' };

/** A recorded value as the reader reads it: enumerations translated, nothing as "(empty)". */
function valueText(field: string, value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return t('actions.history.empty');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (field === 'status') return t(`actions.status.${text}`, { defaultValue: text });
  if (field === 'priority') return t(`actions.priority.${text}`, { defaultValue: text });
  if (field === 'policyArea') return policyAreaLabel(t, text);
  return text;
}

/** The changes, one line a field: "Status: In progress → Completed" (the value alone for what was added). */
function Changes({ t, entry }: { t: Translate; entry: HistoryEntry }) {
  const fields = Object.entries(entry.changes);
  return (
    <ul class="small">
      {fields.map(([field, [before, after]]) => (
        <li>
          {t(`actions.field.${field}`, { defaultValue: field })}
          {t('common.colon')}{' '}
          {entry.kind === 'action.update' ? (
            <>
              <del>{valueText(field, before, t)}</del> → <ins>{valueText(field, after, t)}</ins>
            </>
          ) : (
            valueText(field, after, t)
          )}
        </li>
      ))}
    </ul>
  );
}

export function ActionHistoryPage({ t, locale, iso3, name, entries }: { t: Translate; locale: Locale; iso3: string; name: string; entries: HistoryEntry[] }) {
  return (
    <article>
      <Breadcrumbs
        t={t}
        items={[{ href: '/countries', label: t('countries.title') }, { href: `/countries/${iso3}`, label: name }, { href: `/countries/${iso3}/actions`, label: t('actions.nav') }, { label: t('actions.historyLink') }]}
      />
      <h1>{t('actions.history.title', { country: name })}</h1>
      <p class="lead">{t('actions.history.lead', { country: name })}</p>
      {entries.length === 0 ? (
        <p>{t('actions.history.none')}</p>
      ) : (
        <ScrollTable id="action-history" caption={t('actions.history.caption', { country: name })}>
          <thead>
            <tr>
              <th scope="col">{t('actions.history.when')}</th>
              <th scope="col">{t('actions.history.action')}</th>
              <th scope="col">{t('actions.history.change')}</th>
              <th scope="col">{t('actions.history.by')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr>
                <td>
                  <Day date={entry.at.slice(0, 10)} locale={locale} /> {entry.at.slice(11, 16)} UTC
                </td>
                <th scope="row">
                  <a href={`/countries/${iso3}/actions#action-${entry.actionId}`}>{entry.actionTitle}</a>
                  <br />
                  <span class="small muted">{t(kindLabel[entry.kind] ?? 'actions.history.updated')}</span>
                </th>
                <td>
                  <Changes t={t} entry={entry} />
                </td>
                <td>{t(`actions.role.${entry.role}`)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </article>
  );
}
