import { createSecretKey, type KeyObject } from 'node:crypto';

import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';

import { ConfigService } from '@duijie/config';

import { AccessRepository } from './access.repository';
import { AccessService } from './access.service';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { AuthGuard } from './auth.guard';
import { LogInThrottle } from './login-throttle';
import { PasswordResetTokens } from './password-reset';
import { UsersRepository } from './users.repository';
import { ViewerCache } from './viewer-cache';
import { ViewerInvalidation } from './viewer-invalidation';

/** The users' table for libs that ask about users (notifications' e-mail recipients), in the worker too. */
@Module({
  providers: [
    UsersRepository,
    { provide: ViewerCache, useFactory: () => new ViewerCache() },
    {
      provide: PasswordResetTokens,
      inject: [ConfigService],
      useFactory: (config: ConfigService) => new PasswordResetTokens(config.get('jwtSecret')),
    },
  ],
  exports: [UsersRepository, ViewerCache, PasswordResetTokens],
})
export class AccountsCoreModule {}

const sharedKey = (key: KeyObject) => () => key;

@Global()
@Module({
  imports: [
    AccountsCoreModule,
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        // One key object for every token: handed the secret as a string, jsonwebtoken first tries
        // to parse it as a PEM public key (and fails) on every verify, about a millisecond a request.
        secretOrKeyProvider: sharedKey(createSecretKey(Buffer.from(config.get('jwtSecret')))),
        signOptions: { expiresIn: config.get('jwtTtlSeconds'), algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    AccountsService,
    AccountsResolver,
    AuthGuard,
    LogInThrottle,
    AccessRepository,
    AccessService,
    ViewerInvalidation,
  ],
  exports: [AccountsCoreModule, AccountsService, AuthGuard, AccessService],
})
export class AccountsModule {}
