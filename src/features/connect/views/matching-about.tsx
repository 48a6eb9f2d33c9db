import type { Translate } from '../../../web/i18n/i18n.js';
import { MATCH_WEIGHTS } from '../matching.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

/** Every weight of the engine, flattened ('coverage-country'), in the order of the constant. */
export function weightRows(): { key: string; value: number }[] {
  return Object.entries(MATCH_WEIGHTS).flatMap(([key, value]) =>
    typeof value === 'number' ? [{ key, value }] : Object.entries(value).map(([sub, v]) => ({ key: `${key}-${sub}`, value: v as number })),
  );
}

/** /requests/about-matching: the signals in words and the weights table, read from MATCH_WEIGHTS. */
export function MatchingAboutPage({ t }: { t: Translate }) {
  return (
    <>
      <p>
        <a href="/requests">{t('requests.title')}</a>
      </p>
      <h1>{t('requests.about.title')}</h1>
      <p class="lead">{t('requests.about.lead')}</p>
      <h2>{t('requests.about.signalsTitle')}</h2>
      <ul>
        {(['policyArea', 'coverage', 'beneficiary', 'supportKind', 'language', 'askedFor', 'organisation', 'response', 'ties'] as const).map((k) => (
          <li>{t(`requests.about.${k}`)}</li>
        ))}
      </ul>
      <h2>{t('requests.about.weightsTitle')}</h2>
      <ScrollTable id="weights" caption={t('requests.about.weightsCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('requests.about.signal')}</th>
            <th scope="col">{t('requests.about.points')}</th>
          </tr>
        </thead>
        <tbody>
          {weightRows().map((w) => (
            <tr id={`w-${w.key}`}>
              <th scope="row">{t(`requests.weight.${w.key}`)}</th>
              <td>{w.value}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}
