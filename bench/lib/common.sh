# Shared helpers for the bench/*.sh benchmarks. Source it; it sets -euo
# pipefail, a temp dir, and an EXIT/INT/TERM trap that stops every process the
# benchmark started (registered with `track`) and then checks that no BPF
# program the benchmark loaded is left behind.
#
# Conventions:
#   - Every background process is started by a helper here (or registered with
#     `track PID`), so the trap can stop it even on Ctrl-C.
#   - Tracers are started with `env --default-signal=INT,TERM` because a
#     non-interactive bash starts background jobs with SIGINT ignored, and the
#     tracers must stop on SIGINT the way they do on a terminal's Ctrl-C.
#   - Targets that wait for "go" (WAIT_FOR_GO=1 getppid_loop, syscall_storm)
#     read their stdin from a FIFO opened read-write, so starting them never
#     blocks and "go" is `echo go > FIFO`.

set -euo pipefail

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH_DIR="$BENCH_ROOT/bench"
RESULTS_DIR="$BENCH_DIR/results"
STACKPROF=(node "$BENCH_ROOT/bin/run.js")
GETPPID_LOOP="$BENCH_DIR/build/getppid_loop"
EPOLL_HTTP="$BENCH_DIR/build/epoll_http"
STORM="$BENCH_ROOT/test/workloads/build/syscall_storm"
CLK_TCK="$(getconf CLK_TCK)"

mkdir -p "$RESULTS_DIR"
BENCH_TMP="$(mktemp -d /tmp/stackprof-bench.XXXXXX)"
BENCH_PIDS=()
BENCH_STAMP="$(date -u +%Y%m%dT%H%M%SZ)"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# track PID [SIGNAL]: stop this process (with SIGNAL, default INT) in the
# cleanup trap if it is still running. Plain C targets started in the
# background have SIGINT ignored, so they are tracked with TERM.
track() { BENCH_PIDS+=("$1:${2:-INT}"); }

# alive PID: true while PID exists and is not a zombie.
alive() {
  local state
  state="$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" || return 1
  [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ]
}

# stop_pid PID [SIGNAL] [GRACE_SECONDS]: signal (default INT), wait up to GRACE
# seconds (default 10), then SIGKILL; reaps it if it is our child.
stop_pid() {
  local pid="$1" sig="${2:-INT}" grace="${3:-10}" i
  if alive "$pid"; then
    kill -s "$sig" "$pid" 2>/dev/null || true
    for ((i = 0; i < grace * 20; i++)); do
      alive "$pid" || break
      sleep 0.05
    done
    if alive "$pid"; then
      log "pid $pid did not stop on SIG$sig within ${grace}s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  wait "$pid" 2>/dev/null || true
}

# wait_exit PID [TIMEOUT_SECONDS]: wait for PID to exit by itself; 1 on timeout.
wait_exit() {
  local pid="$1" timeout="${2:-600}" i
  for ((i = 0; i < timeout * 20; i++)); do
    alive "$pid" || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.05
  done
  return 1
}

# wait_for_line FILE REGEX TIMEOUT_SECONDS [PID]: poll FILE (every 10 ms) until
# a line matches REGEX; fails on timeout or when PID (if given) has exited.
wait_for_line() {
  local file="$1" re="$2" timeout="$3" pid="${4:-}" i
  for ((i = 0; i < timeout * 100; i++)); do
    grep -qE -- "$re" "$file" 2>/dev/null && return 0
    if [ -n "$pid" ] && ! alive "$pid"; then
      grep -qE -- "$re" "$file" 2>/dev/null && return 0
      return 1
    fi
    sleep 0.01
  done
  return 1
}

# start_go_target OUTFILE CMD...: start a WAIT_FOR_GO-style target (prints
# "ready <pid>", waits for a stdin line). Sets TARGET_PID and TARGET_FIFO.
start_go_target() {
  local out="$1"; shift
  TARGET_FIFO="$BENCH_TMP/go.$RANDOM$RANDOM"
  mkfifo "$TARGET_FIFO"
  WAIT_FOR_GO=1 "$@" <>"$TARGET_FIFO" >"$out" 2>&1 &
  TARGET_PID=$!
  track "$TARGET_PID" TERM
  wait_for_line "$out" '^ready [0-9]+' 10 "$TARGET_PID" || die "target $* did not print 'ready': $(cat "$out")"
  local said
  said="$(awk '/^ready/ {print $2; exit}' "$out")"
  [ "$said" = "$TARGET_PID" ] || die "target says pid $said, we started $TARGET_PID"
}

# send_line FIFO: one stdin line to a target started by start_go_target.
send_line() { echo go >"$1"; }

