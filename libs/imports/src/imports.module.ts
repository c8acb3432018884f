import { Module } from '@nestjs/common';

import { EventsModule } from '@duijie/events';

import { ImportsController } from './imports.controller';
import { ImportsRepository } from './imports.repository';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';

/** The template, uploads and import reports, for the API. */
@Module({
  imports: [EventsModule],
  controllers: [ImportsController],
  providers: [ImportsRepository, ImportsService, ImportsResolver],
})
export class ImportsModule {}

/** Large imports, for the worker. */
@Module({
  imports: [EventsModule],
  providers: [ImportsRepository, ImportsService],
  exports: [ImportsService],
})
export class ImportsCoreModule {}
