#!/usr/bin/env bash
# Cost of the eventloop probe's fd-kind lookup: what the eventloop probe
# (probes/eventloop.bpf.c, its syscall hooks in probes/eventloop.bpf.h) adds
# per syscall on top of the syscalls probe, measured with the tight-loop
# method of bench/syscall-cost.sh. The goal: on read/write, syscalls +
# eventloop add at most 1.3x what the syscalls probe alone adds.
#
#   bash bench/fd-lookup.sh
#   bash bench/fd-lookup.sh --render bench/results/fd-lookup-<stamp>.json
#                               the markdown of a past run again
#
# Workloads (each a tight loop timed inside the process, N calls per run):
#   getppid    bench/build/getppid_loop N: no lookup; the eventloop hooks
#              return at once (the cost of merely being attached)
#   devnull    bench/build/write_loop devnull N: write(fd, 1 byte) to
#              /dev/null: the lookup stops at the inode's mode ("other")
#   tcp-cork   bench/build/write_loop tcp-cork N: write(fd, 1 byte) to a
#              connected TCP loopback socket (TCP_CORK) whose peer, a child
#              process, drains it: the lookup follows file -> socket -> sock
#              to the address family ("inet-socket"); see the header of
#              bench/write_loop.c for the other targets (udp, tcp, ...)
# each run in three modes:
#   untraced   the loop alone
#   syscalls   native/build/stackprof-loader attach --pid PID --no-eventloop
#              (the syscalls probe only)
#   both       native/build/stackprof-loader attach --pid PID (syscalls +
#              eventloop, what `stackprof attach` loads)
# The loader is run directly, not through the CLI, because only the loader
# has --no-eventloop; both traced modes are started the same way. It is
# live once its Hello frame (written after every probe has attached) is on
# its stdout; its final frame (taken after detaching) is decoded to check
# that the probes saw the loop: the syscalls probe's count of the loop's
# syscall, the eventloop probe's calls per fd kind, and which probes
# attached.
#
# Environment (defaults in brackets):
#   ROUNDS [5]      rounds; each runs every (workload, mode, CPU) once, in an
#                   order rotated from round to round
#   N [5000000]     calls per run
#   WORKLOADS ["getppid devnull tcp-cork"]  getppid, or any write_loop target
#   MODES ["untraced syscalls both"]
#   LOOP_CPUS [all CPUs: "0 1" here]  the loop is pinned (taskset) to each in
#                   turn; "" = unpinned. The loader is not pinned.
#   LOADER [native/build/stackprof-loader]  another build of the loader, e.g.
#                   one with an experimental probe (the loader embeds its BPF
#                   objects)
#   LOADER_ARGS [""]  more loader arguments for both traced modes, e.g.
#                   "--variant count-only" (what `attach --no-latency` uses)
#   FOREIGN_MAX [0.10], RETRIES [2]  a run during which processes outside
#                   this benchmark used more than FOREIGN_MAX of a CPU is
#                   redone, at most RETRIES times, and flagged if still
#                   disturbed
#
# Output: a markdown section on stdout and in bench/results/fd-lookup.md;
# every raw measurement in bench/results/fd-lookup-<UTC stamp>.json (copied
# to fd-lookup.json).
source "$(dirname "$0")/lib/common.sh"

ROUNDS="${ROUNDS:-5}"
N="${N:-5000000}"
WORKLOADS="${WORKLOADS:-getppid devnull tcp-cork}"
MODES="${MODES:-untraced syscalls both}"
LOADER="${LOADER:-$BENCH_ROOT/native/build/stackprof-loader}"
LOADER_ARGS="${LOADER_ARGS:-}"
WRITE_LOOP="$BENCH_DIR/build/write_loop"
DIST="$BENCH_ROOT/dist/src"

