import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';

import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

import type { ConfigService } from '@duijie/config';

import { API_POLICY, consolePolicy, isConsoleRoute, isSandboxPage, SANDBOX_POLICY } from './console-paths';

const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/**
 * Serves the built console (apps/web → dist/web) beside the API: hashed assets cached for a year,
 * index.html never cached and sent with a fresh CSP nonce, every console route answered by
 * index.html (see isConsoleRoute). Security headers go on every answer.
 */
export function serveConsole(app: NestExpressApplication, config: ConfigService): void {
  const dir = resolve(config.get('webDistDir'));
  app.use(securityHeaders(!config.isProduction));
  const assets = join(dir, 'assets');
  const immutable = 'public, max-age=31536000, immutable';
  // The build's precompressed copy (scripts/precompress-web.mjs) to browsers that accept gzip.
  app.use('/assets', (req: Request, res: Response, next: NextFunction) => {
    const name = basename(req.path);
    if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') || name !== req.path.slice(1)) return next();
    if (!existsSync(join(assets, `${name}.gz`))) return next();
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', immutable);
    res.type(extname(name));
    res.sendFile(`${name}.gz`, { root: assets, cacheControl: false }, (err) => err && next());
  });
  app.useStaticAssets(assets, {
    prefix: '/assets/',
    index: false,
    immutable: true,
    maxAge: '365d',
    fallthrough: false,
  });
  // index.html is read again when a new build replaced it (its hashed assets changed with it).
  let page: { html: string; mtimeMs: number } | null = null;
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isConsoleRoute(req.method, req.path, req.headers.accept)) return next();
    const file = join(dir, 'index.html');
    try {
      const { mtimeMs } = statSync(file);
      if (page?.mtimeMs !== mtimeMs) page = { html: readFileSync(file, 'utf8'), mtimeMs };
    } catch {
      return next(); // not built: the API answers alone
    }
    const nonce = randomBytes(16).toString('base64');
    res.setHeader('Content-Security-Policy', consolePolicy(nonce));
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(page.html.replaceAll(NONCE_PLACEHOLDER, nonce));
  });
  app.useStaticAssets(dir, {
    index: false,
    maxAge: '1h',
    setHeaders: (res: Response, path: string) => {
      if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
    },
  });
}

function securityHeaders(sandbox: boolean) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const page = sandbox && isSandboxPage(req.method, req.path, req.headers.accept);
    res.setHeader('Content-Security-Policy', page ? SANDBOX_POLICY : API_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    next();
  };
}
