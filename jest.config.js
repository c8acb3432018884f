// Three projects. unit: specs beside the code (libs/**, apps/**), pure logic, no Postgres or Redis.
// e2e: test/**/*.e2e-spec.ts (test/reliability's fast scenarios among them), each file booting the
// real API and worker in-process on the run's own database and Redis prefix. reliability: the slow
// fault scenarios (test/reliability/*.slow-spec.ts), run only by `npm run test:reliability`.
// `npm test` runs unit and e2e, then the console's browser tests (Playwright, not jest).
const moduleNameMapper = {
  '^@duijie/([a-z-]+)$': '<rootDir>/libs/$1/src',
  '^@duijie/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
};
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] };
const common = {
  rootDir: __dirname,
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform,
  moduleNameMapper,
  testEnvironment: 'node',
};

module.exports = {
  // Each end-to-end file boots its own Nest apps; a fresh worker per file keeps their global
  // metadata (GraphQL type storage) from meeting.
  workerIdleMemoryLimit: '1MB',
  // Booting a stack (and migrating an isolated database) takes far longer than jest's 5 s default
  // on a shared, loaded machine; tests that need more still say so. (A global option: projects
  // cannot set it.)
  testTimeout: 60_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
      // The console's browser tests are Playwright's (npm run test:web).
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/e2e/'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: ['<rootDir>/test/support/env.ts'],
    },
    {
      // Slow fault scenarios (processes killed, minutes of recovery): `npm run test:reliability`.
      ...common,
      displayName: 'reliability',
      testMatch: ['<rootDir>/test/reliability/**/*.slow-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: ['<rootDir>/test/support/env.ts'],
    },
  ],
};
