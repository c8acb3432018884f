import { Module } from '@nestjs/common';

import { EventAccess } from './event-access';
import { EventCommitmentsPort } from './event-commitments';
import { EventsRepository } from './events.repository';
import { EventsResolver } from './events.resolver';
import { EventsService } from './events.service';

@Module({
  providers: [EventsRepository, EventsService, EventsResolver, EventAccess, EventCommitmentsPort],
  exports: [EventsService, EventAccess, EventsRepository, EventCommitmentsPort],
})
export class EventsModule {}
