import type { Socket } from 'node:net';
import { connect } from 'node:net';

import { eventually } from '../support/eventually';
import { useStack } from '../support/stack';

// Two requests in flight at most, so that two held requests fill the process.
const before = process.env.MAX_INFLIGHT_REQUESTS;
process.env.MAX_INFLIGHT_REQUESTS = '2';
afterAll(() => {
  if (before === undefined) delete process.env.MAX_INFLIGHT_REQUESTS;
  else process.env.MAX_INFLIGHT_REQUESTS = before;
});

const QUERY = JSON.stringify({ query: '{ __typename }' });

/**
 * A request the API is working on and cannot finish: its headers are sent (so it has been
 * admitted) and its body only in part, so body parsing waits. `finish` sends the rest and resolves
 * with the status line of the answer; `abort` closes the connection unanswered.
 */
function heldRequest(baseUrl: string): { finish(): Promise<string>; abort(): void } {
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
    abort: () => socket.destroy(),
  };
}

describe('admission limit: a process working on MAX_INFLIGHT_REQUESTS requests refuses the next at once', () => {
  const { stack } = useStack({ worker: false });
  const url = () => stack().apiUrl;
  const metric = async (name: string) => {
    const text = await (await fetch(`${url()}/metrics`)).text();
    return Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
  };
  const ask = () =>
    fetch(`${url()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });

  it('answers 503 RATE_LIMITED / SERVER_BUSY with Retry-After while full, serves /health, and takes requests again as slots free', async () => {
    expect((await ask()).status).toBe(200);
    const first = heldRequest(url());
    const second = heldRequest(url());
    await eventually(
      'both held requests admitted',
      () => metric('http_requests_in_flight'),
      (n) => n === 2,
    );

    const refused = await ask();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    const body = (await refused.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0].message).toContain('服务器繁忙');
    expect(body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', reason: 'SERVER_BUSY', retryAfterSeconds: 1 });
    expect((await fetch(`${url()}/health`)).status).toBe(200);
    expect(await metric('http_requests_shed_total')).toBe(1);

    // A held request finished frees its slot...
    expect(await first.finish()).toBe('HTTP/1.1 200 OK');
    const answered = await ask();
    expect(answered.status).toBe(200);
    expect(await answered.json()).toEqual({ data: { __typename: 'Query' } });

    // ...and so does one whose client went away unanswered: one slot taken by a new held request
    // leaves room for another request (it would not, had the aborted one kept its slot).
    second.abort();
    await eventually(
      'the aborted request released',
      () => metric('http_requests_in_flight'),
      (n) => n === 0,
    );
    const third = heldRequest(url());
    await eventually(
      'the new held request admitted',
      () => metric('http_requests_in_flight'),
      (n) => n === 1,
    );
    expect((await ask()).status).toBe(200);
    expect(await third.finish()).toBe('HTTP/1.1 200 OK');
  });
});
