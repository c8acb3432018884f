import type { ConfigService } from '@duijie/config';
import type { MetricsService } from '@duijie/observability';
import type { ReferenceService } from '@duijie/reference';

import { AnswerReuse } from './answer-reuse';
import type { ContextFactory } from './context';
import { graphqlOptions } from './graphql.options';

describe('GraphQL options', () => {
  const options = (introspection: boolean, isProduction: boolean) =>
    graphqlOptions(
      {
        isProduction,
        get: (key: string) =>
          key === 'graphql'
            ? { maxDepth: 10, maxCost: 20_000, maxAliases: 30, maxTokens: 10_000, introspection }
            : undefined,
      } as unknown as ConfigService,
      {} as MetricsService,
      {} as ContextFactory,
      {} as ReferenceService,
      new AnswerReuse({}, new Set()),
    );

  it('hides the schema wherever introspection is off: no "Did you mean" suggestions either', () => {
    expect(options(false, true)).toMatchObject({ introspection: false, hideSchemaDetailsFromClientErrors: true });
    expect(options(true, false)).toMatchObject({ introspection: true, hideSchemaDetailsFromClientErrors: false });
  });

  it('bounds documents before they are parsed', () => {
    expect(options(false, true).parseOptions).toEqual({ maxTokens: 10_000 });
  });
});
