#!/usr/bin/env bash
# A Tally topology on one machine, all on 127.0.0.1 (docs/deploy.md): a PostgreSQL primary (port 55432) and a streaming
# replica made with pg_basebackup (55433), three Tally instances (18081-18083) sharing one token secret, and HAProxy
# (ops/haproxy.cfg) in front on 18080 with health checks on /health; the instances read reports from the replica.
# Uses Debian's PostgreSQL binaries and haproxy.
#
#   ops/cluster.sh up | down | status
#   ops/cluster.sh kill-instance N | start-instance N | stop-replica | start-replica     (what ops/cluster-test.sh does)
#
# State (data directories, logs, pids) lives in TALLY_CLUSTER_DIR (default /tmp/tally-cluster); down removes it.
# As root, PostgreSQL runs as the postgres user. MVNW_OPTS=-o builds the jar offline.
set -euo pipefail
cd "$(dirname "$0")/.."

DIR=${TALLY_CLUSTER_DIR:-/tmp/tally-cluster}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
PRIMARY=55432
REPLICA=55433
INSTANCES=(1 2 3)
ADMIN_EMAIL=admin@cluster.tally.local

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
port_of() { echo $((18080 + $1)); }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
pg_up() { as_postgres "$PG_BIN/pg_ctl" -D "$DIR/$1" status >/dev/null 2>&1; }
wait_for() { # url, what
  for _ in $(seq 1 90); do curl -sf "$1" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "$2 did not come up; see $DIR/logs" >&2; exit 1
}

start_instance() {
  local n=$1 jar
  jar=$(ls target/tally-*.jar | grep -v original | head -1)
  # Every instance: the same primary, the same secret (tokens signed by one are valid on all), its own port.
  # Reports read the replica while it streams within the lag bound, the primary otherwise.
  PORT=$(port_of "$n") DATABASE_URL="jdbc:postgresql://127.0.0.1:$PRIMARY/tally" DATABASE_USER=postgres \
    DATABASE_REPLICA_URL="jdbc:postgresql://127.0.0.1:$REPLICA/tally" \
    TALLY_JWT_SECRET="$(cat "$DIR/jwt-secret")" TALLY_ADMIN_EMAIL=$ADMIN_EMAIL TALLY_ADMIN_PASSWORD="$(cat "$DIR/admin-password")" \
    TALLY_TRUSTED_PROXIES=127.0.0.1 TALLY_RATE_LIMIT_REQUESTS=${TALLY_RATE_LIMIT_REQUESTS:-1000000} \
    JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:--Xmx384m}" \
    nohup java -jar "$jar" >> "$DIR/logs/tally-$n.log" 2>&1 &
  echo $! > "$DIR/run/tally-$n.pid"
  wait_for "http://127.0.0.1:$(port_of "$n")/health" "Tally instance $n"
  echo "tally $n on 127.0.0.1:$(port_of "$n") (pid $(cat "$DIR/run/tally-$n.pid"))"
}

start_pg() { as_postgres "$PG_BIN/pg_ctl" -D "$DIR/$1" -l "$DIR/logs/$1.log" -w -t 60 start >/dev/null; }