# Tracers. start_tracer KIND PID OUTPREFIX: starts tracer KIND on PID with its
# stdout/stderr in OUTPREFIX.out / OUTPREFIX.err, waits until its probes are
# live, and sets TRACER_PID. Kinds:
#   stackprof        node bin/run.js attach PID --json       (live: 'attached to pid' on stderr)
#   stackprof-tp     the same with --variant tracepoint
#   stackprof-nonodejs   the same with --no-nodejs (what the nodejs probe costs, by difference)
#   stackprof-syscalls   the syscall probe alone (every other probe left out)
#   bpftrace         the raw_syscalls count one-liner          (live: 'Attaching' and its perf link listed by bpftool)
#   syscount         syscount-bpfcc -p PID                     (live: 'Tracing syscalls')
#   perf-trace       perf trace -s -p PID                      (live: its perf_event fds open, + 1 s)
#   strace           strace -c -f -p PID                       (live: 'Process PID attached')
# stop_tracer: SIGINT, then wait for its summary/exit.
TRACER_TIMEOUT=60
start_tracer() {
  local kind="$1" pid="$2" pfx="$3"
  : >"$pfx.out"; : >"$pfx.err"
  case "$kind" in
    stackprof)
      "${STACKPROF[@]}" attach "$pid" --json >"$pfx.out" 2>"$pfx.err" &
      TRACER_PID=$!; track "$TRACER_PID"
      wait_for_line "$pfx.err" '^attached to pid' "$TRACER_TIMEOUT" "$TRACER_PID" \
        || die "stackprof did not print 'attached to pid' on stderr: $(tail -5 "$pfx.err")"
      ;;
    stackprof-tp|stackprof-nonodejs|stackprof-syscalls)
      local flags=()
      case "$kind" in
        stackprof-tp) flags=(--variant tracepoint) ;;
        stackprof-nonodejs) flags=(--no-nodejs) ;;
        stackprof-syscalls) flags=(--no-eventloop --no-sched --no-listeners --no-stacks --no-lkl --no-nodejs) ;;
      esac
      "${STACKPROF[@]}" attach "$pid" --json "${flags[@]}" >"$pfx.out" 2>"$pfx.err" &
      TRACER_PID=$!; track "$TRACER_PID"
      wait_for_line "$pfx.err" '^attached to pid' "$TRACER_TIMEOUT" "$TRACER_PID" \
        || die "stackprof ${flags[*]} did not print 'attached to pid': $(tail -5 "$pfx.err")"
      ;;
    bpftrace)
      env --default-signal=INT,TERM bpftrace -e "tracepoint:raw_syscalls:sys_enter /pid == $pid/ { @[args->id] = count(); }" \
        >"$pfx.out" 2>"$pfx.err" &
      TRACER_PID=$!; track "$TRACER_PID"
      wait_for_line "$pfx.out" '^Attaching' "$TRACER_TIMEOUT" "$TRACER_PID" \
        || die "bpftrace did not print 'Attaching': $(tail -5 "$pfx.err")"
      # bpftrace prints "Attaching N probes..." before it attaches; the
      # tracepoint is live once bpftool lists its perf-event link.
      local i
      for ((i = 0; i < TRACER_TIMEOUT * 20; i++)); do
        [[ "$(bpftool perf show 2>/dev/null)" == *"pid $TRACER_PID "* ]] && break
        alive "$TRACER_PID" || die "bpftrace exited: $(tail -5 "$pfx.err")"
        sleep 0.05
      done
      ;;
    syscount)
      env --default-signal=INT,TERM syscount-bpfcc -p "$pid" >"$pfx.out" 2>"$pfx.err" &
      TRACER_PID=$!; track "$TRACER_PID"
      wait_for_line "$pfx.out" '^Tracing syscalls' "$TRACER_TIMEOUT" "$TRACER_PID" \
        || die "syscount-bpfcc did not start: $(tail -3 "$pfx.err")"
      ;;
    perf-trace)
      env --default-signal=INT,TERM perf trace -s -p "$pid" >"$pfx.out" 2>"$pfx.err" &
      TRACER_PID=$!; track "$TRACER_PID"
      # perf trace says nothing when it is ready: wait for its perf_event fds
      # (one per event per thread), then give it a second to enable them.
      local i n
      for ((i = 0; i < TRACER_TIMEOUT * 20; i++)); do
        n="$(find "/proc/$TRACER_PID/fd" -lname 'anon_inode:*perf_event*' 2>/dev/null | wc -l)"
        [ "$n" -gt 0 ] && break
        alive "$TRACER_PID" || die "perf trace exited: $(tail -5 "$pfx.err")"
        sleep 0.05
      done
      sleep 1
      alive "$TRACER_PID" || die "perf trace exited: $(tail -5 "$pfx.err")"
      ;;
    strace)
      env --default-signal=INT,TERM strace -c -f -p "$pid" -o "$pfx.out" 2>"$pfx.err" &
      TRACER_PID=$!; track "$TRACER_PID"
      wait_for_line "$pfx.err" "Process $pid attached" "$TRACER_TIMEOUT" "$TRACER_PID" \
        || die "strace did not attach: $(tail -5 "$pfx.err")"
      ;;
    *) die "unknown tracer $kind" ;;
  esac
}

