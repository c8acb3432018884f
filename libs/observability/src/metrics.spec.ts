import type { Response } from 'express';

import type { ConfigService } from '@duijie/config';

import type { MetricsService } from './metrics';
import { MetricsController } from './metrics';

describe('/metrics', () => {
  const serve = async (token: string | undefined, isProduction: boolean, authorization?: string) => {
    let status = 200;
    const res = {
      status: (n: number) => ((status = n), res),
      setHeader: () => res,
    } as unknown as Response;
    const controller = new MetricsController(
      { registry: { metrics: async () => 'http_requests_total 1\n' } } as unknown as MetricsService,
      { get: () => token, isProduction } as unknown as ConfigService,
    );
    const body = await controller.render(authorization, res);
    return { status, body };
  };

  it('is not served in production without a token, and needs the token when one is set', async () => {
    expect(await serve(undefined, true)).toMatchObject({ status: 404, body: expect.stringContaining('METRICS_TOKEN') });
    expect((await serve(undefined, false)).status).toBe(200);
    const secret = 'm'.repeat(20);
    expect((await serve(secret, true)).status).toBe(401);
    expect(await serve(secret, true, `Bearer ${secret}`)).toEqual({ status: 200, body: 'http_requests_total 1\n' });
  });
});
