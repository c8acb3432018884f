import { Injectable } from '@nestjs/common';

import { AppConfig, loadConfig } from './config';

/** Typed read access to the configuration validated once at start. */
@Injectable()
export class ConfigService {
  private readonly config: AppConfig;

  constructor() {
    this.config = loadConfig();
  }

  get<K extends keyof AppConfig>(key: K): AppConfig[K] {
    return this.config[key];
  }

  get isProduction(): boolean {
    return this.config.nodeEnv === 'production';
  }
}
