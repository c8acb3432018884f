import { Module } from '@nestjs/common';

import { EventsModule } from '@duijie/events';
import { EventAccess } from '@duijie/meetings';

import { ImportsController } from './imports.controller';
import { ImportsRepository } from './imports.repository';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';

/** The template, uploads and import reports, for the API. */
@Module({
  imports: [EventsModule],
  controllers: [ImportsController],
  providers: [EventAccess, ImportsRepository, ImportsService, ImportsResolver],
})
export class ImportsModule {}

/** Large imports, for the worker. */
@Module({
  imports: [EventsModule],
  providers: [EventAccess, ImportsRepository, ImportsService],
  exports: [ImportsService],
})
export class ImportsCoreModule {}
