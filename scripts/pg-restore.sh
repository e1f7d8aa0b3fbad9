#!/bin/sh
# Restores a backup made by pg-backup.sh into DATABASE_URL, which must be an EMPTY database
# (create it first: createdb evs_restored). All or nothing: one transaction. Start EvS on it
# afterwards; it applies the migrations a backup of an older release lacks.
#   DATABASE_URL=postgres://evs:…@db/evs_restored scripts/pg-restore.sh /backups/evs-2026-11-24.dump
set -eu
: "${DATABASE_URL:?set DATABASE_URL to the (empty) database to restore into}"
if [ $# -ne 1 ]; then
  echo "usage: scripts/pg-restore.sh FILE" >&2
  exit 2
fi
file=$1
if [ ! -r "$file" ]; then
  echo "cannot read $file" >&2
  exit 1
fi
tables=$(psql "$DATABASE_URL" -Atc "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
if [ "$tables" != "0" ]; then
  echo "refusing to restore: the target database already has $tables tables (restore never overwrites data)" >&2
  exit 1
fi
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$DATABASE_URL" "$file"
echo "restored $file"