up() {
  command -v haproxy >/dev/null || { echo "haproxy is not installed: apt-get install -y haproxy" >&2; exit 1; }
  command -v curl >/dev/null || { echo "curl is not installed: apt-get install -y curl" >&2; exit 1; }
  if [ -d "$DIR" ]; then
    if status >/dev/null; then echo "already up"; return; fi
    echo "partly up ($DIR exists): run $0 down first" >&2; exit 1
  fi
  rm -rf "$DIR"; mkdir -p "$DIR/logs" "$DIR/run"
  [ "$(id -u)" = 0 ] && chown postgres "$DIR" "$DIR/logs" "$DIR/run"
  ls target/tally-*.jar >/dev/null 2>&1 || ./mvnw -B -q package -DskipTests ${MVNW_OPTS:-}
  head -c 48 /dev/urandom | base64 | tr -d '\n/+=' > "$DIR/jwt-secret"
  head -c 18 /dev/urandom | base64 | tr -d '\n/+=' > "$DIR/admin-password"

  as_postgres "$PG_BIN/initdb" -D "$DIR/primary" -U postgres --auth=trust -E UTF8 >/dev/null
  cat >> "$DIR/primary/postgresql.conf" <<CONF
port = $PRIMARY
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR/run'
wal_level = replica
max_wal_senders = 5
wal_keep_size = '256MB'
hot_standby = on
CONF
  start_pg primary
  as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p $PRIMARY -U postgres tally
  echo "primary on 127.0.0.1:$PRIMARY"

  # -R writes the standby settings (primary_conninfo, standby.signal); -X stream copies the WAL written meanwhile.
  as_postgres "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p $PRIMARY -U postgres -D "$DIR/replica" -R -X stream
  echo "port = $REPLICA" >> "$DIR/replica/postgresql.conf"
  start_pg replica
  echo "replica on 127.0.0.1:$REPLICA, streaming from the primary"

  # The first instance migrates the schema and creates the admin; the others then start side by side.
  start_instance 1
  local starting=()
  for n in "${INSTANCES[@]:1}"; do start_instance "$n" & starting+=($!); done
  # each pid on its own: a bare wait would wait for the first instance too (a child of this shell, and it runs on), and
  # one wait for several pids reports only the last one's failure
  for pid in "${starting[@]}"; do wait "$pid"; done
  haproxy -f ops/haproxy.cfg -D -p "$DIR/run/haproxy.pid"
  wait_for "http://127.0.0.1:18080/health" "HAProxy"
  echo "HAProxy on 127.0.0.1:18080 (stats on 127.0.0.1:18404)"
  echo "sign in at http://127.0.0.1:18080/ as $ADMIN_EMAIL with the password in $DIR/admin-password"
}

down() {
  alive "$DIR/run/haproxy.pid" && kill "$(cat "$DIR/run/haproxy.pid")"
  for n in "${INSTANCES[@]}"; do alive "$DIR/run/tally-$n.pid" && kill "$(cat "$DIR/run/tally-$n.pid")"; done
  for n in "${INSTANCES[@]}"; do
    for _ in $(seq 1 100); do alive "$DIR/run/tally-$n.pid" || break; sleep 0.2; done
    alive "$DIR/run/tally-$n.pid" && kill -9 "$(cat "$DIR/run/tally-$n.pid")"   # still there after 20 s
  done
  for db in replica primary; do
    [ -d "$DIR/$db" ] && pg_up $db && as_postgres "$PG_BIN/pg_ctl" -D "$DIR/$db" -m fast -w stop >/dev/null
  done
  rm -rf "$DIR"
  echo "down: nothing of the cluster is running"
}

status() {
  local all=0
  for db in primary replica; do
    if [ -d "$DIR/$db" ] && pg_up $db; then echo "$db: running"; else echo "$db: stopped"; all=1; fi
  done
  if pg_up replica; then
    echo "replica lag: $(as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p $REPLICA -U postgres -Atc \
      "SELECT CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN '0 s (caught up)'
              ELSE round(extract(epoch FROM now() - pg_last_xact_replay_timestamp()))::text || ' s' END")"
  fi
  for n in "${INSTANCES[@]}"; do
    if alive "$DIR/run/tally-$n.pid" && curl -sf "http://127.0.0.1:$(port_of "$n")/health" >/dev/null; then
      echo "tally $n: healthy on 127.0.0.1:$(port_of "$n")"
    else echo "tally $n: down"; all=1; fi
  done
  if alive "$DIR/run/haproxy.pid"; then echo "haproxy: running on 127.0.0.1:18080"; else echo "haproxy: stopped"; all=1; fi
  return $all
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  kill-instance) kill -9 "$(cat "$DIR/run/tally-$2.pid")"; rm -f "$DIR/run/tally-$2.pid"; echo "tally $2 killed (SIGKILL)" ;;
  start-instance) start_instance "$2" ;;
  stop-replica) as_postgres "$PG_BIN/pg_ctl" -D "$DIR/replica" -m fast -w stop >/dev/null; echo "replica stopped" ;;
  start-replica) start_pg replica; echo "replica started" ;;
  *) echo "usage: $0 up|down|status|kill-instance N|start-instance N|stop-replica|start-replica" >&2; exit 2 ;;
esac
