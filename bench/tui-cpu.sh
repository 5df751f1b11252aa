#!/usr/bin/env bash
# What the live dashboard itself costs: the CPU time (utime + stime from
# /proc/PID/stat) of the `stackprof attach` node process while it watches a
# busy target, at the default 1 s interval, with the dashboard drawn in a
# real terminal (tmux, 160×48). Compared, side by side, with the plain text
# screen (`--no-tui`, same terminal) and with `--json` (no rendering at all:
# collecting and decoding only), so the rendering's own share is the
# difference. The goal: the dashboard under 5% of one core.
#
#   bash bench/tui-cpu.sh
#   bash bench/tui-cpu.sh --render bench/results/tui-cpu-<stamp>.json
#
# Target: test/workloads/reactor_server (2 reuseport reactors, epoll_wait,
# recv/send) under test/workloads/http_load (8 keep-alive connections, one
# request in flight on each, without pause), which keeps both CPUs busy and
# the syscall table, CPU grid, event loop and sockets panels full of moving
# numbers. One target for the whole run; every measurement is a fresh
# `stackprof attach`. The load runs throughout: one http_load during attach
# and warm-up, and one for exactly the window (--timeout-s WINDOW_S: it stops
# itself and prints its responses, so the table has the target's throughput
# in each window; the two overlap for a moment, they never leave a gap).
# Modes (interleaved, order rotated each round):
#   dashboard   stackprof attach PID            in tmux 160×48 (the dashboard)
#   no-tui      stackprof attach PID --no-tui   in tmux 160×48 (plain text screen)
#   json        stackprof attach PID --json     stdout to a file (nothing drawn)
# A measurement: attach, wait until it is live (dashboard: its footer on
# screen; no-tui: its header; json: "attached to pid" on stderr), let it run
# WARMUP_S (startup and the first snapshots are not the steady state), read
# the ticks, wait WINDOW_S, read them again. The loader process's ticks
# (native, the same work in every mode) and the target's are reported too.
# Then q (dashboard) / Ctrl-C (no-tui) / SIGINT (json), and the summary must
# come out with exit status 0 (a mode that did not run properly is an error,
# not a number).
#
# Environment (defaults in brackets):
#   ROUNDS [3]  WINDOW_S [20]  WARMUP_S [3]  MODES ["dashboard no-tui json"]
#   COLS [160] ROWS [48]  CONNECTIONS [8]
#
# Output: a markdown section on stdout and in bench/results/tui-cpu.md; every
# measurement in bench/results/tui-cpu-<UTC stamp>.json (copied to tui-cpu.json).
source "$(dirname "$0")/lib/common.sh"

ROUNDS="${ROUNDS:-3}"
WINDOW_S="${WINDOW_S:-20}"
WARMUP_S="${WARMUP_S:-3}"
MODES="${MODES:-dashboard no-tui json}"
COLS="${COLS:-160}"
ROWS="${ROWS:-48}"
CONNECTIONS="${CONNECTIONS:-8}"
REACTOR="$BENCH_ROOT/test/workloads/build/reactor_server"
HTTP_LOAD="$BENCH_ROOT/test/workloads/build/http_load"
# Our own tmux server, its socket inside BENCH_TMP (removed with it): no
# user config, no status line (the pane is the whole COLS×ROWS), and a dead
# pane stays so a failure can show its last screen.
TMUX_SOCK="$BENCH_TMP/tmux.sock"
# A UTF-8 terminal, as users have: without it tmux turns every non-ASCII character into '_'.
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in *[Uu][Tt][Ff]-8*|*[Uu][Tt][Ff]8*) ;; *) unset LC_ALL LC_CTYPE; export LANG=C.UTF-8 ;; esac
tmx() { tmux -S "$TMUX_SOCK" "$@"; }

