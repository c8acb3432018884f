#!/usr/bin/env bash
# Runs the benchmarks (never part of `npm test`). Needs Postgres and Redis like the tests.
# Copy the figures you keep into bench/RESULTS.md with the command that made them.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s build
run() { node "$@"; }
TS=(-r ts-node/register/transpile-only -r tsconfig-paths/register)
run "${TS[@]}" bench/graphql-read/run.ts
run "${TS[@]}" bench/quality/run.ts
run --expose-gc "${TS[@]}" bench/matching/run.ts
run "${TS[@]}" bench/matching/writes.ts
run "${TS[@]}" bench/matching/jobs.ts
run "${TS[@]}" bench/scheduling/run.ts
run "${TS[@]}" bench/notifications/latency.ts
run "${TS[@]}" bench/imports/run.ts
run "${TS[@]}" bench/console/run.ts
