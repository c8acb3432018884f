#!/usr/bin/env bash
# Runs the benchmarks (never part of `npm test`). Needs Postgres and Redis like the tests.
# Figures go to bench/out/*.json; copy the ones you keep into bench/RESULTS.md with the command.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s build
node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/graphql-read/run.ts
