import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { adminEn } from '../../../web/i18n/admin/en.js';
import { coverageName, languageLabel } from '../../catalogue/views/labels.js';

const sections = [
  { href: '/admin', key: 'admin.nav.queue' },
  { href: '/admin/users', key: 'admin.nav.users' },
  { href: '/admin/organisations', key: 'admin.nav.organisations' },
  { href: '/admin/events', key: 'admin.nav.events' },
  { href: '/admin/data', key: 'admin.nav.data' },
  { href: '/admin/audit', key: 'admin.nav.audit' },
] as const;

/** The console's own navigation, above each page's heading; the current section is marked. */
export function AdminNav({ t, path }: { t: Translate; path: string }) {
  const current = (href: string) => (href === '/admin' ? path === '/admin' || path.startsWith('/admin/revisions') : path.startsWith(href));
  return (
    <nav class="admin-nav" aria-label={t('admin.nav.label')}>
      <ul>
        {sections.map((s) => (
          <li>
            <a href={s.href} aria-current={current(s.href) ? 'page' : undefined}>
              {t(s.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const formats = new Map<Locale, Intl.DateTimeFormat>();

/** A timestamp in the reader's words, in UTC (the secretariat works across time zones). */
export function DateTime({ value, locale }: { value: string | null; locale: Locale }) {
  if (!value) return <>—</>;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return <>{value}</>;
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return <time datetime={date.toISOString()}>{`${format.format(date)} UTC`}</time>;
}

/** A value of a revision or of the audit log as short text: lists joined, nothing as a dash, long text cut. */
export function shortValue(value: unknown, max = 160): string {
  if (value === undefined || value === null || value === '') return '—';
  const text = Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The label of a flat revision field ('kind', 'text.fr.title'…), as contributions' flatRevisionData names them. */
export function fieldLabel(field: string, t: Translate): string {
  const text = /^text\.(\w+)\.(title|summary|description|eligibility)$/.exec(field);
  if (text) return `${t(`admin.field.${text[2]}`)} (${t(`language.${text[1]}`)})`;
  return Object.hasOwn(adminEn.field, field) ? t(`admin.field.${field}`) : field;
}

/** Plain text as paragraphs (at blank lines) with their line breaks, escaped like any text (never raw()). */
export function TextBlock({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((paragraph) => {
          const lines = paragraph.split('\n');
          return <p>{lines.map((line, i) => (i === 0 ? line : [<br />, line]))}</p>;
        })}
    </>
  );
}

/** A translated label, or the code itself when the catalogue has none (an old or unknown value). */
const labelOr = (t: Translate, key: string, code: string) => {
  const label = t(key);
  return label === key ? code : label;
};

/**
 * A value of a revision's field in words (kinds, policy areas, countries…), as the public pages show
 * them; other fields' values as they are.
 */
export function revisionFieldValue(field: string, value: unknown, t: Translate, locale: Locale): unknown {
  const named: Record<string, (code: string) => string> = {
    type: (v) => labelOr(t, `itemType.${v}`, v),
    kind: (v) => labelOr(t, `kind.${v}`, v),
    cost: (v) => labelOr(t, `cost.${v}`, v),
    policyAreas: (v) => labelOr(t, `policyArea.${v}.short`, v),
    beneficiaries: (v) => labelOr(t, `beneficiary.${v}`, v),
    coverage: (v) => coverageName(v, t, locale),
    languages: (v) => languageLabel(v, t, locale),
    sourceLocale: (v) => languageLabel(v, t, locale),
    viaHub: (v) => t(v === 'true' ? 'admin.value.yes' : 'admin.value.no'),
  };
  const name = named[field];
  if (!name) return value;
  if (Array.isArray(value)) return value.map((v) => name(String(v)));
  return typeof value === 'string' || typeof value === 'boolean' ? name(String(value)) : value;
}
