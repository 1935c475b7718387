#!/usr/bin/env bash
# A private PostgreSQL for the PostgreSQL tests: its own cluster in <dir> on a loopback port, a database and
# user 'pyykkinaru' (password 'pyykkinaru'), made afresh at each start. Usage: private-postgres.sh start <dir> <port> | stop <dir>.
# Needs Debian's postgresql package; as root the server runs as the 'postgres' user (initdb refuses root).
# Prints the JDBC URL on success.
set -euo pipefail

cmd=${1:?start or stop}
dir=$(mkdir -p "${2:?directory}" && cd "$2" && pwd)
port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "PostgreSQL is missing: apt-get install postgresql" >&2; exit 2; }

# The cluster's own folder must be reachable by the user the server runs as: as root that is 'postgres', which
# cannot enter a clone under /root (mode 700), so the cluster then lives under /var/tmp, named after <dir>.
cluster=$dir
if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$dir"; then
  cluster=/var/tmp/pyykkinaru-postgres-$(printf %s "$dir" | md5sum | cut -c1-12)
  mkdir -p "$cluster"
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [ "$cmd" = stop ]; then
  [ -f "$cluster/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null || true
  exit 0
fi

[ "$(id -u)" = 0 ] && chown -R postgres "$cluster"
if [ ! -f "$cluster/data/PG_VERSION" ]; then
  as_owner "$bin/initdb" -D "$cluster/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$cluster/initdb.log" 2>&1
fi
[ -f "$cluster/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null 2>&1 || true
as_owner "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
    -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c fsync=on" start >/dev/null
# A fresh database at every start: each test run begins from the migrations.
as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "drop database if exists pyykkinaru" \
    -c "drop user if exists pyykkinaru" -c "create user pyykkinaru password 'pyykkinaru'" \
    -c "create database pyykkinaru owner pyykkinaru"
echo "jdbc:postgresql://127.0.0.1:$port/pyykkinaru"
