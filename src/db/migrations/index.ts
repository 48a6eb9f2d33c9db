import type { Migration } from 'kysely';
import * as foundation from './20261128T0800-foundation.js';
import * as catalogue from './20261128T0900-catalogue.js';
import * as accounts from './20261128T1100-accounts.js';
import * as data from './20261128T1300-data.js';
import * as b2cIndexOnly from './20261128T1500-b2c-index-only.js';
import * as events from './20261128T1600-events.js';
import * as connect from './20261128T1800-connect.js';
import * as outboxDelivery from './20261207T0900-outbox-delivery.js';
import * as eventChanges from './20261207T1000-event-changes.js';
import * as itemAccess from './20261207T1100-item-access.js';
import * as dataLicences from './20261207T1200-data-licences.js';
import * as eventReportedFigures from './20261207T1400-event-reported-figures.js';
import * as eventDayOnlyTimes from './20261207T1410-event-day-only-times.js';
import * as eventProgrammeTexts from './20261207T1420-event-programme-texts.js';
import * as searchTerms from './20261207T1500-search-terms.js';
import * as contactMessages from './20261207T1600-contact-messages.js';
import * as requestItem from './20261207T1700-request-item.js';
import * as searchHeads from './20261207T1800-search-heads.js';

/** Every migration, by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '20261128T0800-foundation': foundation,
  '20261128T0900-catalogue': catalogue,
  '20261128T1100-accounts': accounts,
  '20261128T1300-data': data,
  '20261128T1500-b2c-index-only': b2cIndexOnly,
  '20261128T1600-events': events,
  '20261128T1800-connect': connect,
  '20261207T0900-outbox-delivery': outboxDelivery,
  '20261207T1000-event-changes': eventChanges,
  '20261207T1100-item-access': itemAccess,
  '20261207T1200-data-licences': dataLicences,
  '20261207T1400-event-reported-figures': eventReportedFigures,
  '20261207T1410-event-day-only-times': eventDayOnlyTimes,
  '20261207T1420-event-programme-texts': eventProgrammeTexts,
  '20261207T1500-search-terms': searchTerms,
  '20261207T1600-contact-messages': contactMessages,
  '20261207T1700-request-item': requestItem,
  '20261207T1800-search-heads': searchHeads,
};
