#!/usr/bin/env bash
# A throwaway PostgreSQL server whose clock is faked (libfaketime), for running the suite on a date far
# from today: `start SPEC PORT` leaves the server on 127.0.0.1:PORT (trust auth), SPEC being a
# libfaketime offset such as +33992624 (seconds); `stop PORT` ends it and removes its data. Server and
# tests must share one offset: an absolute start time ("@2027-…") restarts in every new process, and SQL
# now() and JavaScript's Date would drift apart by the minutes between their starts.
set -euo pipefail
action=$1
pgbin=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -n | tail -1)/bin
libfaketime=$(ls /usr/lib/*/faketime/libfaketime.so.1 | head -1)
case "$action" in
  start)
    spec=$2 port=$3 dir=/tmp/evs-pg-fake-$3
    rm -rf "$dir" && mkdir -p "$dir" && chown postgres "$dir"
    runuser -u postgres -- "$pgbin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
    # the wrapper `faketime` waits for the server it starts; preloading the library directly does not
    runuser -u postgres -- env LD_PRELOAD="$libfaketime" FAKETIME="$spec" \
      "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    ;;
  stop)
    port=$2 dir=/tmp/evs-pg-fake-$2
    [ -d "$dir/data" ] && runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start SPEC PORT | stop PORT" >&2; exit 2 ;;
esac
