// Lint for the whole repository: type-aware typescript-eslint rules, one import order, and the
// lib boundaries (a lib is reached only through its index.ts). Formatting is Prettier's job.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

const ONE_TRANSACTION_WAY = [
  {
    selector: "CallExpression[callee.property.name='transaction'][callee.object.name=/^(db|dataSource|source)$/]",
    message: "Run transactions with runTransaction(db, work) from '@duijie/database' (it retries deadlocks).",
  },
  {
    selector:
      "CallExpression[callee.property.name='transaction'][callee.object.property.name=/^(db|dataSource|source)$/]",
    message: "Run transactions with runTransaction(db, work) from '@duijie/database' (it retries deadlocks).",
  },
];

const QUEUE_MESSAGE =
  "Queue jobs with JobProducer.add(jobs) or, inside a write's transaction, recordJobs(m, jobs) from '@duijie/queue': the job's name gives its queue and id.";
const ONE_QUEUE_WAY = [
  { selector: 'NewExpression[callee.name=/^(Queue|FlowProducer)$/]', message: QUEUE_MESSAGE },
  { selector: 'CallExpression[callee.property.name=/^(addBulk|upsertJobScheduler)$/]', message: QUEUE_MESSAGE },
  { selector: "CallExpression[callee.property.name='add'][callee.object.name=/[qQ]ueue/]", message: QUEUE_MESSAGE },
  {
    selector: "CallExpression[callee.property.name='add'][callee.object.property.name=/[qQ]ueue/]",
    message: QUEUE_MESSAGE,
  },
  // Queue#add's own shape, whatever the receiver is called: add('job.name', { payload }, …).
  {
    selector:
      "CallExpression[callee.property.name='add'][arguments.length>=2][arguments.0.type='Literal'][arguments.1.type='ObjectExpression']",
    message: QUEUE_MESSAGE,
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
      'apps/web/src/generated/**',
      'test/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'simple-import-sort/imports': [
        'error',
        { groups: [['^\\u0000'], ['^node:'], ['^(?!@duijie)@?\\w'], ['^@duijie(/.*|$)'], ['^\\.']] },
      ],
      'simple-import-sort/exports': 'error',
      // Apollo plugins, lifecycle hooks and fakes implement async interfaces without awaiting.
      '@typescript-eslint/require-await': 'off',
      // `string | 'ALL'` documents a sentinel; string enums are compared with their literal values.
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // Exhaustive switches end in `${x satisfies never}`.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNever: true, allowNumber: true }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@duijie/*/*'],
              message: "Import a lib through its index.ts ('@duijie/<lib>'), never its files.",
            },
          ],
        },
      ],
    },
  },
  {
    // One way to run a transaction: runTransaction (libs/database) retries deadlocks and
    // serialization failures. libs/reference sits below libs/database and loads its data once at start.
    // One way to queue a job: JobProducer or the outbox (libs/queue) derive its queue and id from its name.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['libs/database/**', 'libs/reference/**', 'libs/queue/**', '**/*.spec.ts', 'apps/web/**'],
    rules: { 'no-restricted-syntax': ['error', ...ONE_TRANSACTION_WAY, ...ONE_QUEUE_WAY] },
  },
  {
    files: ['libs/queue/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-syntax': ['error', ...ONE_TRANSACTION_WAY] },
  },
  {
    files: ['libs/database/**/*.ts', 'libs/reference/**/*.ts', 'apps/**/*.spec.ts', 'libs/**/*.spec.ts'],
    ignores: ['libs/queue/**', 'apps/web/**'],
    rules: { 'no-restricted-syntax': ['error', ...ONE_QUEUE_WAY] },
  },
  {
    // Outside libs/queue nothing gets hold of a queue to produce on: no BullMQ Queue of its own,
    // no Nest-injected one. Types stay importable (processors read `Job`).
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['libs/queue/**', 'apps/web/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'bullmq', importNames: ['Queue', 'FlowProducer'], allowTypeImports: true, message: QUEUE_MESSAGE },
            {
              name: '@nestjs/bullmq',
              importNames: ['InjectQueue', 'InjectFlowProducer', 'getQueueToken'],
              message: QUEUE_MESSAGE,
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and benches read GraphQL answers and fixtures as JSON; the unsafe-any family would only
    // restate that. Promises, imports and boundaries are still checked there.
    files: ['test/**/*.ts', 'bench/**/*.ts', '**/*.spec.ts', 'apps/web/e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  prettier,
);
