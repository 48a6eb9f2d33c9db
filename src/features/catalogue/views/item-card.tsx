import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import type { SnippetPart } from '../../search/highlight.js';
import { itemPath } from '../present.js';
import type { ItemSummary } from '../queries.js';
import { formatItemDate } from './labels.js';
import { policyAreaLabel } from '../../policy-areas/present.js';

/** The matching words marked; every part is text, escaped on output. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return <>{parts.map((part) => (part.mark ? <mark>{part.text}</mark> : part.text))}</>;
}

/** The date a list shows for an item: publication for resources, start for solutions. */
export function ItemDate({ item, locale }: { item: Pick<ItemSummary, 'publishedOn' | 'startsOn'>; locale: Locale }) {
  const date = item.publishedOn ?? item.startsOn;
  return date ? <time datetime={date}>{formatItemDate(date, locale)}</time> : null;
}

interface CardProps {
  item: ItemSummary & { snippet?: SnippetPart[] };
  t: Translate;
  locale: Locale;
  /** On /search, where both types are listed. */
  showType?: boolean;
  headingLevel?: 2 | 3;
}

export function ItemCard({ item, t, locale, showType = false, headingLevel = 3 }: CardProps) {
  const lang = item.textLocale === locale ? undefined : item.textLocale;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const date = item.publishedOn ?? item.startsOn;
  return (
    <li>
      <Heading lang={lang}>
        <a href={itemPath(item)}>{item.title}</a>
      </Heading>
      <p class="small muted">
        {showType ? <>{t(`itemType.${item.type}`)} · </> : null}
        {t(`kind.${item.kind}`)}
        {item.organisations.length ? <> · {item.organisations.map((o) => o.acronym ?? o.name).join(', ')}</> : null}
        {/* Free is the common case: only a cost to pay or to agree is worth a word on the card. */}
        {item.cost === 'free' ? null : <> · {t(`cost.${item.cost}`)}</>}
        {date ? (
          <>
            {' · '}
            <ItemDate item={item} locale={locale} />
          </>
        ) : null}
      </p>
      <p lang={lang}>{item.snippet ? <Snippet parts={item.snippet} /> : item.summary}</p>
      {item.policyAreas.length ? (
        <ul class="tags" aria-label={t('catalogue.policyAreas')}>
          {item.policyAreas.map((slug) => (
            <li>{policyAreaLabel(t, slug, 'short')}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function ItemList({ items, t, locale, showType }: { items: CardProps['item'][]; t: Translate; locale: Locale; showType?: boolean }) {
  return (
    <ul class="results">
      {items.map((item) => (
        <ItemCard item={item} t={t} locale={locale} showType={showType ?? false} />
      ))}
    </ul>
  );
}
