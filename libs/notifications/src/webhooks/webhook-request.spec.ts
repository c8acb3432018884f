import type { IncomingMessage, Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { postWebhook, WebhookTimeout } from './webhook-request';

describe('postWebhook', () => {
  let server: Server;
  let port: number;
  let seen: IncomingMessage | null = null;
  let mode: 'ok' | 'endless' | 'silent' = 'ok';
  let written = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen = req;
      req.resume();
      if (mode === 'silent') return;
      res.writeHead(202, { 'x-answer': 'yes' });
      if (mode === 'ok') return void res.end('fine');
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) written += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise((r) => server.close(r));
  });

  // `.invalid` never resolves: the request can only arrive through the pinned address.
  const target = () => ({
    url: new URL(`http://hooks.example.invalid:${port}/in?x=1`),
    host: 'hooks.example.invalid',
    address: '127.0.0.1',
    family: 4 as const,
  });

  it('connects to the pinned address and keeps the name in Host', async () => {
    mode = 'ok';
    const answer = await postWebhook(target(), { 'content-type': 'application/json' }, '{"a":1}', 5_000);
    expect(answer).toMatchObject({ status: 202, headers: { 'x-answer': 'yes' } });
    expect(seen?.headers.host).toBe(`hooks.example.invalid:${port}`);
    expect(seen?.url).toBe('/in?x=1');
  });

  it('hangs up after the status line of an endless body', async () => {
    mode = 'endless';
    written = 0;
    const started = Date.now();
    expect((await postWebhook(target(), {}, '{}', 5_000)).status).toBe(202);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(written).toBeLessThan(16 * 1024 * 1024);
  });

  it('gives up at the time limit when no status line comes', async () => {
    mode = 'silent';
    await expect(postWebhook(target(), {}, '{}', 300)).rejects.toBeInstanceOf(WebhookTimeout);
  });
});
