#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the team-mode tests and
# print the URL they read from POKIN_TEST_PG_URL. Usage: eval "$(.ci/postgres.sh start)"
# and later `.ci/postgres.sh stop DIR`. Exits non-zero when no server could be started.
#
# The superuser `postgres` connects without a password (the tests' admin URL); every
# other login must give its password (scram-sha-256), as on a real team server, so
# that the tests of wrong passwords and of each role's rights are real.
set -euo pipefail
cd /  # the postgres user may not enter the caller's folder
PORT=${POKIN_PG_PORT:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
case "${1:-start}" in
  start)
    [ -n "$bin" ] || { echo "PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2; exit 1; }
    dir=$(mktemp -d /tmp/pokin-pg.XXXXXX)
    chown postgres "$dir"
    runuser -u postgres -- "$bin/initdb" -D "$dir/data" -A scram-sha-256 -U postgres \
      --auth-local=trust >/dev/null
    cat > "$dir/data/pg_hba.conf" <<HBA
local all postgres trust
host  all postgres 127.0.0.1/32 trust
host  all postgres ::1/128 trust
local all all scram-sha-256
host  all all 127.0.0.1/32 scram-sha-256
host  all all ::1/128 scram-sha-256
HBA
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-p $PORT -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
      || { echo "PostgreSQL did not start (log: $dir/log)" >&2; exit 1; }
    echo "export POKIN_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
    echo "export POKIN_PG_DIR=$dir"
    ;;
  stop)
    dir=${2:?}
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
esac
