// The DataSource the TypeORM CLI uses (db:generate). The apps build theirs from typeorm-options.
import { DataSource } from 'typeorm';

import { loadConfig } from '@duijie/config';

import { typeOrmOptions } from './typeorm-options';

export default new DataSource(typeOrmOptions(loadConfig().databaseUrl, 'duijie-cli'));
