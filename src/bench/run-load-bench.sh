#!/usr/bin/env bash
# Under load (issue 13): autosave latency at fixed rates, the overload case (autosaves at a fixed rate while 20 clients
# read the opening report), and kit reads with and without conditional requests against pgbench running the same
# queries; with the time from `java -jar` to ready and the service's RSS after the load.
#   A  autosaves at RATE (100/s) alone                    -> p99
#   B  autosaves at RATE while 20 clients read the 200k-score opening report -> p99, and how the reports were answered
#   C  autosaves at HIGH_RATE (200/s) alone                -> p99
#   D  GET /api/v1/interviews/{id} (the interview with its kit, what the scoring page loads), wrk 8 connections
#   E  the same with If-None-Match holding its ETag (answered 304)
#   F  pgbench, 8 clients, the statements D sends (interview-read.sql)
#   G  GET /api/v1/kit-versions/{id} (a published version's content: how the scoring page loads its kit), wrk 8 connections
#   H  pgbench, 8 clients, the statements G sends (kit-version-read.sql)
# After a warm-up they run interleaved, A to H per round, ROUNDS (3) rounds of SECONDS_PER_RUN (10) s each; it
# prints each one's median and range, then the ratios, from the medians and per round. The last line prints every ratio.
# The autosave generator (LoadBench.java) measures each save from the time it was due, so a stall shows as latency.
# Needs a PostgreSQL on 127.0.0.1:5432 with trust auth for user postgres, pgbench, psql, curl, wrk, python3 and a JDK.
# Run from the repository root; it builds the jar first (MVNW_OPTS=-o to build offline).
set -euo pipefail
DB=tally_load_bench
PORT=8092
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
ROUNDS=${ROUNDS:-3}
RATE=${RATE:-100}
HIGH_RATE=${HIGH_RATE:-200}
REPORT_CLIENTS=${REPORT_CLIENTS:-20}
PSQL=(psql -q -h 127.0.0.1 -U postgres)
PGBENCH=${PGBENCH:-$(command -v pgbench || echo /usr/lib/postgresql/15/bin/pgbench)}
LOG=/tmp/tally-load-bench.log
./mvnw -B -q package -DskipTests ${MVNW_OPTS:-}
JAR=$(ls target/tally-*.jar | grep -v original | head -1)
export DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DATABASE_USER=postgres PORT \
       TALLY_JWT_SECRET=load-benchmark-secret-load-benchmark-secret TALLY_ADMIN_EMAIL=bench-admin@tally.test \
       TALLY_ADMIN_PASSWORD=bench-admin-password TALLY_RATE_LIMIT_REQUESTS=1000000000 TALLY_LOGIN_CLIENT_MAX_ATTEMPTS=1000
SCORING_ORG=44444444-4444-4444-4444-000000000001
INTERVIEW=44444444-4444-4444-4444-000000003001
KIT_VERSION=44444444-4444-4444-4444-0000000000a2
READER_ID=44444444-4444-4444-4444-000000001001
OPENING=11111111-1111-1111-1111-0000000000b1
BASE="http://127.0.0.1:$PORT"
OUT=$(mktemp -d)
SERVICE=

