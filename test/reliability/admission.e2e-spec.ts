import type { Socket } from 'node:net';
import { connect } from 'node:net';

import { Client } from 'pg';

import { eventually } from '../support/eventually';
import { useStack } from '../support/stack';

// Two requests in flight at most, so that two requests waiting on a lock fill the process.
const before = process.env.MAX_INFLIGHT_REQUESTS;
process.env.MAX_INFLIGHT_REQUESTS = '2';
afterAll(() => {
  if (before === undefined) delete process.env.MAX_INFLIGHT_REQUESTS;
  else process.env.MAX_INFLIGHT_REQUESTS = before;
});

const QUERY = JSON.stringify({ query: '{ __typename }' });
/** Read from Postgres (a filter the first-page cache does not answer), so a lock on `listing` holds it. */
const DB_QUERY = JSON.stringify({
  query: '{ listings(first: 5, filter: { text: "玻璃瓶" }) { edges { node { id } } } }',
});

/**
 * A request whose body is still coming (a slow client, or one doing it on purpose): its headers
 * and part of its body are sent. `finish` sends the rest and resolves with the answer's status line.
 */
function halfSent(baseUrl: string): { finish(): Promise<string> } {
  const { hostname, port } = new URL(baseUrl);
  const socket: Socket = connect(Number(port), hostname);
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(QUERY)}\r\nConnection: close\r\n\r\n${QUERY.slice(0, 5)}`,
  );
  let answer = '';
  socket.on('data', (d: Buffer) => (answer += d.toString('utf8')));
  const ended = new Promise<string>((resolve) => socket.on('close', () => resolve(answer.split('\r\n')[0])));
  return {
    finish: () => {
      socket.write(QUERY.slice(5));
      return ended;
    },
  };
}

describe('admission limit: a process working on MAX_INFLIGHT_REQUESTS requests refuses the next at once', () => {
  // A database of its own: the test locks a table.
  const { stack } = useStack({ worker: false, isolated: true });
  const url = () => stack().apiUrl;
  const metric = async (name: string) => {
    const text = await (await fetch(`${url()}/metrics`)).text();
    return Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
  };
  const post = (body: string, signal?: AbortSignal) =>
    fetch(`${url()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal });
  const connections = () =>
    new Promise<number>((resolve, reject) =>
      stack()
        .api.getHttpServer()
        .getConnections((err: Error | null, n: number) => (err ? reject(err) : resolve(n))),
    );

  it('refuses with 503 RATE_LIMITED / SERVER_BUSY and Retry-After while full, serves /health, frees slots as answers go out or clients leave, and gives none to half-sent requests', async () => {
    // Five requests whose bodies are still coming take no slot: a request is answered at once.
    const slow = Array.from({ length: 5 }, () => halfSent(url()));
    await eventually('the half-sent requests connected', connections, (n) => n >= 5);
    expect((await post(QUERY)).status).toBe(200);
    expect(await metric('http_requests_in_flight')).toBe(0);

    // Two requests waiting on a lock fill the process.
    const lock = new Client({ connectionString: process.env.DATABASE_URL });
    await lock.connect();
    try {
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE listing IN ACCESS EXCLUSIVE MODE');
      const leaving = new AbortController();
      const waiting = post(DB_QUERY);
      const abandoned = post(DB_QUERY, leaving.signal).catch((err: Error) => err);
      await eventually(
        'two requests in flight',
        () => metric('http_requests_in_flight'),
        (n) => n === 2,
      );

      const refused = await post(QUERY);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      const body = (await refused.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0].message).toContain('服务器繁忙');
      expect(body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', reason: 'SERVER_BUSY', retryAfterSeconds: 1 });
      expect((await fetch(`${url()}/health`)).status).toBe(200);
      expect(await metric('http_requests_shed_total')).toBe(1);

      // A client that gives up frees its slot, though its request still waits on the lock.
      leaving.abort();
      expect(((await abandoned) as Error).name).toBe('AbortError');
      await eventually(
        'the abandoned request released',
        () => metric('http_requests_in_flight'),
        (n) => n === 1,
      );
      const answered = await post(QUERY);
      expect(answered.status).toBe(200);
      expect(await answered.json()).toEqual({ data: { __typename: 'Query' } });

      await lock.query('COMMIT');
      expect((await waiting).status).toBe(200);
    } finally {
      await lock.query('ROLLBACK').catch(() => undefined);
      await lock.end();
    }
    await eventually(
      'every slot free',
      () => metric('http_requests_in_flight'),
      (n) => n === 0,
    );
    for (const s of slow) expect(await s.finish()).toBe('HTTP/1.1 200 OK');
  });

  it('serves /health and /metrics from a small reserve of their own: a pipelined flood of them is refused beyond it', async () => {
    // An outsider's find: 10 connections pipelining GET /metrics, then exempt from the limit, kept
    // the api busy for half a minute (a GraphQL request took 31.7 s).
    const { hostname, port } = new URL(url());
    const floods = Array.from({ length: 2 }, () => {
      let answers = '';
      const socket = connect(Number(port), hostname, () =>
        socket.write('GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(300)),
      );
      socket.on('data', (d: Buffer) => (answers += d.toString('latin1')));
      socket.on('error', () => undefined);
      return { socket, statuses: () => answers.match(/^HTTP\/1\.1 \d+/gm) ?? [] };
    });
    await eventually(
      'every pipelined request answered',
      async () => floods.flatMap((f) => f.statuses()),
      (all: string[]) => all.length === 600,
    );
    const statuses = floods.flatMap((f) => f.statuses());
    expect(statuses.filter((x) => x.endsWith('503')).length).toBeGreaterThan(0);
    expect(statuses.filter((x) => x.endsWith('200')).length).toBeGreaterThan(0);
    for (const f of floods) f.socket.destroy();
    // The API's own slots were not touched, and the reserve is free again.
    expect(await metric('http_requests_in_flight')).toBe(0);
    expect((await post(QUERY)).status).toBe(200);
    expect((await fetch(`${url()}/health`)).status).toBe(200);
  });

  it('frees the slots of requests pipelined on a connection that ends before they are answered', async () => {
    // An outsider's find: requests queued behind another on one connection got no 'close' of
    // their own when the connection was reset, and kept their slots for good.
    const { hostname, port } = new URL(url());
    const request = `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(QUERY)}\r\n\r\n${QUERY}`;
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write(`GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n${request.repeat(5)}`);
        socket.destroy();
        resolve();
      });
      socket.on('error', () => undefined);
    });
    await eventually(
      'every slot free',
      () => metric('http_requests_in_flight'),
      (n) => n === 0,
    );
    expect((await post(QUERY)).status).toBe(200);
  });
});
