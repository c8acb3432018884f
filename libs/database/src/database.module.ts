import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ConfigService } from '@duijie/config';

import { SessionSettings, typeOrmOptions } from './typeorm-options';

/** The Postgres connection of an app; `name` shows in pg_stat_activity. */
@Module({})
export class DatabaseModule {
  static forApp(name: string, poolSize?: number, session?: SessionSettings) {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService) => ({
            ...typeOrmOptions(config.get('databaseUrl'), name, poolSize, session),
            retryAttempts: 3,
          }),
        }),
      ],
    };
  }
}
