import { Module } from '@nestjs/common';

import { EventAccess } from './event-access';
import { EventsRepository } from './events.repository';
import { EventsResolver } from './events.resolver';
import { EventsService } from './events.service';

@Module({
  providers: [EventsRepository, EventsService, EventsResolver, EventAccess],
  exports: [EventsService, EventAccess, EventsRepository],
})
export class EventsModule {}
