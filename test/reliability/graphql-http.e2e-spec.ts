import { serverAudits } from 'graphql-http';

import { useStack } from '../support/stack';

/**
 * Scenario 10: the graphql-http package's server audits of the GraphQL-over-HTTP spec against the
 * real API. Every MUST passes; SHOULD and MAY results are listed by the reliability report.
 */
describe('GraphQL over HTTP conformance (graphql-http audits)', () => {
  const { api } = useStack({ worker: false });
  // The audits send no CSRF header on GET; the API's CSRF prevention asks for one, as it should.
  const fetchFn = (input: string | URL | Request, init: RequestInit = {}) =>
    fetch(input, {
      ...init,
      headers: { ...Object.fromEntries(new Headers(init.headers).entries()), 'apollo-require-preflight': 'true' },
    });

  for (const audit of serverAudits({ url: () => `${api.baseUrl}/graphql`, fetchFn })) {
    it(audit.name, async () => {
      const result = await audit.fn();
      if (audit.name.startsWith('MUST'))
        expect({
          name: audit.name,
          status: result.status,
          reason: result.status === 'ok' ? '' : result.reason,
        }).toEqual({ name: audit.name, status: 'ok', reason: '' });
    });
  }
});
