#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server on loopback for tests and benchmarks.
#   scripts/postgres-local.sh start   → prints `export DATABASE_URL=…` on stdout
#   scripts/postgres-local.sh stop
# PostgreSQL refuses to run as root, so as root it runs the server as the user `cispg`
# (created on first use). Port and folder: CIS_PG_PORT (55432), CIS_PG_DIR (/tmp/cis-pg-$port).
set -euo pipefail

port="${CIS_PG_PORT:-55432}"
dir="${CIS_PG_DIR:-/tmp/cis-pg-$port}"
bindir="$(dirname "$(command -v pg_ctl || echo /usr/lib/postgresql/15/bin/pg_ctl)")"
[ -x "$bindir/pg_ctl" ] || bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    id cispg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin cispg
    su cispg -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

case "${1:-}" in
  start)
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && { id cispg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin cispg; chown cispg "$dir"; }
      as_owner "'$bindir/initdb' -D '$dir' -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8" >&2
    fi
    as_owner "'$bindir/pg_ctl' -D '$dir' -l '$dir/server.log' -w -o \"-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=512MB -c max_connections=200\" start" >&2
    echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -f "$dir/postmaster.pid" ]; then
      as_owner "'$bindir/pg_ctl' -D '$dir' -m fast -w stop" >&2
    fi
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
