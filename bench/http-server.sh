#!/usr/bin/env bash
# Tracing overhead on a loopback HTTP server under wrk.
#
#   bash bench/http-server.sh
#
# Servers (each started once and kept running for all its windows):
#   epoll  bench/build/epoll_http: C, one thread, epoll, fixed keep-alive response
#   node   src/demo/server.mjs: Node.js http, one failing access() per request
# Method: wrk runs in consecutive windows of WINDOW_S seconds. For every tracer
# and pair, one untraced window and one traced window run back to back (the
# order alternates between pairs: U,T then T,U), the tracer attached before
# and detached after its window (attach/detach time is outside the window).
# Per window: requests/s from wrk, and the server's CPU time per response =
# delta of utime+stime in /proc/<server>/stat (all threads) / requests.
# Reported per tracer: the median over pairs of traced/untraced.
# CPU used by processes outside the benchmark is measured per window; a pair
# in which they used more than FOREIGN_MAX [0.10] of a CPU is redone (at most
# RETRIES [2] times) and flagged if it stays disturbed.
#
# Environment (defaults in brackets):
#   WINDOW_S [5]     seconds per wrk window
#   PAIRS [5]        untraced/traced pairs per tracer and server
#   TRACERS          [stackprof bpftrace perf-trace strace]; also: stackprof-tp, stackprof-nonodejs, stackprof-syscalls
#   SERVERS          [epoll node]
#   WRK_THREADS [1]  WRK_CONNS [32]
#   PIN [1]          1: server on CPU $SERVER_CPU [1], wrk on CPU $WRK_CPU [0]
#                    (taskset); tracers are never pinned
# Total time is about SERVERS x (WINDOW_S + TRACERS x PAIRS x (2 x WINDOW_S + ~3 s)).
# Everything listens on and connects to 127.0.0.1 only.
source "$(dirname "$0")/lib/common.sh"

WINDOW_S="${WINDOW_S:-5}"
PAIRS="${PAIRS:-5}"
TRACERS="${TRACERS:-stackprof bpftrace perf-trace strace}"
SERVERS="${SERVERS:-epoll node}"
WRK_THREADS="${WRK_THREADS:-1}"
WRK_CONNS="${WRK_CONNS:-32}"
PIN="${PIN:-1}"
SERVER_CPU="${SERVER_CPU:-1}"
WRK_CPU="${WRK_CPU:-0}"

[ "$(id -u)" = 0 ] || die "needs root (BPF, perf, ptrace)"
command -v wrk >/dev/null || die "wrk is not installed (bash scripts/setup.sh --bench)"
[ -x "$EPOLL_HTTP" ] || die "$EPOLL_HTTP is not built (make -C bench)"
if [ "$PIN" = 1 ] && [ "$(nproc)" -lt 2 ]; then PIN=0; log "one CPU: not pinning"; fi

# Command prefixes that pin to a CPU (taskset execs, so $! stays the server's pid).
PIN_SERVER=() PIN_WRK=()
if [ "$PIN" = 1 ]; then PIN_SERVER=(taskset -c "$SERVER_CPU") PIN_WRK=(taskset -c "$WRK_CPU"); fi

RAW="$BENCH_TMP/raw.jsonl"
: >"$RAW"
SEQ=0
WRK_ARGS="-t$WRK_THREADS -c$WRK_CONNS -d${WINDOW_S}s --timeout 5s"

