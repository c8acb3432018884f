import { loadRunEnv } from './run-env';

// Every test worker talks to the run's own database and Redis prefix.
Object.assign(process.env, loadRunEnv(), {
  NODE_ENV: 'test',
  JWT_SECRET: 'duijie-test-secret-0123456789abcdef',
  ADMIN_EMAIL: 'admin@duijie.test',
  ADMIN_PASSWORD: 'admin-test-password',
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
  LOGIN_MAX_ATTEMPTS: '5',
  LOGIN_MAX_ATTEMPTS_PER_IP: '10000',
  LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '10000',
  LOGIN_WINDOW_SECONDS: '60',
  SIGNUP_MAX_PER_IP: '100000',
  MATCH_NOTIFY_DEBOUNCE_MS: '0',
});
