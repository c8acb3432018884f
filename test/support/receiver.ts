import type { IncomingMessage, Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

/** How the receiver answers one call: a status, headers, and optionally never (it hangs). */
export interface Answer {
  status: number;
  headers?: Record<string, string>;
  hang?: boolean;
}

/** A local webhook endpoint that records what it receives and answers as it is told, in order (the last repeats). */
export class Receiver {
  readonly received: Received[] = [];
  answers: Answer[] = [{ status: 200 }];
  private server!: Server;
  private waiters: (() => void)[] = [];

  /** Shorthand for answers that are plain statuses. */
  set statuses(codes: number[]) {
    this.answers = codes.map((status) => ({ status }));
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        this.received.push({ headers: req.headers, body, at: Date.now() });
        const answer = this.answers[Math.min(this.received.length - 1, this.answers.length - 1)];
        this.waiters.splice(0).forEach((w) => w());
        if (answer.hang) return; // never answers; the sender must give up by itself
        res.writeHead(answer.status, answer.headers ?? {});
        res.end();
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/duijie`;
  }

  /** Resolves once `n` requests have arrived, or fails after the deadline. */
  async count(n: number, deadlineMs = 20_000): Promise<void> {
    const until = Date.now() + deadlineMs;
    while (this.received.length < n) {
      if (Date.now() > until) throw new Error(`received ${this.received.length} of ${n} webhook calls`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 200);
      });
    }
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }
}
