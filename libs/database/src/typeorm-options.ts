import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { ChainCategoryEntity, ChainEdgeEntity } from '@duijie/reference/chain.entity';
import { UserEntity } from '@duijie/accounts/user.entity';
import { EnterpriseEntity } from '@duijie/enterprises/enterprise.entity';
import { ListingEntity } from '@duijie/listings/listing.entity';
import { DockingEventEntity } from '@duijie/events/docking-event.entity';
import { MatchRunEntity, MatchSuggestionEntity } from '@duijie/matching/match-suggestion.entity';
import { NotificationEntity } from '@duijie/notifications/notification.entity';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from '@duijie/notifications/webhooks/webhook.entity';
import { OutboxEntity } from '@duijie/queue/outbox';
import { MeetingEntity, MeetingPartyEntity, ScheduleRunEntity } from '@duijie/meetings/meeting.entity';
import { MeetingRequestEntity } from '@duijie/meetings/meeting-request.entity';
import { RegistrationEntity } from '@duijie/meetings/registration.entity';
import { MeetingSessionEntity } from '@duijie/meetings/session.entity';
import { DealEntity, MeetingRatingEntity } from '@duijie/outcomes/outcome.entity';
import { ListingImportEntity } from '@duijie/imports/listing-import.entity';
import { MIGRATIONS } from './migrations';

// DATE columns stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's time zone.
types.setTypeParser(types.builtins.DATE, (v: string) => v);

export const ENTITIES = [ChainCategoryEntity, ChainEdgeEntity, UserEntity, EnterpriseEntity, ListingEntity, DockingEventEntity, OutboxEntity, MatchSuggestionEntity, MatchRunEntity, NotificationEntity, WebhookEndpointEntity, WebhookDeliveryEntity,
  MeetingSessionEntity, RegistrationEntity, MeetingRequestEntity, MeetingEntity, MeetingPartyEntity, ScheduleRunEntity,
  MeetingRatingEntity, DealEntity, ListingImportEntity];

/** One place for how the apps, the CLI and the tests reach Postgres. */
export function typeOrmOptions(databaseUrl: string, applicationName: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    logging: false,
    extra: {
      application_name: applicationName,
      max: poolSize,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: 15_000,
      lock_timeout: 5_000,
      idle_in_transaction_session_timeout: 30_000,
    },
  };
}
