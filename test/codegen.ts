import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the end-to-end tests, from the same committed schema.gql and preset as the
// console (apps/web/codegen.ts). Operations are written inline in test/**/*.ts with the generated
// `graphql()` tag; `npm run codegen` writes test/generated/, `npm run check:codegen` fails when it
// is stale. Malformed or hostile GraphQL stays a plain string (see GraphQLClient's raw* methods).
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['test/**/*.ts', '!test/generated/**', '!test/codegen.ts'],
  ignoreNoDocuments: false,
  generates: {
    'test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        enumsAsConst: true,
        useTypeImports: true,
        // The tests do not select __typename, so their result types do not claim it.
        skipTypename: true,
        // Decimal arrives as a string; the API also takes numbers on input, as several tests send.
        scalars: { DateTime: 'string', Date: 'string', Decimal: { input: 'string | number', output: 'string' } },
      },
    },
  },
};

export default config;
