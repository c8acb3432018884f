import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

import type { Params } from 'nestjs-pino';

import type { ConfigService } from '@duijie/config';

const REQUEST_ID_RE = /^[A-Za-z0-9._-]{8,64}$/;

/** The request id: the caller's `x-request-id` when it looks like one, else a new uuid. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID_RE.test(given) ? given : randomUUID();
}

/** Structured JSON logs (pino); every line of a request carries its `reqId`. */
export function loggerParams(config: ConfigService, app: string): Params {
  return {
    pinoHttp: {
      level: config.get('logLevel'),
      base: { app },
      genReqId: (req, res) => {
        const id = requestIdOf(req);
        res.setHeader('x-request-id', id);
        return id;
      },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
      serializers: {
        // A calendar feed key in a URL is a credential: never in the logs.
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url.replace(/([?&]key=)[^&]*/g, '$1[redacted]'),
        }),
      },
    },
  };
}
