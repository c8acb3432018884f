#!/usr/bin/env bash
# `npm start`: the quick-start main job. Installs dependencies if needed, makes sure Postgres and
# Redis answer, creates and migrates the database, loads the demo docking events, then runs the
# API and the worker until Ctrl-C. Running it again is harmless.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[duijie]\033[0m %s\n' "$*"; }

export NODE_ENV="${NODE_ENV:-development}"
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/duijie}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
export PORT="${PORT:-3000}"
export WORKER_PORT="${WORKER_PORT:-3001}"
export ADMIN_EMAIL="${ADMIN_EMAIL:-admin@duijie.local}"
export ADMIN_PASSWORD="${ADMIN_PASSWORD:-duijie-admin-2020}"

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

pg_host=$(node -e 'const u=new URL(process.env.DATABASE_URL);console.log(u.hostname+" "+(u.port||5432))')
redis_host=$(node -e 'const u=new URL(process.env.REDIS_URL);console.log(u.hostname+" "+(u.port||6379))')

if ! pg_isready -q -h ${pg_host% *} -p ${pg_host#* } 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    say "starting the local PostgreSQL cluster"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
  else
    say "PostgreSQL does not answer at ${pg_host}. Start one, e.g.:"
    say "  docker-compose -f docker/compose.yml up -d postgres redis"
    exit 1
  fi
fi
if ! redis-cli -h ${redis_host% *} -p ${redis_host#* } ping >/dev/null 2>&1; then
  if command -v redis-server >/dev/null; then
    say "starting a local Redis"
    redis-server --daemonize yes --bind 127.0.0.1 --port ${redis_host#* } --save "" --appendonly no
  else
    say "Redis does not answer at ${redis_host}. Start one, e.g.:"
    say "  docker-compose -f docker/compose.yml up -d postgres redis"
    exit 1
  fi
fi
for _ in $(seq 1 50); do pg_isready -q -h ${pg_host% *} -p ${pg_host#* } && break; sleep 0.2; done

say "building"
npm run -s build
say "migrating ${DATABASE_URL}"
npm run -s db:migrate
npm run -s seed:demo

# The apps log to the terminal and to a file; the banner waits until that file has been quiet for a
# few seconds and the worker's queues are empty (the demo's match jobs done), so it is
# the last thing on the screen rather than scrolled away by start-up logs.
applog=$(mktemp -t duijie-start.XXXXXX)
node dist/apps/worker/src/main.js > >(tee -a "$applog") 2>&1 &
worker=$!
node dist/apps/api/src/main.js > >(tee -a "$applog") 2>&1 &
api=$!
trap 'kill $api $worker 2>/dev/null; wait; rm -f "$applog"' INT TERM EXIT

for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:${PORT}/health" >/dev/null 2>&1 && break
  kill -0 $api 2>/dev/null || { say "the API did not start"; exit 1; }
  sleep 0.2
done

queues_idle() { ! curl -s "http://127.0.0.1:${WORKER_PORT}/health" 2>/dev/null | grep -q '"waiting":[1-9]'; }
last=-1 quiet=0
for _ in $(seq 1 300); do # at most a minute
  size=$(wc -c <"$applog")
  if [ "$size" = "$last" ]; then quiet=$((quiet + 1)); else quiet=0 last=$size; fi
  [ $quiet -ge 10 ] && queues_idle && break
  sleep 0.2
done

logins=$(node dist/apps/api/src/cli/demo-logins.js | tail -n +2 | wc -l)
cat <<MSG

  Duijie is running.
    Console        http://127.0.0.1:${PORT}/           (open it in a browser; log in with an account below)
    GraphQL        http://127.0.0.1:${PORT}/graphql
    API health     http://127.0.0.1:${PORT}/health      metrics: /metrics
    Worker health  http://127.0.0.1:${WORKER_PORT}/health

  Logins (password for demo accounts: duijie-demo-2020)
    admin          ${ADMIN_EMAIL} / ${ADMIN_PASSWORD}
    organiser      organiser@demo.duijie.cn   (the upcoming 酱香白酒包装配套产销对接会: registrations to review)
    liquor maker   jiang1@demo.duijie.cn      (仁怀市酱源酒业有限公司)
    glass bottles  glass1@demo.duijie.cn      (赤水市晶瓷玻璃制品有限公司: a meeting request to answer)
    刺梨 juice      cili2@demo.duijie.cn       (贵州刺梨原汁饮品有限公司)
  All ${logins} demo logins, with each firm's events:  npm run demo:logins

  Try:  curl -s http://127.0.0.1:${PORT}/graphql -H 'content-type: application/json' \\
          -d '{"query":"{ dockingEvents { edges { node { title venue startsAt } } } }"}'
  Ctrl-C stops both.
MSG
wait -n $api $worker