RENDER="$BENCH_TMP/render.mjs"
cat >"$RENDER" <<'EOF'
import fs from 'node:fs'
const [how, ...args] = process.argv.slice(2)
let meta, runs, outF
if (how === 'render') {
  ;({meta, runs} = JSON.parse(fs.readFileSync(args[0], 'utf8')))
} else {
  meta = JSON.parse(fs.readFileSync(args[0], 'utf8'))
  runs = fs.readFileSync(args[1], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
  outF = args[2]
}
const GOAL = 0.05
const median = (xs) => {
  const a = xs.filter(Number.isFinite).sort((p, q) => p - q)
  if (a.length === 0) return NaN
  const m = a.length >> 1
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2
}
const pct = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(2)}%` : 'n/a')
const modes = meta.modes.split(' ')
const WHAT = {
  dashboard: `dashboard (\`attach PID\`, tmux ${meta.cols}×${meta.rows})`,
  'no-tui': `plain text screen (\`attach PID --no-tui\`, tmux ${meta.cols}×${meta.rows})`,
  json: '`attach PID --json` (nothing drawn)',
}
const rows = modes.map((m) => {
  const r = runs.filter((x) => x.mode === m)
  const node = r.map((x) => x.node_share)
  return {
    mode: m, runs: r.length, node_median: median(node), node_min: Math.min(...node), node_max: Math.max(...node),
    loader_median: median(r.map((x) => x.loader_share)), target_median: median(r.map((x) => x.target_share)),
    rps_median: median(r.map((x) => x.responses_per_second)),
  }
})
const json = rows.find((r) => r.mode === 'json')
const dash = rows.find((r) => r.mode === 'dashboard')
const summary = {
  dashboard_share: dash?.node_median ?? null,
  rendering_share: dash && json ? dash.node_median - json.node_median : null,
  met: dash ? dash.node_median < GOAL : null,
}
if (outF) fs.writeFileSync(outF, JSON.stringify({meta, goal_share_of_one_core: GOAL, summary, rows, runs}, null, 2) + '\n')
const m = meta.machine
const L = []
L.push(`Machine: ${m.nproc} CPUs (${m.cpu}), kernel ${m.kernel}. Run ${meta.stamp}, ${Math.round(meta.elapsed_s)} s. ${meta.rounds} rounds, modes interleaved; per run ${meta.warmup_s} s warm-up, then ${meta.window_s} s measured; refresh every 1 s (the default). stackprof${meta.commit ? ` at ${meta.commit}` : ''}, Node.js ${meta.node}, ${meta.tmux}.`)
L.push(`Target: \`reactor_server --threads 2 --port 0 --wait wait --io recv\` under \`http_load --connections ${meta.connections}\` (no pause between requests), on the same 2 CPUs.`)
if (meta.foreign_bpf_before) L.push(`\n> Warning: BPF programs of another user were loaded while this ran:\n> \`${meta.foreign_bpf_before.replace(/\n/g, '; ')}\`\n`)
L.push('')
L.push('| mode | runs | stackprof (node) CPU, % of one core: median | min–max | loader (native) | target | target responses/s | goal < 5% |')
L.push('|---|---:|---:|---:|---:|---:|---:|---|')
for (const r of rows) {
  L.push(`| ${WHAT[r.mode] ?? r.mode} | ${r.runs} | **${pct(r.node_median)}** | ${pct(r.node_min)}–${pct(r.node_max)} | ${pct(r.loader_median)} | ${pct(r.target_median)} | ${Number.isFinite(r.rps_median) ? Math.round(r.rps_median).toLocaleString('en-US') : 'n/a'} | ${r.mode === 'dashboard' ? (r.node_median < GOAL ? 'met' : '**NOT met**') : '–'} |`)
}
L.push('')
L.push('CPU: utime + stime of the process (all its threads) over the measured window, from /proc/PID/stat, divided by the window. "loader" is the native stackprof-loader child (BPF maps read, frames sent: the same in every mode); "target" is the whole reactor_server, probes included, out of 200% on 2 CPUs.')
if (summary.rendering_share !== null) L.push(`Drawing the dashboard costs ${pct(summary.rendering_share)} of a core over \`--json\` (the median difference).`)
L.push('')
if (dash) L.push(`- Goal: the dashboard's own CPU use at a 1 s interval with a busy target is ${pct(dash.node_median)} of one core (max ${pct(dash.node_max)}; limit 5%) → ${summary.met ? '**met**' : '**NOT met**'}.`)
console.log(L.join('\n'))
EOF
if [ "${1:-}" = --render ]; then
  [ -f "${2:-}" ] || die "usage: bash bench/tui-cpu.sh --render bench/results/tui-cpu-STAMP.json"
  node "$RENDER" render "$2"
  exit 0
fi

[ "$(id -u)" = 0 ] || die "needs root (BPF)"
command -v tmux >/dev/null || die "tmux is not installed (bash scripts/setup.sh --test)"
[ -x "$REACTOR" ] && [ -x "$HTTP_LOAD" ] || die "test/workloads is not built (make -C test/workloads)"
[ -f "$BENCH_ROOT/dist/src/tui/dashboard.js" ] || die "dist/ has no dashboard (npx tsc --build)"
read -r -a MLIST <<<"$MODES"
for m in "${MLIST[@]}"; do
  case "$m" in dashboard|no-tui|json) ;; *) die "unknown mode $m" ;; esac
