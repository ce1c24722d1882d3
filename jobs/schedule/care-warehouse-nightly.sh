#!/bin/sh
# Runs the nightly load and turns its exit code into what cron should do (see the README's
# exit-code table): 0 and 3 succeed; 5 succeeds with a warning and is not retried, since a
# retry would only answer 3 and hide the refused files; 1, 4, 137 and 143 are retried
# (a retry restarts where the run stopped, or waits for the other run); 2 means the
# command or a setting is wrong, so it fails at once.
#
# Usage: care-warehouse-nightly.sh [command ...]   (default: the nightly load for yesterday)
# CARE_RETRIES (default 2) and CARE_RETRY_DELAY seconds (default 1200) bound the retries.

retries="${CARE_RETRIES:-2}"
# cron starts with no LANG, and Java would then read a path or query holding é as ASCII
# (the job refuses such an argument, exit 2)
LANG="${LANG:-C.UTF-8}"
export LANG
delay="${CARE_RETRY_DELAY:-1200}"
if [ "$#" -eq 0 ]; then
  # the throughput collector: a batch job wants rows a second, not short pauses (README)
  set -- java -XX:+UseParallelGC -jar care-warehouse.jar nightly --as-of="$(date -d yesterday +%F)" \
    --spring.config.additional-location=file:jobs/council.yaml
fi

attempt=0
while :; do
  "$@"
  rc=$?
  case "$rc" in
    0|3) exit 0 ;;
    5) echo "care-warehouse: published, but some files were refused as a whole; see rejects where source_line <= 1, send them again and --rerun" >&2
       exit 0 ;;
    2) echo "care-warehouse: exit 2, the command or a setting is wrong; not retried" >&2
       exit 2 ;;
    1|4|137|143) ;;
    *) exit "$rc" ;;
  esac
  attempt=$((attempt + 1))
  if [ "$attempt" -gt "$retries" ]; then
    echo "care-warehouse: exit $rc after $attempt attempts; giving up" >&2
    exit "$rc"
  fi
  echo "care-warehouse: exit $rc; retrying in ${delay}s (attempt $((attempt + 1)))" >&2
  sleep "$delay"
done