ready() { curl -sf "localhost:$PORT/health" >/dev/null; }
start_service() {
  java -jar "$JAR" >> $LOG 2>&1 & SERVICE=$!
  for _ in $(seq 1 18000); do ready && return 0; sleep 0.05; done
  echo "the service did not start; see $LOG" >&2; exit 1
}
stop_service() { kill $SERVICE; wait $SERVICE 2>/dev/null || true; }
login() {
  curl -s "localhost:$PORT/login" -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$TALLY_ADMIN_PASSWORD\"}" \
    | python3 -c 'import sys, json; answer = json.load(sys.stdin); print(answer["access_token"]) if "access_token" in answer else sys.exit(f"login refused: {answer}")'
}
# wrk's requests/s and its p99 in ms; any 4xx/5xx answer stops the run
# wrk_run SECONDS PATH [wrk options]
wrk_run() {
  wrk -t2 -c8 -d"${1}s" --latency -H "Authorization: Bearer $READER" "${@:3}" "$BASE$2" > "$OUT/wrk.txt"
  if grep -q "Non-2xx" "$OUT/wrk.txt"; then echo "some reads were refused:" >&2; cat "$OUT/wrk.txt" >&2; exit 1; fi
  awk '$1 == "Requests/sec:" { rps = $2 } $1 == "99%" { v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
       p99 = unit == "us" ? v / 1000 : (unit == "s" ? v * 1000 : v) } END { printf "%s %.2f\n", rps, p99 }' "$OUT/wrk.txt"
}
# pgbench_run SECONDS SCRIPT
pgbench_run() {
  "$PGBENCH" -n -h 127.0.0.1 -U postgres -c 8 -j 2 -M prepared -T "$1" -D org=$SCORING_ORG -D interview=$INTERVIEW \
    -D version=$KIT_VERSION -D reader=$READER_ID -f "src/bench/$2" $DB 2>&1 | awk '$1 == "tps" { tps = $3 } $1 == "latency" && $2 == "average" { avg = $4 } END { print tps, avg }'
}
saves() { java src/bench/LoadBench.java autosaves "$BASE" "$OUT/clients" "$@"; }
field() { tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }'; }

"${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
: > $LOG
trap '[ -n "$SERVICE" ] && kill $SERVICE 2>/dev/null; wait 2>/dev/null || true; "${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB" >/dev/null; rm -rf "$OUT"' EXIT
start_service; stop_service  # migrates the new database
"${PSQL[@]}" -d $DB -f src/bench/report-dataset.sql > /dev/null
"${PSQL[@]}" -d $DB -f src/bench/load-dataset.sql > /dev/null
start_service; stop_service  # computes the report dataset's stored outcomes, once
STARTED=$(date +%s%N); start_service; READY_MS=$(( ($(date +%s%N) - STARTED) / 1000000 ))
"${PSQL[@]}" -d $DB -c "ANALYZE"
"${PSQL[@]}" -d $DB -c "UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE email = '$TALLY_ADMIN_EMAIL')
                        WHERE email = 'user6@bench.test' OR org_id = '$SCORING_ORG'" > /dev/null
MANAGER=$(login user6@bench.test)
for n in $(seq 1 32); do
  printf '%s 44444444-4444-4444-4444-000000003%03d\n' "$(login i$n@load.bench)" "$n" >> "$OUT/clients"
done
READER=$(head -1 "$OUT/clients" | cut -d' ' -f1)
REPORT_URL="$BASE/api/v1/openings/$OPENING/report?size=50"
READ="/api/v1/interviews/$INTERVIEW"
CONTENT="/api/v1/kit-versions/$KIT_VERSION"
TAG=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $READER" "$BASE$READ" | awk 'tolower($1) == "etag:" { print $2 }' | tr -d '\r')
[ -n "$TAG" ] || { echo "the interview answered without an ETag" >&2; exit 1; }

