#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the team-mode tests and
# print the URL they read from POKIN_TEST_PG_URL. Usage: eval "$(.ci/postgres.sh start)"
# and later `.ci/postgres.sh stop DIR`.
set -euo pipefail
cd /  # the postgres user may not enter the caller's folder
PORT=${POKIN_PG_PORT:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
case "${1:-start}" in
  start)
    [ -n "$bin" ] || { echo "echo 'PostgreSQL not installed: team-mode tests skipped' >&2"; exit 0; }
    dir=$(mktemp -d /tmp/pokin-pg.XXXXXX)
    chown postgres "$dir"
    runuser -u postgres -- "$bin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-p $PORT -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    echo "export POKIN_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
    echo "export POKIN_PG_DIR=$dir"
    ;;
  stop)
    dir=${2:?}
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
esac
