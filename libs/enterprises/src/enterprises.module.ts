import { Global, Module } from '@nestjs/common';

import { EnterpriseLoader } from './enterprise.loader';
import { EnterprisesRepository } from './enterprises.repository';
import { EnterprisesResolver, UserEnterpriseResolver } from './enterprises.resolver';
import { EnterprisesService } from './enterprises.service';

/** Enterprise rules and queries, for every process. */
@Global()
@Module({
  providers: [EnterprisesRepository, EnterprisesService, EnterpriseLoader],
  exports: [EnterprisesRepository, EnterprisesService, EnterpriseLoader],
})
export class EnterprisesCoreModule {}

/** The enterprise part of the GraphQL API. */
@Module({ imports: [EnterprisesCoreModule], providers: [EnterprisesResolver, UserEnterpriseResolver] })
export class EnterprisesModule {}
