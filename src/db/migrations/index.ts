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
};
