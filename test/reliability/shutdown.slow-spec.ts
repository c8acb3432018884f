import { Client } from 'pg';

import { graphql } from '../generated';
import { enterpriseMember } from '../support/factories';
import { GraphQLClient } from '../support/graphql';
import { ownEnvironment, startApp } from './processes';

/**
 * Scenario 5: SIGTERM to the api and the worker while 20 clients create listings. Both exit 0, no
 * answer is a 5xx, and a new worker finishes every job the old one had: nothing stalled, every
 * committed listing matched.
 */
describe('graceful shutdown under load (reliability, slow)', () => {
  it('exits 0 with no 5xx and no stalled job', async () => {
    const own = await ownEnvironment('shutdown', { PORT: '3981', WORKER_PORT: '3982' });
    const db = new Client({ connectionString: own.url });
    await db.connect();
    try {
      const api = await startApp('api', own.env);
      const worker = await startApp('worker', own.env);
      const client = new GraphQLClient('http://127.0.0.1:3981');
      const firm = await enterpriseMember(client);
      const statuses: number[] = [];
      let refused = 0;
      let stop = false;
      const load = Array.from({ length: 20 }, async (_, i) => {
        for (let k = 0; !stop; k++) {
          try {
            const res = await firm.client.request(
              graphql(`mutation ShutdownCreateListing($i: CreateListingInput!) { createListing(input: $i) { id } }`),
              {
                i: { kind: i % 2 ? 'SUPPLY' : 'DEMAND', title: `关机测试 玻璃瓶 ${i}-${k}`, categoryCode: '3055' },
              },
            );
            statuses.push(res.status);
          } catch {
            refused += 1; // the server has stopped listening: the client sees a refused connection
            await new Promise((r) => setTimeout(r, 50));
          }
        }
      });
      await new Promise((r) => setTimeout(r, 3_000));
      const signalled = Date.now();
      api.kill('SIGTERM');
      worker.kill('SIGTERM');
      const [apiCode, workerCode] = await Promise.all([api.exited, worker.exited]);
      const shutdownMs = Date.now() - signalled;
      stop = true;
      await Promise.all(load);

      const again = await startApp('worker', own.env);
      const until = Date.now() + 120_000;
      let pending = -1;
      while (Date.now() < until) {
        pending = (await db.query(`SELECT count(*)::int AS n FROM listing WHERE matching_status <> 'DONE'`)).rows[0].n;
        if (pending === 0) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      again.kill('SIGTERM');
      await again.exited;
      const listings = (await db.query(`SELECT count(*)::int AS n FROM listing`)).rows[0].n;
      const fiveHundreds = statuses.filter((s) => s >= 500).length;
      process.stdout.write(
        `shutdown: api exit ${apiCode}, worker exit ${workerCode} in ${shutdownMs} ms; ${statuses.length} answers, ${fiveHundreds} 5xx, ${refused} refused connections; ${listings} listings, ${pending} unmatched after restart\n`,
      );
      expect({ apiCode, workerCode, fiveHundreds, pending }).toEqual({
        apiCode: 0,
        workerCode: 0,
        fiveHundreds: 0,
        pending: 0,
      });
      expect(statuses.length).toBeGreaterThan(20);
    } finally {
      await db.end();
      await own.drop();
    }
  }, 300_000);
});
