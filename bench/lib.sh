# shellcheck shell=bash
# Starting and stopping the packaged service, for every script in bench/ and .ci/ that runs it: a free port, a start
# in the background with its output in a log, the wait until /q/health/ready answers, and a clean stop. Source it
# from the repository root (`source bench/lib.sh`). Complaints go to stderr, prefixed with the calling script's name.
#
#   atlas_free_port
#       prints a free TCP port on 127.0.0.1.
#   atlas_launch [-C DIR] LOG COMMAND [ARG...]
#       runs COMMAND in the background (in DIR when given), its stdout and stderr to LOG; sets atlas_pid. Every
#       process started this way is stopped by atlas_stop_all.
#   atlas_wait_ready PID PORT LOG
#       waits until http://127.0.0.1:PORT/q/health/ready answers 2xx. If PID exits first, or atlas_start_timeout
#       seconds pass (default 300), prints the last lines of LOG and returns 1.
#   atlas_serve [-C DIR] LOG DATA_DIR APP [OPTION...]
#       atlas_launch and atlas_wait_ready in one: starts APP, a jar (java OPTION... -jar APP) or a native executable
#       (APP OPTION...), on 127.0.0.1 on a free port with its database in DATA_DIR; sets atlas_pid, atlas_port and
#       atlas_base (http://127.0.0.1:PORT). Variables given before the call (NAME=value atlas_serve ...) reach the
#       service's environment.
#   atlas_stop PID
#       SIGTERM (H2 closes its file cleanly), SIGKILL if the process still runs 20 s later; then reaps it.
#   atlas_stop_all
#       atlas_stop for every process atlas_launch started and that still runs: for an EXIT trap.
#   atlas_query_body FILE
#       prints the JSON body of a POST /graphql of the GraphQL document in FILE: {"query": "..."}.
#   atlas_exec_test_class CLASS [ARG...]
#       compiles the tests and replaces the shell with CLASS's main method (a benchmark of the test tree, outside
#       Quarkus) on the test classpath, logging one plain line per message.
#
# Call these functions in the script's own shell, not in $(...): atlas_stop can only reap the shell's own children.

atlas_pid='' atlas_port='' atlas_base=''
atlas_pids=()
: "${atlas_start_timeout:=300}"

_atlas_say() { printf '%s: %s\n' "$(basename "$0" .sh)" "$*" >&2; }

atlas_free_port() {
  if command -v node >/dev/null; then
    node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
  elif command -v python3 >/dev/null; then
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
  else # a refused connection means nothing listens there
    local port _
    for _ in $(seq 1 100); do
      port=$((20000 + RANDOM % 40000))
      if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "$port"
        return 0
      fi
    done
    _atlas_say "no free port found"
    return 1
  fi
}

atlas_launch() {
  local dir=''
  if [[ $1 == -C ]]; then dir=$2; shift 2; fi
  local log=$1
  shift
  if [[ -n $dir ]]; then
    (cd "$dir" && exec "$@") >"$log" 2>&1 </dev/null &
  else
    "$@" >"$log" 2>&1 </dev/null &
  fi
  atlas_pid=$!
  atlas_pids+=("$atlas_pid")
}

# GET URL answers 2xx (curl, or Node's fetch where there is no curl).
_atlas_get_ok() {
  if command -v curl >/dev/null; then
    curl -fs -o /dev/null --max-time 5 "$1"
  else
    node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"
  fi
}

atlas_wait_ready() {
  local pid=$1 port=$2 log=$3 deadline=$((SECONDS + atlas_start_timeout)) status
  until _atlas_get_ok "http://127.0.0.1:$port/q/health/ready"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid" 2>/dev/null && status=0 || status=$?
      _atlas_say "the service exited (status $status) before it was ready; the last lines of $log:"
      tail -n 40 "$log" >&2
      return 1
    fi
    if ((SECONDS >= deadline)); then
      _atlas_say "the service was not ready within $atlas_start_timeout s; the last lines of $log:"
      tail -n 40 "$log" >&2
      return 1
    fi
    sleep 0.2
  done
}

atlas_serve() {
  local chdir=()
  if [[ $1 == -C ]]; then chdir=(-C "$2"); shift 2; fi
  local log=$1 data=$2 app
  app=$(realpath "$3")
  shift 3
  atlas_port=$(atlas_free_port) || return 1
  atlas_base=http://127.0.0.1:$atlas_port
  local where=(-Datlas.data-dir="$data" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$atlas_port")
  if [[ $app == *.jar ]]; then
    atlas_launch "${chdir[@]}" "$log" java "${where[@]}" "$@" -jar "$app"
  else # a native executable takes the same -D and -XX options
    atlas_launch "${chdir[@]}" "$log" "$app" "${where[@]}" "$@"
  fi
  atlas_wait_ready "$atlas_pid" "$atlas_port" "$log"
}

atlas_stop() {
  local pid=$1 _ keep=() p
  [[ -n $pid ]] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 200); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    _atlas_say "process $pid ignored SIGTERM for 20 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  for p in "${atlas_pids[@]}"; do [[ $p == "$pid" ]] || keep+=("$p"); done
  atlas_pids=("${keep[@]}")
}

atlas_stop_all() {
  local p
  for p in "${atlas_pids[@]}"; do atlas_stop "$p"; done
}

atlas_query_body() {
  node -e 'console.log(JSON.stringify({ query: require("fs").readFileSync(process.argv[1], "utf8").trim() }))' "$1"
}

atlas_exec_test_class() {
  ./mvnw -B -q test-compile
  ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
  # Outside Quarkus, log through java.util.logging: one plain line per message.
  exec java -Dorg.jboss.logging.provider=jdk -Djava.util.logging.SimpleFormatter.format='%5$s%n' \
    -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" "$@"
}
