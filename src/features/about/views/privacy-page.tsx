import type { Translate } from '../../../web/i18n/i18n.js';
import type { Brand } from '../../../web/brand.js';

const stored = ['account', 'sessions', 'memberships', 'requests', 'registrations', 'contact', 'emails', 'audit', 'limits'] as const;
const retention = ['sessions', 'links', 'limits', 'kept'] as const;
const cookies = ['session', 'csrf', 'lang'] as const;

/**
 * /privacy: what the hub stores about people, for how long (as the code does it: features/accounts/auth.ts
 * for sessions and links, web/rate-limit.ts for abuse counts; nothing else is deleted by itself), how
 * to delete an account (/account), and the cookies it sets (sessions, web/csrf.ts, the language).
 */
export function PrivacyPage({ t, brand }: { t: Translate; brand: Brand }) {
  const site = brand.name;
  return (
    <div class="prose">
      <h1>{t('about.privacy.title')}</h1>
      <p class="lead">{t('about.privacy.lead', { site })}</p>
      <p>{t('about.privacy.noTrackers')}</p>

      <h2>{t('about.privacy.visitorsTitle')}</h2>
      <p>{t('about.privacy.visitors')}</p>

      <h2>{t('about.privacy.storedTitle')}</h2>
      <ul>
        {stored.map((key) => (
          <li>{t(`about.privacy.stored.${key}`)}</li>
        ))}
      </ul>

      <h2>{t('about.privacy.retentionTitle')}</h2>
      <ul>
        {retention.map((key) => (
          <li>{t(`about.privacy.retention.${key}`)}</li>
        ))}
      </ul>

      <h2 id="delete">{t('about.privacy.deleteTitle')}</h2>
      <p>{t('about.privacy.delete')}</p>
      <p>
        <a href="/account#delete">{t('about.privacy.deleteLink')}</a>
      </p>
      <p>{t('about.privacy.deleteKept')}</p>
      <p>
        <a href="/contact">{t('about.privacy.deleteContact')}</a>
        {brand.contactEmail ? (
          <>
            {' · '}
            <a href={`mailto:${brand.contactEmail}`}>{brand.contactEmail}</a>
          </>
        ) : null}
      </p>

      <h2>{t('about.privacy.cookiesTitle')}</h2>
      <p>{t('about.privacy.cookiesLead')}</p>
      <ul>
        {cookies.map((key) => (
          <li>{t(`about.privacy.cookie.${key}`)}</li>
        ))}
      </ul>
      <p>{t('about.privacy.cookiesSecure')}</p>
    </div>
  );
}