# The markdown section and the result JSON (also: bash bench/fd-lookup.sh --render FILE.json).
RENDER="$BENCH_TMP/render.mjs"
cat >"$RENDER" <<'EOF'
import fs from 'node:fs'
// build META RAW OUT: summarise a run into OUT (JSON) and print the markdown;
// render FILE.json: print the markdown of a past run again.
const [how, ...args] = process.argv.slice(2)
let meta, attempts, outF
if (how === 'render') {
  ;({meta, attempts} = JSON.parse(fs.readFileSync(args[0], 'utf8')))
} else {
  meta = JSON.parse(fs.readFileSync(args[0], 'utf8'))
  attempts = fs.readFileSync(args[1], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
  outF = args[2]
}
const GOAL = 1.3
// A disturbed run was redone; the last attempt of each (workload, mode, round, cpu) counts.
const last = new Map()
for (const r of attempts) {
  const k = `${r.workload}|${r.mode}|${r.round}|${r.cpu}`
  if (!last.has(k) || r.attempt >= last.get(k).attempt) last.set(k, r)
}
const raw = [...last.values()]
const median = (xs) => {
  const a = xs.filter(Number.isFinite).sort((p, q) => p - q)
  if (a.length === 0) return NaN
  const m = a.length >> 1
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2
}
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a')
const sign = (x, d = 1) => (Number.isFinite(x) ? (x >= 0 ? '+' : '') + x.toFixed(d) : 'n/a')
const workloads = meta.workloads.split(' ')
const modes = meta.modes.split(' ')
const cpus = [...new Set(raw.map((r) => r.cpu))].sort()
const WL = {
  getppid: '`getppid_loop N` (getppid)',
  devnull: '`write_loop devnull N` (write, /dev/null)',
  udp: '`write_loop udp N` (write, UDP loopback)',
  'udp-drain': '`write_loop udp-drain N` (write, UDP loopback, drained)',
  tcp: '`write_loop tcp N` (write, TCP loopback, NODELAY)',
  'tcp-nagle': '`write_loop tcp-nagle N` (write, TCP loopback)',
  'tcp-cork': '`write_loop tcp-cork N` (write, TCP loopback, corked)',
}
const MODE = {untraced: 'untraced', syscalls: 'syscalls probe alone (`--no-eventloop`)', both: 'syscalls + eventloop (default)'}
const sel = (w, m, c) => raw.filter((r) => r.workload === w && r.mode === m && (c === undefined || r.cpu === c)).map((r) => r.ns_per_call)

const rows = []
const summary = []
for (const w of workloads) {
  const base = median(sel(w, 'untraced'))
  const baseOn = Object.fromEntries(cpus.map((c) => [c, median(sel(w, 'untraced', c))]))
  for (const m of modes) {
    const runs = raw.filter((r) => r.workload === w && r.mode === m)
    if (runs.length === 0) continue
    const ns = runs.map((r) => r.ns_per_call)
    const med = median(ns)
    const counted = runs.map((r) => r.seen?.counted).filter((x) => x !== null && x !== undefined)
    const kinds = {}
    for (const r of runs) for (const [k, v] of Object.entries(r.seen?.fd_kinds ?? {})) kinds[k] = Math.min(kinds[k] ?? Infinity, v)
    const attached = [...new Set(runs.map((r) => (r.seen?.probes ? Object.entries(r.seen.probes).filter(([, a]) => a).map(([n]) => n).join('+') : '–')))]
    rows.push({
      workload: w, mode: m, calls_per_run: runs[0].calls, runs: runs.length,
      ns_per_call_median: med, ns_per_call_min: Math.min(...ns), ns_per_call_max: Math.max(...ns),
      added_ns_per_call: m === 'untraced' ? null : med - base,
      per_cpu: Object.fromEntries(cpus.map((c) => { const x = median(sel(w, m, c)); return [c, {median: x, added: m === 'untraced' ? null : x - baseOn[c]}] })),
      probes_attached: attached,
      counted_min: counted.length ? Math.min(...counted) : null,
      fd_kinds_min: Object.keys(kinds).length ? kinds : null,
      redone: attempts.filter((a) => a.workload === w && a.mode === m && a.disturbed).length,
      still_disturbed: runs.filter((r) => r.disturbed).length,
    })
  }
  if (modes.includes('untraced') && modes.includes('syscalls') && modes.includes('both')) {
    const one = median(sel(w, 'syscalls')) - base
    const two = median(sel(w, 'both')) - base
    // Paired: the ratio within each (round, CPU), then the median of those.
    const paired = []
    for (const r of raw.filter((x) => x.workload === w && x.mode === 'untraced')) {
      const s = raw.find((x) => x.workload === w && x.mode === 'syscalls' && x.round === r.round && x.cpu === r.cpu)
      const b = raw.find((x) => x.workload === w && x.mode === 'both' && x.round === r.round && x.cpu === r.cpu)
      if (s && b) paired.push((b.ns_per_call - r.ns_per_call) / (s.ns_per_call - r.ns_per_call))
    }
    summary.push({
      workload: w, untraced_ns: base, added_syscalls_ns: one, added_both_ns: two, eventloop_extra_ns: two - one,
      ratio: two / one, ratio_paired_median: median(paired),
      ratio_paired_min: Math.min(...paired), ratio_paired_max: Math.max(...paired),
      per_cpu: Object.fromEntries(cpus.map((c) => {
        const b0 = median(sel(w, 'untraced', c)), s1 = median(sel(w, 'syscalls', c)) - b0, s2 = median(sel(w, 'both', c)) - b0
        return [c, {added_syscalls_ns: s1, added_both_ns: s2, ratio: s2 / s1}]
      })),
      goal_applies: w !== 'getppid',
      met: w === 'getppid' ? null : two / one <= GOAL,
    })
  }
}
if (outF) fs.writeFileSync(outF, JSON.stringify({meta, goal_ratio: GOAL, summary, rows, attempts}, null, 2) + '\n')

const m = meta.machine
const L = []
L.push(`Machine: ${m.nproc} CPUs (${m.cpu}), kernel ${m.kernel}. Run ${meta.stamp}, ${Math.round(meta.elapsed_s)} s. ${meta.rounds} rounds, interleaved; loop pinned to CPU ${meta.loop_cpus} in turn; ${meta.n.toLocaleString('en-US')} calls per run. Loader: ${meta.loader_version}${meta.commit ? ` at ${meta.commit}` : ''}${meta.loader_args ? `, with \`${meta.loader_args}\`` : ''}.`)
L.push(`(A run is redone, at most ${meta.retries} times, when processes outside the benchmark used more than ${meta.foreign_max} of a CPU during it.)`)
if (meta.foreign_bpf_before) L.push(`\n> Warning: BPF programs of another user were attached while this ran (they may add to every syscall, traced or not):\n> \`${meta.foreign_bpf_before.replace(/\n/g, '; ')}\`\n`)
L.push('')
L.push('| workload | untraced ns/call | added: syscalls probe alone | added: syscalls + eventloop | of which eventloop (difference) | ratio (both / alone) | per CPU: ratio | paired ratio, median (min–max) | goal ≤ 1.3 |')
L.push('|---|---:|---:|---:|---:|---:|---|---:|---|')
for (const s of summary) {
  L.push(`| ${WL[s.workload] ?? s.workload} | ${fmt(s.untraced_ns)} | ${sign(s.added_syscalls_ns)} | ${sign(s.added_both_ns)} | ${sign(s.eventloop_extra_ns)} | **${fmt(s.ratio, 2)}** | ${cpus.map((c) => `CPU${c}: ${fmt(s.per_cpu[c].ratio, 2)}`).join('; ')} | ${fmt(s.ratio_paired_median, 2)} (${fmt(s.ratio_paired_min, 2)}–${fmt(s.ratio_paired_max, 2)}) | ${s.met === null ? '(no lookup)' : s.met ? 'met' : '**NOT met**'} |`)
}
L.push('')
L.push('Ratio: (median traced − median untraced) of both, over the same for the syscalls probe alone; paired: that ratio within each (round, CPU), then the median.')
L.push('')
L.push('All runs:')
L.push('')
L.push('| workload | mode | runs | median ns/call | min–max | added ns/call | per CPU: median (added) | probes attached | loop\'s syscall counted (min) | fd kinds seen (min calls) | redone / still disturbed |')
L.push('|---|---|---:|---:|---:|---:|---|---|---:|---|---:|')
for (const r of rows) {
  const kinds = r.fd_kinds_min ? Object.entries(r.fd_kinds_min).map(([k, v]) => `${k}: ${v.toLocaleString('en-US')}`).join(', ') : '–'
  L.push(`| ${r.workload} | ${MODE[r.mode]} | ${r.runs} | ${fmt(r.ns_per_call_median)} | ${fmt(r.ns_per_call_min)}–${fmt(r.ns_per_call_max)} | ${r.added_ns_per_call === null ? '–' : sign(r.added_ns_per_call)} | ${cpus.map((c) => `CPU${c}: ${fmt(r.per_cpu[c].median)}${r.per_cpu[c].added === null ? '' : ` (${sign(r.per_cpu[c].added)})`}`).join('; ')} | ${r.probes_attached.join(', ')} | ${r.counted_min === null ? '–' : r.counted_min.toLocaleString('en-US')} | ${kinds} | ${r.redone} / ${r.still_disturbed} |`)
}
L.push('')
for (const s of summary.filter((x) => x.goal_applies)) {
  L.push(`- Goal (${s.workload}): syscalls + eventloop add ${fmt(s.added_both_ns)} ns/call, the syscalls probe alone ${fmt(s.added_syscalls_ns)} ns: ${fmt(s.ratio, 2)}× (limit ${GOAL}×; paired median ${fmt(s.ratio_paired_median, 2)}×) → ${s.met ? '**met**' : '**NOT met**'}.`)
}
for (const s of summary.filter((x) => !x.goal_applies)) {
  L.push(`- ${s.workload} (no fd lookup; the eventloop hooks only see that the call is not theirs): syscalls + eventloop add ${fmt(s.added_both_ns)} ns/call, the syscalls probe alone ${fmt(s.added_syscalls_ns)} ns: ${fmt(s.ratio, 2)}× (paired median ${fmt(s.ratio_paired_median, 2)}×).`)
}
console.log(L.join('\n'))
EOF
if [ "${1:-}" = --render ]; then
  [ -f "${2:-}" ] || die "usage: bash bench/fd-lookup.sh --render bench/results/fd-lookup-STAMP.json"
  node "$RENDER" render "$2"
  exit 0
