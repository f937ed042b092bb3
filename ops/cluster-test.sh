#!/usr/bin/env bash
# The topology under faults (docs/deploy.md), run by hand: brings the cluster up (ops/cluster.sh) unless it is up, loads
# the save benchmark's dataset, and through HAProxy runs 8 clients autosaving and one reading the opening report, while
# it kills one Tally instance with SIGKILL and starts it again, then stops the replica and starts it again. Then every
# acknowledged save must be in the database exactly once (each client's scorecard version equals its acknowledged
# saves: a save retried with its key never applied twice, none acknowledged and lost), no client may have seen a 5xx
# other than 503, and the reports must have kept answering: from the replica while it was up, from the primary while it
# was down. Prints the counts; exits 1 if any check fails. About 2 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${TALLY_CLUSTER_DIR:-/tmp/tally-cluster}
PHASE=${PHASE_SECONDS:-12}
PSQL=(psql -q -h 127.0.0.1 -p 55432 -U postgres -d tally)
ORG=33333333-3333-3333-3333-000000000001

started_here=0
if ! ops/cluster.sh status >/dev/null 2>&1; then
  [ -d "$DIR" ] && ops/cluster.sh down   # partly up: start afresh
  ops/cluster.sh up; started_here=1
fi
OUT=$(mktemp -d)
trap '[ "$started_here" = 1 ] && ops/cluster.sh down; rm -rf "$OUT"' EXIT

"${PSQL[@]}" -c "DELETE FROM audit_event WHERE org_id = '$ORG'" >/dev/null 2>&1 || true
"${PSQL[@]}" -Atc "SELECT 1 FROM organisation WHERE id = '$ORG'" | grep -q 1 || "${PSQL[@]}" -f src/bench/save-dataset.sql >/dev/null
# The dataset's people get the admin's password hash, so that they can sign in with its password.
"${PSQL[@]}" -c "UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE email = 'admin@cluster.tally.local')
                 WHERE org_id = '$ORG'" >/dev/null
before() { "${PSQL[@]}" -Atc "SELECT COALESCE((SELECT version FROM scorecard s WHERE s.org_id = '$ORG'
      AND s.interview_id = ('33333333-3333-3333-3333-0000000000e' || n)::uuid), 0) FROM generate_series(1, 8) n ORDER BY n"; }
before > "$OUT/before"

java ops/ClusterClients.java http://127.0.0.1:18080 "$OUT/stop" "$(cat "$DIR/admin-password")" > "$OUT/clients" 2>&1 &
CLIENTS=$!
sleep "$PHASE"; echo "$(date +%T) clients running through HAProxy"
ops/cluster.sh kill-instance 2; sleep "$PHASE"
ops/cluster.sh start-instance 2; sleep "$PHASE"
ops/cluster.sh stop-replica; sleep "$PHASE"
ops/cluster.sh start-replica; sleep "$PHASE"
touch "$OUT/stop"; wait $CLIENTS || { cat "$OUT/clients"; exit 1; }
cat "$OUT/clients"

failed=0
paste -d' ' "$OUT/before" <(before) <(grep '^client' "$OUT/clients" | awk '{print $4}') | nl | while read -r n was now acked; do
  if [ $((now - was)) -ne "$acked" ]; then echo "client $n: $acked acknowledged but the scorecard moved from $was to $now"; exit 1; fi
done || failed=1
total=$(grep '^client' "$OUT/clients" | awk '{s += $4} END {print s}')
others=$(sed -n 's/.*5xx other than 503: \([0-9]*\).*/\1/p' "$OUT/clients")
reports=$(sed -n 's/^reports: \([0-9]*\) answered 200.*/\1/p' "$OUT/clients")
[ "$others" = 0 ] || { echo "clients saw $others 5xx answers other than 503"; failed=1; }
[ "${reports:-0}" -gt 0 ] || { echo "no report was answered"; failed=1; }
from_replica=$(sed -n 's/^report data: \([0-9]*\) from the replica.*/\1/p' "$OUT/clients")
from_primary=$(sed -n 's/^report data: [0-9]* from the replica, \([0-9]*\) from the primary/\1/p' "$OUT/clients")
[ "${from_replica:-0}" -gt 0 ] || { echo "no report was read from the replica while it was up"; failed=1; }
[ "${from_primary:-0}" -gt 0 ] || { echo "no report fell back to the primary while the replica was down"; failed=1; }
if [ $failed = 0 ]; then
  echo "PASSED: $total acknowledged saves, each in the database exactly once; no 5xx other than 503; $reports reports answered ($from_replica from the replica, $from_primary from the primary)"
else
  echo "FAILED"; exit 1
fi
