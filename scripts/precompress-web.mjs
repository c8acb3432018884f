// After `vite build`: a .gz beside every text asset of dist/web/assets, so the API sends the
// compressed bytes to browsers that accept gzip without compressing at request time.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = resolve(import.meta.dirname, '../dist/web/assets');
let raw = 0;
let packed = 0;
for (const name of readdirSync(dir)) {
  if (!/\.(js|css|svg|json)$/.test(name)) continue;
  const body = readFileSync(join(dir, name));
  const gz = gzipSync(body, { level: 9 });
  writeFileSync(join(dir, `${name}.gz`), gz);
  raw += body.length;
  packed += gz.length;
}
console.log(`precompress: ${(raw / 1024).toFixed(0)} KiB of assets → ${(packed / 1024).toFixed(0)} KiB gzip`);