fi

[ "$(id -u)" = 0 ] || die "needs root (BPF)"
[ -x "$GETPPID_LOOP" ] && [ -x "$WRITE_LOOP" ] || die "bench/build is not built (make -C bench, or bash scripts/setup.sh --bench)"
[ -x "$LOADER" ] || die "$LOADER is not built (make -C native)"
[ -f "$DIST/collector/frame-reader.js" ] || die "dist/ is not built (bash scripts/setup.sh)"

read -r -a WLIST <<<"$WORKLOADS"
read -r -a MLIST <<<"$MODES"
for m in "${MLIST[@]}"; do
  case "$m" in untraced|syscalls|both) ;; *) die "unknown mode $m" ;; esac
done
LOOP_CPUS="${LOOP_CPUS-$(seq -s ' ' 0 $(($(nproc) - 1)))}"
read -r -a CPULIST <<<"${LOOP_CPUS:-any}"
log "workloads: ${WLIST[*]}; modes: ${MLIST[*]}; $ROUNDS rounds; loop on CPU(s): ${CPULIST[*]}; N=$N"

RAW="$BENCH_TMP/raw.jsonl"
: >"$RAW"

# What the loader's last frames say: which probes attached, the syscalls
# probe's count of the loop's syscall, the eventloop probe's calls by fd kind.
DECODE="$BENCH_TMP/decode.mjs"
cat >"$DECODE" <<'EOF'
import fs from 'node:fs'
const [dist, file, wanted] = process.argv.slice(2)
const {FrameReader} = await import(`${dist}/collector/frame-reader.js`)
const {decodeSnapshot} = await import(`${dist}/decode/syscalls.js`)
const {decodeEventloop} = await import(`${dist}/decode/eventloop.js`)
const {syscallName} = await import(`${dist}/syscalls/table.js`)
const out = {probes: null, counted: null, fd_kinds: null, reason: null}
try {
  const frames = new FrameReader().push(fs.readFileSync(file))
  const hello = frames.find((f) => f.hello)?.hello
  const fin = frames.find((f) => f.final)?.final
  if (hello) out.probes = Object.fromEntries((hello.probes ?? []).map((p) => [p.name, !!p.attached]))
  if (hello && fin) {
    out.reason = fin.reason ?? null
    const s = decodeSnapshot(fin.snapshot ?? {})
    out.counted = Number(s.stats.filter((x) => syscallName(hello.machine, x.nr) === wanted).reduce((a, x) => a + x.count, 0n))
    if (out.probes.eventloop) {
      out.fd_kinds = {}
      for (const f of decodeEventloop(fin.snapshot ?? {}).fdIo)
        if (syscallName(hello.machine, f.nr) === wanted) out.fd_kinds[f.fdKind] = (out.fd_kinds[f.fdKind] ?? 0) + Number(f.calls)
    }
  }
} catch (error) {
  out.error = String(error)
}
console.log(JSON.stringify(out))
EOF