# window SERVER TRACER PAIR PAIR_ID ATTEMPT: one wrk window against $PORT; the
# server's CPU ticks are read right before and right after wrk. Returns 1 when
# processes outside the benchmark used more than FOREIGN_MAX of a CPU in it.
window() {
  local server="$1" tracer="$2" pair="$3" pair_id="$4" attempt="$5"
  local out="$BENCH_TMP/wrk.$SEQ" c0 c1
  foreign_snapshot "$BENCH_TMP/f0"
  c0="$(cpu_ticks "$SERVER_PID")"
  # shellcheck disable=SC2086
  "${PIN_WRK[@]}" wrk $WRK_ARGS "http://127.0.0.1:$PORT/" >"$out" 2>&1 || die "wrk failed: $(cat "$out")"
  c1="$(cpu_ticks "$SERVER_PID")"
  foreign_snapshot "$BENCH_TMP/f1"
  alive "$SERVER_PID" || die "the $server server died"
  local reqs rps errors non2xx
  reqs="$(awk '/requests in/ {print $1}' "$out")"
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$out")"
  errors="$(awk -F'[ ,]+' '/Socket errors:/ {print $4 + $6 + $8 + $10}' "$out")"
  non2xx="$(awk '/Non-2xx/ {print $NF}' "$out")"
  [ -n "$reqs" ] && [ -n "$rps" ] || die "could not read wrk's output: $(cat "$out")"
  [ "$reqs" -gt 0 ] || die "wrk completed no requests in a window (server $server, tracer $tracer)"
  local cpu_us_per_resp fticks fshare disturbed=false
  cpu_us_per_resp="$(awk -v d="$((c1 - c0))" -v hz="$CLK_TCK" -v n="$reqs" 'BEGIN {printf "%.4f", d / hz * 1e6 / n}')"
  fticks="$(foreign_ticks "$BENCH_TMP/f0" "$BENCH_TMP/f1")"
  fshare="$(awk -v t="$fticks" -v hz="$CLK_TCK" -v w="$WINDOW_S" 'BEGIN {printf "%.3f", t / hz / w}')"
  awk -v f="$fshare" -v m="$FOREIGN_MAX" 'BEGIN {exit !(f > m)}' && disturbed=true
  printf '{"server":"%s","tracer":"%s","pair":%d,"pair_id":"%s","attempt":%d,"seq":%d,"requests":%d,"rps":%s,"cpu_ticks":%d,"clk_tck":%d,"cpu_us_per_resp":%s,"errors":%d,"non2xx":%d,"foreign_cpu_ticks":%d,"foreign_cpu_share":%s,"disturbed":%s}\n' \
    "$server" "$tracer" "$pair" "$pair_id" "$attempt" "$SEQ" "$reqs" "$rps" "$((c1 - c0))" "$CLK_TCK" "$cpu_us_per_resp" "${errors:-0}" "${non2xx:-0}" "$fticks" "$fshare" "$disturbed" >>"$RAW"
  log "$(printf '%-5s %-10s pair %d  %9.0f req/s  %7.2f us CPU/resp  (%d ticks, errors %d, foreign CPU %s)' "$server" "$tracer" "$pair" "$rps" "$cpu_us_per_resp" "$((c1 - c0))" "${errors:-0}" "$fshare")$([ "$disturbed" = true ] && echo " (disturbed)")"
  SEQ=$((SEQ + 1))
  [ "$disturbed" = false ]
}

# run_pair SERVER TRACER PAIR ATTEMPT: the untraced and the traced window
# (U,T on odd pairs, T,U on even ones); returns 1 if either was disturbed.
run_pair() {
  local server="$1" tracer="$2" p="$3" attempt="$4" ok=0
  local pair_id="$server.$tracer.$p"
  if ((p % 2)); then
    window "$server" none "$p" "$pair_id" "$attempt" || ok=1
    traced_window "$server" "$tracer" "$p" "$pair_id" "$attempt" || ok=1
  else
    traced_window "$server" "$tracer" "$p" "$pair_id" "$attempt" || ok=1
    window "$server" none "$p" "$pair_id" "$attempt" || ok=1
  fi
  return "$ok"
}

traced_window() { # SERVER TRACER PAIR PAIR_ID ATTEMPT: attach, window, detach
  local ok=0 pfx="$BENCH_TMP/tracer.$4.$5"
  start_tracer "$2" "$SERVER_PID" "$pfx"
  window "$@" || ok=1
  stop_tracer "$TRACER_PID"
  case "$2" in
    stackprof*)
      # stackprof's own count of the server's syscalls while attached (a bit
      # longer than the window): how many syscalls one response costs.
      local n
      n="$(node -e '
        const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        let n = 0; for (const t of r.threads) for (const s of t.syscalls) n += Number(s.count);
        console.log(n)' "$pfx.out" 2>/dev/null || echo null)"
      printf '{"kind":"stackprof_count","pair_id":"%s","attempt":%d,"syscalls":%s}\n' "$4" "$5" "${n:-null}" >>"$RAW"
      ;;
  esac
  return "$ok"
}

