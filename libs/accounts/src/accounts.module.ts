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

/** The users' table for libs that ask about users (notifications' e-mail recipients), in the worker too. */
@Module({
  providers: [UsersRepository],
  exports: [UsersRepository],
})
export class AccountsCoreModule {}

@Global()
@Module({
  imports: [
    AccountsCoreModule,
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        secret: config.get('jwtSecret'),
        signOptions: { expiresIn: config.get('jwtTtlSeconds'), algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [AccountsService, AccountsResolver, AuthGuard, LogInThrottle, AccessRepository, AccessService],
  exports: [AccountsCoreModule, AccountsService, AuthGuard, AccessService],
})
export class AccountsModule {}