# start_loader MODE PID PREFIX: the loader on PID (stdout/stderr in
# PREFIX.out/.err, stdin a FIFO held open so it never sees EOF); returns once
# its Hello frame is out, i.e. the probes are live. Sets TRACER_PID, LOADER_FIFO.
start_loader() {
  local mode="$1" pid="$2" pfx="$3" i args=(attach --pid "$2") extra=()
  read -r -a extra <<<"$LOADER_ARGS"
  args+=("${extra[@]}")
  [ "$mode" = syscalls ] && args+=(--no-eventloop)
  LOADER_FIFO="$BENCH_TMP/loader-in.$RANDOM$RANDOM"
  mkfifo "$LOADER_FIFO"
  env --default-signal=INT,TERM "$LOADER" "${args[@]}" <>"$LOADER_FIFO" >"$pfx.out" 2>"$pfx.err" &
  TRACER_PID=$!
  track "$TRACER_PID"
  for ((i = 0; i < TRACER_TIMEOUT * 100; i++)); do
    [ -s "$pfx.out" ] && return 0
    alive "$TRACER_PID" || die "the loader exited before attaching: $(tail -5 "$pfx.err")"
    sleep 0.01
  done
  die "the loader wrote no Hello frame in ${TRACER_TIMEOUT}s: $(tail -5 "$pfx.err")"
}