echo "started in ${READY_MS} ms; warming up"
saves "$RATE" 15 > /dev/null
saves "$RATE" 5 "$REPORT_URL" "$MANAGER" "$REPORT_CLIENTS" > /dev/null
wrk_run 5 "$READ" > /dev/null; wrk_run 5 "$READ" -H "If-None-Match: $TAG" > /dev/null; pgbench_run 5 interview-read.sql > /dev/null
wrk_run 5 "$CONTENT" > /dev/null; pgbench_run 5 kit-version-read.sql > /dev/null
for round in $(seq 1 "$ROUNDS"); do
  A=$(saves "$RATE" "$SECONDS_PER_RUN")
  B=$(saves "$RATE" "$SECONDS_PER_RUN" "$REPORT_URL" "$MANAGER" "$REPORT_CLIENTS")
  C=$(saves "$HIGH_RATE" "$SECONDS_PER_RUN")
  D=$(wrk_run "$SECONDS_PER_RUN" "$READ"); E=$(wrk_run "$SECONDS_PER_RUN" "$READ" -H "If-None-Match: $TAG")
  F=$(pgbench_run "$SECONDS_PER_RUN" interview-read.sql)
  G=$(wrk_run "$SECONDS_PER_RUN" "$CONTENT"); H=$(pgbench_run "$SECONDS_PER_RUN" kit-version-read.sql)
  printf 'round %d\n  A %s/s alone: %s\n  B %s/s + %s report clients: %s\n  C %s/s alone: %s\n  D kit reads: %s req/s, p99 %s ms\n  E conditional kit reads: %s req/s, p99 %s ms\n  F pgbench same queries: %s tps, mean latency %s ms\n  G kit version content reads: %s req/s, p99 %s ms\n  H pgbench same queries: %s tps, mean latency %s ms\n' \
    "$round" "$RATE" "$A" "$RATE" "$REPORT_CLIENTS" "$B" "$HIGH_RATE" "$C" ${D} ${E} ${F} ${G} ${H}
  { echo "$A" | field p99_ms; } >> "$OUT/a"; { echo "$A" | field errors; } >> "$OUT/a_errors"
  { echo "$B" | field p99_ms; } >> "$OUT/b"; { echo "$B" | field errors; } >> "$OUT/b_errors"
  { echo "$B" | field report_503_max_ms; } >> "$OUT/b_503_max"; echo "200=$(echo "$B" | field reports_200),503=$(echo "$B" | field reports_503),other=$(echo "$B" | field reports_other)" >> "$OUT/b_reports"
  { echo "$C" | field p99_ms; } >> "$OUT/c"; { echo "$C" | field errors; } >> "$OUT/c_errors"
  echo "$D" | cut -d' ' -f1 >> "$OUT/d"; echo "$D" | cut -d' ' -f2 >> "$OUT/d_p99"
  echo "$E" | cut -d' ' -f1 >> "$OUT/e"; echo "$E" | cut -d' ' -f2 >> "$OUT/e_p99"
  echo "$F" | cut -d' ' -f1 >> "$OUT/f"
  echo "$G" | cut -d' ' -f1 >> "$OUT/g"; echo "$G" | cut -d' ' -f2 >> "$OUT/g_p99"
  echo "$H" | cut -d' ' -f1 >> "$OUT/h"
done
RSS_KB=$(ps -o rss= -p "$SERVICE" | tr -d ' ')
python3 - "$OUT" "$READY_MS" "$RSS_KB" "$RATE" "$HIGH_RATE" "$REPORT_CLIENTS" <<'PY'
import statistics, sys
out, ready_ms, rss_kb, rate, high, clients = sys.argv[1:]
read = lambda name: [float(v) for v in open(f"{out}/{name}").read().split()]
def show(label, values, unit):
    print(f"{label}: median {statistics.median(values):.1f}{unit} (range {min(values):.1f}-{max(values):.1f})")
show(f"A autosave p99 at {rate}/s alone", read("a"), " ms")
show(f"B autosave p99 at {rate}/s with {clients} report clients", read("b"), " ms")
show(f"C autosave p99 at {high}/s alone", read("c"), " ms")
print(f"autosave errors per round: A {read('a_errors')}, B {read('b_errors')}, C {read('c_errors')}")
print("B report answers per round (status=count):", open(f"{out}/b_reports").read().split())
show("B slowest 503 answer", read("b_503_max"), " ms")
show("D kit reads", read("d"), " req/s"); show("D kit read p99", read("d_p99"), " ms")
show("E conditional kit reads (304)", read("e"), " req/s"); show("E conditional p99", read("e_p99"), " ms")
show("F pgbench, the same queries", read("f"), " tps")
show("G kit version content reads", read("g"), " req/s"); show("G kit version content p99", read("g_p99"), " ms")
show("H pgbench, G's queries", read("h"), " tps")
print(f"startup (java -jar to ready): {ready_ms} ms; RSS after the load: {int(rss_kb) / 1024:.0f} MiB")
ratios = []
for label, top, bottom in (("B/A autosave p99", "b", "a"), ("D/F kit reads/pgbench", "d", "f"), ("E/F conditional/pgbench", "e", "f"),
                           ("G/H kit version content/pgbench", "g", "h")):
    t, b = read(top), read(bottom)
    rounds = [x / y for x, y in zip(t, b)]
    ratios.append(f"{label} = {statistics.median(t) / statistics.median(b):.2f} (per round {min(rounds):.2f}-{max(rounds):.2f})")
print("; ".join(ratios))
PY