start_server() { # NAME
  local out="$BENCH_TMP/server.$1"
  case "$1" in
    epoll) "${PIN_SERVER[@]}" "$EPOLL_HTTP" </dev/null >"$out" 2>&1 & ;;
    node) "${PIN_SERVER[@]}" node "$BENCH_ROOT/src/demo/server.mjs" </dev/null >"$out" 2>&1 & ;;
    *) die "unknown server $1" ;;
  esac
  SERVER_PID=$!
  track "$SERVER_PID" TERM
  wait_for_line "$out" '"port":[0-9]+' 20 "$SERVER_PID" || die "the $1 server did not start: $(cat "$out")"
  PORT="$(sed -n 's/.*"port":\([0-9]*\).*/\1/p' "$out" | head -1)"
  local said
  said="$(sed -n 's/.*"pid":\([0-9]*\).*/\1/p' "$out" | head -1)"
  [ "$said" = "$SERVER_PID" ] || die "server says pid $said, we started $SERVER_PID"
  log "$1 server: pid $SERVER_PID, 127.0.0.1:$PORT"
}

t_start=$(date +%s)
read -r -a TLIST <<<"$TRACERS"
for server in $SERVERS; do
  start_server "$server"
  # Warm-up window (not recorded): JIT, page cache, connection setup paths.
  "${PIN_WRK[@]}" wrk -t"$WRK_THREADS" -c"$WRK_CONNS" -d"${WINDOW_S}s" "http://127.0.0.1:$PORT/" >/dev/null 2>&1 || true
  for ((p = 1; p <= PAIRS; p++)); do
    for tracer in "${TLIST[@]}"; do
      for ((attempt = 0; attempt <= RETRIES; attempt++)); do
        run_pair "$server" "$tracer" "$p" "$attempt" && break
        if ((attempt < RETRIES)); then log "pair disturbed by other processes: redoing it"
        else log "pair still disturbed after $RETRIES retries: keeping it (flagged)"; fi
      done
    done
  done
  stop_pid "$SERVER_PID" TERM 10
done
elapsed=$(($(date +%s) - t_start))

META="$BENCH_TMP/meta.json"
printf '{"benchmark":"http-server","stamp":"%s","machine":%s,"window_s":%d,"pairs":%d,"tracers":"%s","servers":"%s","wrk_args":"%s","pin":%d,"server_cpu":"%s","wrk_cpu":"%s","elapsed_s":%d,"foreign_bpf_before":%s,"command":"bash bench/http-server.sh","foreign_max":%s,"retries":%d,"env":{"WINDOW_S":"%s","PAIRS":"%s"}}\n' \
  "$BENCH_STAMP" "$(machine_json)" "$WINDOW_S" "$PAIRS" "$TRACERS" "$SERVERS" "$WRK_ARGS" "$PIN" \
  "$([ "$PIN" = 1 ] && echo "$SERVER_CPU" || echo any)" "$([ "$PIN" = 1 ] && echo "$WRK_CPU" || echo any)" \
  "$elapsed" "$(json_str "$FOREIGN_BPF")" "$FOREIGN_MAX" "$RETRIES" "$WINDOW_S" "$PAIRS" >"$META"

OUT="$RESULTS_DIR/http-server-$BENCH_STAMP.json"
node "$BENCH_DIR/lib/report.mjs" http-server "$META" "$RAW" "$OUT" >"$RESULTS_DIR/http-server.md"
cp "$OUT" "$RESULTS_DIR/http-server.json"
cat "$RESULTS_DIR/http-server.md"
log "results: $OUT"
