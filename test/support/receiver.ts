import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

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
  /** After the headers, a body written as fast as the sender takes it, until it hangs up. */
  endlessBody?: boolean;
  /** The status line, then one header byte every 200 ms, forever. */
  trickle?: boolean;
}

/** A local webhook endpoint that records what it receives and answers as it is told, in order (the last repeats). */
export class Receiver {
  readonly received: Received[] = [];
  /** Body bytes the sender accepted from `endlessBody` answers before it hung up. */
  bodyBytesSent = 0;
  /** Requests open at once: now, and the most seen. */
  open = 0;
  maxOpen = 0;
  answers: Answer[] = [{ status: 200 }];
  private server!: Server;
  private waiters: (() => void)[] = [];

  /** Shorthand for answers that are plain statuses. */
  set statuses(codes: number[]) {
    this.answers = codes.map((status) => ({ status }));
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.open += 1;
      this.maxOpen = Math.max(this.maxOpen, this.open);
      res.on('close', () => (this.open -= 1));
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        this.received.push({ headers: req.headers, body, at: Date.now() });
        const answer = this.answers[Math.min(this.received.length - 1, this.answers.length - 1)];
        this.waiters.splice(0).forEach((w) => w());
        if (answer.hang) return; // never answers; the sender must give up by itself
        if (answer.trickle) return this.trickle(res.socket!);
        res.writeHead(answer.status, answer.headers ?? {});
        if (answer.endlessBody) return this.endless(res);
        res.end();
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/duijie`;
  }

  private endless(res: ServerResponse): void {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const pump = () => {
      while (!res.destroyed && res.write(chunk)) this.bodyBytesSent += chunk.length;
      if (!res.destroyed) {
        this.bodyBytesSent += chunk.length;
        res.once('drain', pump);
      }
    };
    pump();
  }

  private trickle(socket: Socket): void {
    socket.write('HTTP/1.1 200 OK\r\n');
    const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write('X')), 200);
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

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }
}