done
log "modes: ${MLIST[*]}; $ROUNDS rounds; ${WARMUP_S}s warm-up + ${WINDOW_S}s measured per run"

# The target and its load, for the whole run.
start_go_target "$BENCH_TMP/reactor.out" "$REACTOR" --threads 2 --port 0 --wait wait --io recv
REACTOR_PID="$TARGET_PID"
PORT="$(awk '/^ready/ {print $3; exit}' "$BENCH_TMP/reactor.out")"
[ -n "$PORT" ] || die "reactor_server printed no port: $(cat "$BENCH_TMP/reactor.out")"
log "target pid $REACTOR_PID on port $PORT"

# start_load OUTFILE TIMEOUT_S: http_load against the target for TIMEOUT_S (it stops itself); sets LOAD_PID.
start_load() {
  "$HTTP_LOAD" --port "$PORT" --connections "$CONNECTIONS" --requests $((1 << 40)) --timeout-s "$2" >"$1" 2>&1 &
  LOAD_PID=$!
  track "$LOAD_PID" TERM
}

# The tmux server (stopped by the cleanup trap: TERM kills its panes).
tmx -f /dev/null set-option -g remain-on-exit on \; set-option -g status off \; new-session -d -s idle -x "$COLS" -y "$ROWS" sleep 86400
track "$(tmx display-message -p -t idle '#{pid}')" TERM

