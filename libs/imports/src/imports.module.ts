import { Module } from '@nestjs/common';

import { EventsModule } from '@duijie/events';
import { ListingsCoreModule, ListingsModule } from '@duijie/listings';
import { NotificationsCoreModule } from '@duijie/notifications';

import { ImportsController } from './imports.controller';
import { ImportsRepository } from './imports.repository';
import { ImportPreviewRowsResolver, ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsResolver } from './proposals.resolver';
import { ProposalsService } from './proposals.service';
import { SpreadsheetReader } from './spreadsheet-reader';

/** The template, uploads and import reports, for the API. */
@Module({
  imports: [EventsModule, ListingsModule, NotificationsCoreModule],
  controllers: [ImportsController],
  providers: [
    ImportsRepository,
    ImportsService,
    SpreadsheetReader,
    ImportsResolver,
    ImportPreviewRowsResolver,
    ProposalsRepository,
    ProposalsService,
    ProposalsResolver,
  ],
})
export class ImportsModule {}

/** Large imports, for the worker. */
@Module({
  imports: [EventsModule, ListingsCoreModule, NotificationsCoreModule],
  providers: [ImportsRepository, ImportsService, SpreadsheetReader],
  exports: [ImportsService],
})
export class ImportsCoreModule {}