loop_cmd() { # WORKLOAD: the loop's command line, in LOOP_CMD
  case "$1" in
    getppid) LOOP_CMD=("$GETPPID_LOOP" "$N"); LOOP_SYSCALL=getppid ;;
    *) LOOP_CMD=("$WRITE_LOOP" "$1" "$N"); LOOP_SYSCALL=write ;;
  esac
}

run_combo() { # WORKLOAD MODE ROUND CPU: one run, redone (up to RETRIES times) when disturbed
  local attempt
  for ((attempt = 0; attempt <= RETRIES; attempt++)); do
    run_once "$@" "$attempt" && return 0
  done
  log "round $3 $1/$2: still disturbed after $RETRIES retries; keeping the last run (flagged)"
}

run_once() { # WORKLOAD MODE ROUND CPU ATTEMPT: returns 1 when foreign load disturbed the run
  local w="$1" mode="$2" round="$3" cpu="$4" attempt="$5"
  local pfx="$BENCH_TMP/$w.$mode.$round.$cpu.$attempt" pin=()
  [ "$cpu" = any ] || pin=(taskset -c "$cpu")
  loop_cmd "$w"
  start_go_target "$pfx.target" "${pin[@]}" "${LOOP_CMD[@]}"
  local tpid="$TARGET_PID" tracer="" lfifo=""
  if [ "$mode" != untraced ]; then
    start_loader "$mode" "$tpid" "$pfx"
    tracer="$TRACER_PID" lfifo="$LOADER_FIFO"
  fi
  foreign_snapshot "$pfx.f0"
  send_line "$TARGET_FIFO"
  wait_exit "$tpid" 900 || die "$w/$mode: the loop did not finish in 900 s"
  foreign_snapshot "$pfx.f1"
  # The loader detaches and writes its final frame by itself when the
  # target exits; SIGINT covers the case where it has not yet.
  if [ -n "$tracer" ]; then stop_pid "$tracer" INT 30; rm -f "$lfifo"; fi
  rm -f "$TARGET_FIFO"
  local ns
  ns="$(sed -n 's/.*ns_per_call=\([0-9.]*\).*/\1/p' "$pfx.target")"
  [ -n "$ns" ] || die "$w/$mode: no ns_per_call in the loop's output: $(cat "$pfx.target")"
  grep -q 'short=[1-9]' "$pfx.target" && log "warning: $w: some writes did not return 1: $(cat "$pfx.target")"
  local seen='{"probes":null,"counted":null,"fd_kinds":null}'
  if [ -n "$tracer" ]; then
    seen="$(node "$DECODE" "$DIST" "$pfx.out" "$LOOP_SYSCALL")"
    local errs
    errs="$(grep -v '^$' "$pfx.err" || true)"
    [ -z "$errs" ] || log "loader stderr ($w/$mode): $errs"
  fi
  local fticks fshare disturbed=false
  fticks="$(foreign_ticks "$pfx.f0" "$pfx.f1")"
  fshare="$(awk -v t="$fticks" -v hz="$CLK_TCK" -v ns="$ns" -v n="$N" 'BEGIN {printf "%.3f", (t / hz) / (ns * n / 1e9)}')"
  awk -v f="$fshare" -v m="$FOREIGN_MAX" 'BEGIN {exit !(f > m)}' && disturbed=true
  printf '{"workload":"%s","mode":"%s","cpu":"%s","round":%d,"attempt":%d,"calls":%d,"ns_per_call":%s,"seen":%s,"foreign_cpu_ticks":%d,"foreign_cpu_share":%s,"disturbed":%s}\n' \
    "$w" "$mode" "$cpu" "$round" "$attempt" "$N" "$ns" "$seen" "$fticks" "$fshare" "$disturbed" >>"$RAW"
  log "round $round  cpu $cpu  $(printf '%-9s %-9s' "$w" "$mode") ns/call=$ns  seen=$seen  foreign CPU=$fshare$([ "$disturbed" = true ] && echo " (disturbed)")"
  [ "$disturbed" = false ]
}