# loader_pid NODE_PID: its stackprof-loader child.
loader_pid() {
  local c
  for c in $(cat /proc/"$1"/task/*/children 2>/dev/null); do
    [ "$(cat "/proc/$c/comm" 2>/dev/null)" = stackprof-loade ] && { echo "$c"; return 0; }
  done
  return 1
}

RAW="$BENCH_TMP/raw.jsonl"
: >"$RAW"
RESPONSES_START_TICKS=""
run_once() { # MODE ROUND
  local mode="$1" round="$2" pfx="$BENCH_TMP/$1.$2" node_pid session="run-$1-$2" i warm_load window_load
  start_load "$pfx.warm-load" 600
  warm_load="$LOAD_PID"
  sleep 0.5
  alive "$warm_load" || die "http_load exited: $(cat "$pfx.warm-load")"
  case "$mode" in
    dashboard|no-tui)
      local extra=()
      [ "$mode" = no-tui ] && extra=(--no-tui)
      tmx new-session -d -s "$session" -x "$COLS" -y "$ROWS" -c "$BENCH_ROOT" "${STACKPROF[@]}" attach "$REACTOR_PID" "${extra[@]}"
      node_pid="$(tmx display-message -p -t "$session" '#{pane_pid}')"
      track "$node_pid"
      # Live: the dashboard's footer / the plain screen's header is on screen.
      local live_re='^q quit  p pause'
      [ "$mode" = no-tui ] && live_re="^stackprof: pid $REACTOR_PID "
      for ((i = 0; i < 600; i++)); do
        tmx capture-pane -p -S - -t "$session" >"$pfx.screen" 2>/dev/null || true
        grep -qE -- "$live_re" "$pfx.screen" && break
        alive "$node_pid" || die "$mode: stackprof exited before it was live: $(tail -20 "$pfx.screen")"
        sleep 0.1
      done
      grep -qE -- "$live_re" "$pfx.screen" || die "$mode: not live after 60 s: $(tail -20 "$pfx.screen")"
      ;;
    json)
      "${STACKPROF[@]}" attach "$REACTOR_PID" --json >"$pfx.out" 2>"$pfx.err" &
      node_pid=$!
      track "$node_pid"
      wait_for_line "$pfx.err" '^attached to pid' 60 "$node_pid" || die "json: not attached: $(tail -5 "$pfx.err")"
      ;;
  esac
  sleep "$WARMUP_S"
  local lpid
  lpid="$(loader_pid "$node_pid")" || die "$mode: no stackprof-loader child of $node_pid"
  local n0 l0 t0 n1 l1 t1 s0 s1 responses
  start_load "$pfx.window-load" "$WINDOW_S"
  window_load="$LOAD_PID"
  s0="$(date +%s.%N)"; n0="$(cpu_ticks "$node_pid")"; l0="$(cpu_ticks "$lpid")"; t0="$(cpu_ticks "$REACTOR_PID")"
  stop_pid "$warm_load" TERM 5
  wait_exit "$window_load" $((WINDOW_S + 30)) || die "http_load did not stop after --timeout-s $WINDOW_S"
  s1="$(date +%s.%N)"; n1="$(cpu_ticks "$node_pid")"; l1="$(cpu_ticks "$lpid")"; t1="$(cpu_ticks "$REACTOR_PID")"
  responses="$(awk '/^done/ {print $2}' "$pfx.window-load")"
  [ -n "$responses" ] || die "http_load printed no result: $(cat "$pfx.window-load")"
  # The mode really ran as it should until the end of the window.
  case "$mode" in
    dashboard)
      [ "$(tmx display-message -p -t "$session" '#{alternate_on}')" = 1 ] || die "dashboard: not on the alternate screen"
      tmx capture-pane -p -t "$session" | grep -q "^pid $REACTOR_PID " || die "dashboard: header gone: $(tmx capture-pane -p -t "$session" | head -5)"
      tmx send-keys -t "$session" q ;;
    no-tui)
      [ "$(tmx display-message -p -t "$session" '#{alternate_on}')" = 0 ] || die "no-tui: on the alternate screen"
      tmx send-keys -t "$session" C-c ;;
    json) kill -INT "$node_pid" ;;
  esac
  wait_exit "$node_pid" 30 || die "$mode: stackprof did not exit after q / Ctrl-C / SIGINT"
  case "$mode" in
    dashboard|no-tui)
      local status
      status="$(tmx display-message -p -t "$session" '#{pane_dead_status}')"
      tmx capture-pane -p -J -S - -E - -t "$session" >"$pfx.screen"
      # tmux 3.3 occasionally misses the SIGCHLD of a pane (empty status); the summary must be there either way.
      [ -z "$status" ] || [ "$status" = 0 ] || die "$mode: exit status $status: $(tail -20 "$pfx.screen")"
      grep -q "^stackprof: pid $REACTOR_PID " "$pfx.screen" || die "$mode: no final summary printed"
      tmx kill-session -t "$session" ;;
    json)
      node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$pfx.out" || die "json: no JSON report" ;;
  esac
  awk -v m="$mode" -v r="$round" -v n="$((n1 - n0))" -v l="$((l1 - l0))" -v t="$((t1 - t0))" -v hz="$CLK_TCK" -v a="$s0" -v b="$s1" -v q="$responses" 'BEGIN {
    s = b - a
    printf "{\"mode\":\"%s\",\"round\":%d,\"seconds\":%.3f,\"node_ticks\":%d,\"loader_ticks\":%d,\"target_ticks\":%d,\"node_share\":%.5f,\"loader_share\":%.5f,\"target_share\":%.5f,\"responses\":%d,\"responses_per_second\":%.1f}\n", m, r, s, n, l, t, n / hz / s, l / hz / s, t / hz / s, q, q / s
  }' >>"$RAW"
  log "round $round $(tail -1 "$RAW")"
}

t_start=$(date +%s.%N)
nm=${#MLIST[@]}
for ((r = 1; r <= ROUNDS; r++)); do
  for ((k = 0; k < nm; k++)); do
    run_once "${MLIST[(k + r - 1) % nm]}" "$r"
  done
done
t_end=$(date +%s.%N)
elapsed="$(awk -v a="$t_start" -v b="$t_end" 'BEGIN {printf "%.1f", b - a}')"

META="$BENCH_TMP/meta.json"
printf '{"benchmark":"tui-cpu","stamp":"%s","machine":%s,"rounds":%d,"window_s":%s,"warmup_s":%s,"modes":"%s","cols":%d,"rows":%d,"connections":%d,"elapsed_s":%s,"foreign_bpf_before":%s,"command":"bash bench/tui-cpu.sh","node":%s,"tmux":%s,"commit":%s}\n' \
  "$BENCH_STAMP" "$(machine_json)" "$ROUNDS" "$WINDOW_S" "$WARMUP_S" "${MLIST[*]}" "$COLS" "$ROWS" "$CONNECTIONS" "$elapsed" "$(json_str "$FOREIGN_BPF")" \
  "$(json_str "$(node -v)")" "$(json_str "$(tmux -V)")" "$(json_str "$(git -C "$BENCH_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)")" >"$META"

OUT="$RESULTS_DIR/tui-cpu-$BENCH_STAMP.json"
node "$RENDER" build "$META" "$RAW" "$OUT" >"$RESULTS_DIR/tui-cpu.md"
cp "$OUT" "$RESULTS_DIR/tui-cpu.json"
cat "$RESULTS_DIR/tui-cpu.md"
log "results: $OUT"
