import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the committed schema.gql (no running API needed): every operation lives in
// its own .graphql file under modules/<feature>/graphql/. `npm run codegen` writes src/generated/;
// `npm run check:codegen` fails when that output is stale.
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/web/src/modules/**/graphql/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        enumsAsConst: true,
        useTypeImports: true,
        skipTypename: false,
        scalars: { DateTime: 'string', Date: 'string', Decimal: 'string' },
      },
    },
  },
};

export default config;
