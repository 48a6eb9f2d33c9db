import type { Translate } from '../../../web/i18n/i18n.js';
import type { PolicyAreaView } from '../present.js';

export function PolicyAreaCards(props: { t: Translate; areas: PolicyAreaView[]; counts: Map<string, number>; headingLevel: 2 | 3 }) {
  const { t, areas, counts } = props;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol class="cards">
      {areas.map((area) => (
        <li>
          <Heading>
            <a href={`/policy-areas/${area.slug}`}>{area.name}</a>
          </Heading>
          <p class="small">{area.description}</p>
          <p class="small muted">{t('policyAreas.partnerCount', { count: counts.get(area.slug) ?? 0 })}</p>
        </li>
      ))}
    </ol>
  );
}
