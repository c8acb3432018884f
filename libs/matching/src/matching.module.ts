import { Module } from '@nestjs/common';

import { ListingsCoreModule, ListingsModule } from '@duijie/listings';
import { NotificationsCoreModule } from '@duijie/notifications';
import { JobsModule } from '@duijie/queue';

import { AnnouncementSweeper } from './announcement-sweeper.service';
import { MatchEngine } from './match-engine.service';
import { MatchNotifier } from './match-notifier.service';
import { MatchRunsRepository } from './match-runs.repository';
import { MatchSourcesRepository } from './match-sources.repository';
import { MatchSweeper } from './match-sweeper.service';
import { MatchWorkerService } from './match-worker.service';
import { ListingMatchesResolver, MatchingResolver, MatchSuggestionMapper } from './matching.resolver';
import { MatchingService } from './matching.service';
import { SuggestionWritesRepository } from './suggestion-writes.repository';
import { SuggestionsRepository } from './suggestions.repository';

/** Suggestions over GraphQL, for the API. */
@Module({
  imports: [ListingsModule],
  providers: [
    SuggestionsRepository,
    MatchRunsRepository,
    MatchingService,
    MatchSuggestionMapper,
    MatchingResolver,
    ListingMatchesResolver,
  ],
  exports: [MatchingService, MatchSuggestionMapper, SuggestionsRepository],
})
export class MatchingModule {}

/** The matcher itself, for the worker: the in-memory index and the jobs' service. */
@Module({
  imports: [ListingsCoreModule, NotificationsCoreModule, JobsModule],
  providers: [
    MatchSourcesRepository,
    SuggestionWritesRepository,
    MatchRunsRepository,
    MatchEngine,
    MatchWorkerService,
    MatchNotifier,
    MatchSweeper,
    AnnouncementSweeper,
  ],
  exports: [MatchWorkerService, MatchEngine, MatchNotifier, MatchSweeper, AnnouncementSweeper],
})
export class MatchingCoreModule {}
