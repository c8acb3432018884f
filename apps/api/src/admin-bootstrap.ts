import { Injectable, OnApplicationBootstrap } from '@nestjs/common';

import { AccountsService } from '@duijie/accounts';
import { ConfigService } from '@duijie/config';

/** The first ADMIN comes from ADMIN_EMAIL / ADMIN_PASSWORD, created or updated at every start. */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  constructor(
    private readonly config: ConfigService,
    private readonly accounts: AccountsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const email = this.config.get('adminEmail');
    const password = this.config.get('adminPassword');
    if (email && password) await this.accounts.ensureAdmin(email, password);
  }
}
