import { resolve } from 'node:path';

import { defineConfig } from 'vite';

// The console. `npm run build:web` writes dist/web, which the API serves at `/`;
// `npm run dev:web` serves it here with the API (npm run start:api, port 3000) behind a proxy.
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: import.meta.dirname,
  publicDir: resolve(import.meta.dirname, 'public'),
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: resolve(import.meta.dirname, '../../dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // antd marks its modules "use client" for server components; meaningless in this client-only app.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '^/events/[^/]+/.+\\.(ics|xlsx)$': { target: api },
      '/imports': { target: api },
      '/health': { target: api },
    },
  },
});
