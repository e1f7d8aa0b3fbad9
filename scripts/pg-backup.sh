#!/bin/sh
# Backs up the EvS PostgreSQL database to FILE (pg_dump custom format: compressed, one consistent
# snapshot, restorable table by table). Safe while EvS runs.
#   DATABASE_URL=postgres://evs:…@db/evs scripts/pg-backup.sh /backups/evs-$(date +%F).dump
set -eu
: "${DATABASE_URL:?set DATABASE_URL to the database to back up}"
if [ $# -ne 1 ]; then
  echo "usage: scripts/pg-backup.sh FILE" >&2
  exit 2
fi
file=$1
partial="$file.partial"
trap 'rm -f "$partial"' EXIT
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$partial" "$DATABASE_URL"
# A backup nobody can read is no backup: list its contents before calling it done.
pg_restore --list "$partial" >/dev/null
mv "$partial" "$file"
trap - EXIT
echo "$file"
