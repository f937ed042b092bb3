#!/usr/bin/env bash
# Times the opening report (CANDIDATES, default 2,000, × 5 interviewers × 20 items: 200k scores; CANDIDATES=10000 gives
# 1M) and a candidate report through HTTP against
# the plain on-demand aggregate SQL over the raw scores, all measured in one session: the reports' median latency under
# wrk on one keep-alive connection (as a browser holds one), the SQL's median over 30 runs in psql, half of them before
# and half after the reports.
# Needs a PostgreSQL on 127.0.0.1:5432 with trust auth for user postgres, curl, wrk and python3. Run from the
# repository root after ./mvnw -B package -DskipTests.
set -euo pipefail
DB=tally_bench
CANDIDATES=${CANDIDATES:-2000}
PORT=8090
PSQL=(psql -q -h 127.0.0.1 -U postgres)
JAR=$(ls target/tally-*.jar | grep -v original | head -1)
export DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DATABASE_USER=postgres PORT \
       TALLY_JWT_SECRET=report-benchmark-secret-report-benchmark TALLY_ADMIN_EMAIL=bench-admin@tally.test \
       TALLY_ADMIN_PASSWORD=bench-admin-password TALLY_RATE_LIMIT_REQUESTS=100000000
ORG=11111111-1111-1111-1111-000000000001
OPENING=11111111-1111-1111-1111-0000000000b1

wait_for_service() {
  for _ in $(seq 1 900); do curl -sf "localhost:$PORT/health" >/dev/null && return 0; sleep 1; done
  echo "the service did not start; see /tmp/tally-bench.log" >&2; exit 1
}
median() { sort -n "$1" | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]}'; }
# wrk prints the median as "50%  12.34ms" (or us, or s); this prints it in milliseconds. Refused requests (the API's
# per-client rate limit, which the exports above lift) would time refusals instead, so any non-2xx answer stops the run.
wrk_median() {
  wrk -t1 -c1 -d"$2" --latency -H "Authorization: Bearer $TOKEN" "$1" | tee /tmp/tally-bench-wrk.txt | awk '$1 == "50%" {
    v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
    printf "%.1f", unit == "us" ? v / 1000 : (unit == "s" ? v * 1000 : v) }'
  if grep -q "Non-2xx" /tmp/tally-bench-wrk.txt; then echo "some requests were refused: /tmp/tally-bench-wrk.txt" >&2; exit 1; fi
}

"${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
java -jar "$JAR" > /tmp/tally-bench.log 2>&1 & SERVICE=$!
wait_for_service; kill $SERVICE; wait $SERVICE || true
"${PSQL[@]}" -d $DB -v candidates="$CANDIDATES" -f src/bench/report-dataset.sql > /dev/null
java -jar "$JAR" >> /tmp/tally-bench.log 2>&1 & SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; "${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB" >/dev/null' EXIT
wait_for_service
# The start after the load computed every interview's stored outcome (a one-off, logged with progress); give the planner
# their statistics, as autovacuum would.
"${PSQL[@]}" -d $DB -c "ANALYZE"
# The generated hiring manager gets the bootstrap admin's password hash, so that it can log in.
"${PSQL[@]}" -d $DB -c "UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE email = '$TALLY_ADMIN_EMAIL')
                        WHERE email = 'user6@bench.test'"
TOKEN=$(curl -s "localhost:$PORT/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"user6@bench.test\",\"password\":\"$TALLY_ADMIN_PASSWORD\"}" | python3 -c 'import sys, json; print(json.load(sys.stdin)["access_token"])')
CANDIDATE=$("${PSQL[@]}" -d $DB -Atc "SELECT id FROM candidate ORDER BY name LIMIT 1")
BASELINE="SELECT m.candidate_id, sum(ki.weight * m.mean) / sum(ki.weight) AS w
  FROM (SELECT i.org_id, i.candidate_id, i.kit_version_id, ri.position, avg(ri.score) AS mean
          FROM interview i
          JOIN scorecard sc ON sc.org_id = i.org_id AND sc.interview_id = i.id AND sc.revision > 0
          JOIN scorecard_revision_item ri ON ri.org_id = sc.org_id AND ri.scorecard_id = sc.id AND ri.revision = sc.revision
         WHERE i.org_id = '$ORG' AND i.opening_id = '$OPENING' AND ri.score IS NOT NULL
         GROUP BY i.org_id, i.candidate_id, i.kit_version_id, ri.position) m
  JOIN kit_item ki ON ki.org_id = m.org_id AND ki.kit_version_id = m.kit_version_id AND ki.position = m.position
 GROUP BY m.candidate_id"
OPENING_URL="http://127.0.0.1:$PORT/api/v1/openings/$OPENING/report?size=50"
CANDIDATE_URL="http://127.0.0.1:$PORT/api/v1/candidates/$CANDIDATE/report"
for url in "$OPENING_URL" "$CANDIDATE_URL"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$url")
  [ "$status" = 200 ] || { echo "$url answered $status, not 200; see /tmp/tally-bench.log" >&2; exit 1; }
done
wrk_median "$OPENING_URL" 10s > /dev/null; wrk_median "$CANDIDATE_URL" 10s > /dev/null
OUT=$(mktemp -d)
# psql's timing of 15 runs of the plain SQL, in milliseconds
baseline() {
  for _ in $(seq 1 15); do
    printf '\\timing on\n\\o /dev/null\n%s;\n' "$BASELINE" | "${PSQL[@]}" -d $DB | grep -o 'Time: [0-9.]*' | awk '{print $2}'
  done
}
baseline >> "$OUT/baseline"
OPENING_MS=$(wrk_median "$OPENING_URL" 20s)
CANDIDATE_MS=$(wrk_median "$CANDIDATE_URL" 20s)
baseline >> "$OUT/baseline"
BASELINE_MS=$(median "$OUT/baseline")
printf 'opening report (HTTP, median): %s ms\ncandidate report (HTTP, median): %s ms\nplain aggregate SQL (baseline, median): %s ms\n' \
  "$OPENING_MS" "$CANDIDATE_MS" "$BASELINE_MS"
python3 -c "print('opening report / baseline = %.2f' % ($OPENING_MS / $BASELINE_MS))"