bpf_snapshot "$BENCH_TMP/bpf-before.txt"
t_start=$(date +%s)
COMBOS=()
for w in "${WLIST[@]}"; do for m in "${MLIST[@]}"; do for c in "${CPULIST[@]}"; do COMBOS+=("$w@$m@$c"); done; done; done
nc=${#COMBOS[@]}
for ((r = 1; r <= ROUNDS; r++)); do
  for ((k = 0; k < nc; k++)); do
    IFS=@ read -r w m c <<<"${COMBOS[(k + r - 1) % nc]}"
    run_combo "$w" "$m" "$r" "$c"
  done
done
elapsed=$(($(date +%s) - t_start))

META="$BENCH_TMP/meta.json"
printf '{"benchmark":"fd-lookup","stamp":"%s","machine":%s,"rounds":%d,"n":%d,"workloads":"%s","modes":"%s","elapsed_s":%d,"foreign_bpf_before":%s,"command":"bash bench/fd-lookup.sh","foreign_max":%s,"retries":%d,"loop_cpus":"%s","loader_version":%s,"loader_args":%s,"commit":%s}\n' \
  "$BENCH_STAMP" "$(machine_json)" "$ROUNDS" "$N" "${WLIST[*]}" "${MLIST[*]}" "$elapsed" "$(json_str "$FOREIGN_BPF")" "$FOREIGN_MAX" "$RETRIES" "${CPULIST[*]}" \
  "$(json_str "$("$LOADER" --version 2>/dev/null || echo unknown)")" "$(json_str "$LOADER_ARGS")" "$(json_str "$(git -C "$BENCH_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)")" >"$META"

OUT="$RESULTS_DIR/fd-lookup-$BENCH_STAMP.json"
node "$RENDER" build "$META" "$RAW" "$OUT" >"$RESULTS_DIR/fd-lookup.md"
cp "$OUT" "$RESULTS_DIR/fd-lookup.json"
cat "$RESULTS_DIR/fd-lookup.md"
log "results: $OUT"
