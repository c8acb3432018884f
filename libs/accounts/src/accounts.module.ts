import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';

import { ConfigService } from '@duijie/config';

import { AccessRepository } from './access.repository';
import { AccessService } from './access.service';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { AuthGuard } from './auth.guard';
import { LogInThrottle } from './login-throttle';
import { UsersRepository } from './users.repository';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        secret: config.get('jwtSecret'),
        signOptions: { expiresIn: config.get('jwtTtlSeconds'), algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    UsersRepository,
    AccountsService,
    AccountsResolver,
    AuthGuard,
    LogInThrottle,
    AccessRepository,
    AccessService,
  ],
  exports: [AccountsService, UsersRepository, AuthGuard, AccessService],
})
export class AccountsModule {}
