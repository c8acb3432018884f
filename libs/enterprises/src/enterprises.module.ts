import { Global, Module } from '@nestjs/common';

import { AccountsCoreModule } from '@duijie/accounts';
import { NotificationsCoreModule } from '@duijie/notifications';

import { ClaimsRepository } from './claims.repository';
import { ClaimsResolver } from './claims.resolver';
import { ClaimsService } from './claims.service';
import { EnterpriseLoader } from './enterprise.loader';
import { EnterprisesRepository } from './enterprises.repository';
import { EnterprisesResolver, UserEnterpriseResolver } from './enterprises.resolver';
import { EnterprisesService } from './enterprises.service';

/** Enterprise rules and queries, for every process. */
@Global()
@Module({
  imports: [AccountsCoreModule],
  providers: [EnterprisesRepository, EnterprisesService, EnterpriseLoader, ClaimsRepository],
  exports: [EnterprisesRepository, EnterprisesService, EnterpriseLoader, ClaimsRepository],
})
export class EnterprisesCoreModule {}

/** The enterprise part of the GraphQL API. */
@Module({
  imports: [EnterprisesCoreModule, NotificationsCoreModule],
  providers: [EnterprisesResolver, UserEnterpriseResolver, ClaimsService, ClaimsResolver],
})
export class EnterprisesModule {}
