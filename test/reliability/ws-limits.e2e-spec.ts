import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

import { signUp } from '../support/factories';
import { useStack } from '../support/stack';

/** Settings row "limits on subscriptions too": depth, alias and cost limits hold over WebSocket as over HTTP. */
describe('query limits over graphql-ws', () => {
  const { api } = useStack({ worker: false });

  /** The errors the server answers a subscription with (it must refuse, not run). */
  async function refusal(query: string): Promise<{ message: string; extensions?: Record<string, unknown> }[]> {
    const user = await signUp(api);
    const client = createClient({
      url: `${api.baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${user.client.token}` },
      retryAttempts: 0,
    });
    try {
      return await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no answer within 5 s')), 5_000);
        client.subscribe(
          { query },
          {
            next: () => reject(new Error('the subscription was accepted')),
            error: (errors) => {
              clearTimeout(timer);
              resolve(Array.isArray(errors) ? errors : [{ message: String(errors) }]);
            },
            complete: () => reject(new Error('completed without an answer')),
          },
        );
      });
    } finally {
      await client.dispose();
    }
  }

  it('refuses an alias flood', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: id`).join(' ');
    const errors = await refusal(`subscription { notificationReceived { ${aliases} } }`);
    expect(errors.map((e) => e.extensions?.reason)).toContain('MAX_ALIASES');
  });

  it('refuses a query deeper than the limit', async () => {
    const deep =
      'enterprise { listings { edges { node { enterprise { listings { edges { node { enterprise { listings { edges { node { id } } } } } } } } } } } }';
    const errors = await refusal(`subscription S { notificationReceived { id } } query Q { me { ${deep} } }`);
    expect(errors.map((e) => e.extensions?.reason)).toContain('MAX_DEPTH');
  });

  it('refuses an invalid document with a GraphQL error, not a dropped socket', async () => {
    const errors = await refusal(`subscription { notificationReceived { nope } }`);
    expect(errors[0].message).toContain('nope');
  });
});