stop_tracer() { stop_pid "$1" INT 30; }

# cpu_ticks PID: utime+stime of the whole process (all threads), in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# foreign_snapshot FILE: "pid starttime ticks" for every user-space process
# that is neither this benchmark nor one of its descendants (kernel threads,
# i.e. children of kthreadd, excluded). foreign_ticks BEFORE AFTER: the CPU
# ticks those processes used in between (processes that started in between
# count fully; ones that ended in between are missed). This is how a window
# disturbed by someone else's work on the machine is detected.
foreign_snapshot() {
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v root="$$" '
    {
      n = split($0, parts, ") "); split(parts[n], f, " ")
      pid = $1; par[pid] = f[2]; tk[pid] = f[12] + f[13]; st[pid] = f[20]
    }
    END {
      for (p in par) {
        if (p == 2 || par[p] == 2) continue
        q = p; ours = 0
        for (d = 0; d < 64 && q > 1; d++) { if (q == root) { ours = 1; break }; q = par[q] }
        if (!ours) print p, st[p], tk[p]
      }
    }' >"$1"
}
foreign_ticks() {
  awk 'NR == FNR {b[$1 " " $2] = $3; next} {k = $1 " " $2; d += $3 - ((k in b) ? b[k] : 0)} END {print d + 0}' "$1" "$2"
}
# FOREIGN_MAX: a run/window is redone (up to RETRIES times) when foreign
# processes used more than this share of one CPU during it.
FOREIGN_MAX="${FOREIGN_MAX:-0.10}"
RETRIES="${RETRIES:-2}"

# bpf_snapshot FILE: what BPF programs are loaded and attached right now.
bpf_snapshot() {
  { echo "# bpftool prog show"; bpftool prog show 2>&1 || true
    echo "# bpftool perf show"; bpftool perf show 2>&1 || true
    echo "# bpftool link show"; bpftool link show 2>&1 || true; } >"$1"
}
bpf_prog_ids() { bpftool prog show 2>/dev/null | awk -F: '/^[0-9]+:/ {print $1}' | sort -n; }

# Programs loaded before the benchmark started are someone else's; record them
# (they add to every syscall if they sit on a syscall tracepoint).
BPF_PROGS_BEFORE="$(bpf_prog_ids | tr '\n' ' ')"
FOREIGN_BPF=""
if [ -n "${BPF_PROGS_BEFORE// /}" ]; then
  FOREIGN_BPF="$(bpftool perf show 2>/dev/null; bpftool link show 2>/dev/null | grep -E '^[0-9]+:' || true)"
  log "warning: BPF programs already loaded before this benchmark (ids: $BPF_PROGS_BEFORE) -- they may add cost to every syscall:"
  printf '%s\n' "$FOREIGN_BPF" | sed 's/^/    /' >&2
fi

bench_cleanup() {
  local rc=$? i
  trap - EXIT INT TERM
  # Stop in reverse start order: tracers before their targets.
  local pid sig
  for ((i = ${#BENCH_PIDS[@]} - 1; i >= 0; i--)); do
    pid="${BENCH_PIDS[i]%%:*}" sig="${BENCH_PIDS[i]##*:}"
    if alive "$pid"; then
      stop_pid "$pid" "$sig" 5
    else
      wait "$pid" 2>/dev/null || true
    fi
  done
  # Any BPF program loaded now that was not there before we started?
  local left=() id
  for id in $(bpf_prog_ids); do
    [[ " $BPF_PROGS_BEFORE " == *" $id "* ]] || left+=("$id")
  done
  if [ ${#left[@]} -gt 0 ]; then
    sleep 1 # programs are freed asynchronously after their last fd closes
    left=()
    for id in $(bpf_prog_ids); do
      [[ " $BPF_PROGS_BEFORE " == *" $id "* ]] || left+=("$id")
    done
  fi
  if [ ${#left[@]} -gt 0 ]; then
    log "warning: BPF programs loaded since the benchmark started are still there (ids: ${left[*]}); they may belong to another user of this machine:"
    bpftool prog show 2>&1 | sed 's/^/    /' >&2
  else
    log "cleanup: all processes stopped; no BPF program left behind (bpftool prog show: ${BPF_PROGS_BEFORE:-none} before, same after)"
  fi
  rm -rf "$BENCH_TMP"
  exit "$rc"
}
trap bench_cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM

# median: of the numbers on stdin (one per line).
median() { sort -g | awk '{a[NR] = $1} END {if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# machine_json: the machine the benchmark ran on, as one JSON object.
machine_json() {
  local model kernel
  model="$(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
  kernel="$(uname -r)"
  printf '{"nproc":%s,"kernel":"%s","cpu":"%s","hostname":"%s"}' "$(nproc)" "$kernel" "${model//\"/}" "$(hostname)"
}

# json_str STRING: a JSON string literal (via node, so any text is safe).
json_str() { node -e 'process.stdout.write(JSON.stringify(process.argv[1]))' -- "$1"; }
