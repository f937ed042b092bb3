#!/usr/bin/env bash
# Live-save throughput: HTTP autosaves per second with 8 clients, each on its own scorecard and keeping its base version,
# against two floors measured in the same run with 8 pgbench clients: (a) a single-row durable insert per transaction,
# (b) the save's own statements (save-statements.sql) in one transaction. After a JVM warm-up the three run interleaved,
# A B C A B C A B C, 10 s each; it prints each one's median and range, and HTTP / (a) and HTTP / (b).
# Needs a PostgreSQL on 127.0.0.1:5432 with trust auth for user postgres, pgbench, psql, curl, wrk and python3.
# Run from the repository root; it builds the jar first (MVNW_OPTS=-o to build offline).
set -euo pipefail
DB=tally_save_bench
PORT=8091
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
PSQL=(psql -q -h 127.0.0.1 -U postgres)
PGBENCH=(pgbench -n -h 127.0.0.1 -U postgres -c 8 -j 2)
./mvnw -B -q package -DskipTests ${MVNW_OPTS:-}
JAR=$(ls target/tally-*.jar | grep -v original | head -1)
export DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DATABASE_USER=postgres PORT \
       TALLY_JWT_SECRET=save-benchmark-secret-save-benchmark-secret TALLY_ADMIN_EMAIL=bench-admin@tally.test \
       TALLY_ADMIN_PASSWORD=bench-admin-password TALLY_RATE_LIMIT_REQUESTS=1000000000
ORG=33333333-3333-3333-3333-000000000001
OUT=$(mktemp -d)

wait_for_service() {
  for _ in $(seq 1 60); do curl -sf "localhost:$PORT/health" >/dev/null && return 0; sleep 1; done
  echo "the service did not start; see /tmp/tally-save-bench.log" >&2; exit 1
}
# the HTTP clients' scorecard versions, in client order (0 before the first save)
versions() {
  "${PSQL[@]}" -d $DB -Atc "SELECT COALESCE((SELECT version FROM scorecard s WHERE s.org_id = '$ORG'
      AND s.interview_id = ('33333333-3333-3333-3333-0000000000e' || n)::uuid), 0) FROM generate_series(1, 8) n ORDER BY n" | tr '\n' ' '
}
http_run() {
  # shellcheck disable=SC2046
  wrk -t8 -c8 -d"${1}s" -s src/bench/save.lua "http://127.0.0.1:$PORT" -- "$OUT/clients.lua" $(versions) \
    | awk '$1 == "acknowledged" { print $6 }'
}
# $3: pgbench's query mode; the floor runs in pgbench's default (simple), as it always has; the save's statements run
# prepared, as the service sends them (prepareThreshold 1)
pgbench_run() { "${PGBENCH[@]}" -M "${3:-simple}" -T "${2:-$SECONDS_PER_RUN}" -f "$1" $DB 2>&1 | awk '$1 == "tps" { print $3 }'; }

"${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
java -jar "$JAR" > /tmp/tally-save-bench.log 2>&1 & SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true; "${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB" >/dev/null; rm -rf "$OUT"' EXIT
wait_for_service
"${PSQL[@]}" -d $DB -f src/bench/save-dataset.sql > /dev/null
# The interviewers get the bootstrap admin's password hash, so that they can log in.
"${PSQL[@]}" -d $DB -c "UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE email = '$TALLY_ADMIN_EMAIL')
                        WHERE org_id = '$ORG'" > /dev/null
echo "clients = {" > "$OUT/clients.lua"
for n in $(seq 1 8); do
  TOKEN=$(curl -s "localhost:$PORT/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"c$n@save.bench\",\"password\":\"$TALLY_ADMIN_PASSWORD\"}" | python3 -c 'import sys, json; print(json.load(sys.stdin)["access_token"])')
  echo "  { token = \"$TOKEN\", interview = \"33333333-3333-3333-3333-0000000000e$n\" }," >> "$OUT/clients.lua"
done
echo "}" >> "$OUT/clients.lua"

# Long enough for the JIT to settle: on 2 cores C2 compiled for about 42 s of CPU in the first 85 s of saves, and a
# 30 s warm-up measured the service at two thirds of its steady rate.
WARMUP_SECONDS=${WARMUP_SECONDS:-90}
echo "warming up (JVM $WARMUP_SECONDS s, pgbench 5 s each)"
http_run "$WARMUP_SECONDS" > /dev/null
pgbench_run src/bench/save-floor.sql 5 > /dev/null
pgbench_run src/bench/save-statements.sql 5 prepared > /dev/null
for round in 1 2 3; do
  A=$(http_run "$SECONDS_PER_RUN"); B=$(pgbench_run src/bench/save-floor.sql); C=$(pgbench_run src/bench/save-statements.sql "$SECONDS_PER_RUN" prepared)
  echo "$A" >> "$OUT/http"; echo "$B" >> "$OUT/floor"; echo "$C" >> "$OUT/statements"
  printf 'round %d: HTTP %s saves/s, (a) insert %s tps, (b) save statements %s tps\n' "$round" "$A" "$B" "$C"
done
python3 - "$OUT" <<'PY'
import statistics, sys
read = lambda name: [float(v) for v in open(f"{sys.argv[1]}/{name}").read().split()]
http, floor, statements = read("http"), read("floor"), read("statements")
for label, values in (("HTTP autosaves/s, 8 clients", http), ("(a) single-row durable insert, tps", floor),
                      ("(b) the save's statements, tps", statements)):
    print(f"{label}: median {statistics.median(values):.0f} (range {min(values):.0f}-{max(values):.0f})")
# Each round's own ratio too: other load on the machine moves the floor most, and a round's three runs share it.
for label, base in (("(a)", floor), ("(b)", statements)):
    rounds = [h / b for h, b in zip(http, base)]
    print(f"HTTP / {label} = {statistics.median(http) / statistics.median(base):.3f}"
          f" (per round {min(rounds):.3f}-{max(rounds):.3f})")
PY
