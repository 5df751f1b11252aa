#!/usr/bin/env bash
# Run one busy-poll combination and collect evidence.
#
#   run_combo.sh NAME "SYSCTLS" "SERVER ARGS" ["CLIENT ARGS"]
#
#   SYSCTLS      e.g. "busy_read=50 busy_poll=0" (net.core.*; old values are
#                restored on exit, also on failure) or "" for none
#   SERVER ARGS  passed to busy_server.py
#   CLIENT ARGS  passed to pingpong_client.py
#
# Evidence (written to $OUT/NAME.*, summary on stdout):
#   (a) napi:napi_poll events by (comm, tid, budget, dev, work>0) via bpftrace
#   (b) TcpExt BusyPollRxPackets delta in sp-srv
#   (c) SO_INCOMING_NAPI_ID of the accepted socket (from the server's JSON)
# Requires the namespaces from setup.sh (created if missing, not removed).
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
NAME=$1; SYSCTLS=${2:-}; SRV_ARGS=${3:-}; CLI_ARGS=${4:-}
OUT=${OUT:-/tmp/sp-netns-results}
mkdir -p "$OUT"
PY=${PY:-python3}
# Optional CPU pinning (SRV_CPU=0 CLI_CPU=1): with server and client on the
# same CPU the busy poll loop yields on need_resched() before the client can
# send, so packets arrive via softirq instead (BusyPollRxPackets stays ~0).
SRV_PIN=${SRV_CPU:+taskset -c $SRV_CPU}
CLI_PIN=${CLI_CPU:+taskset -c $CLI_CPU}

declare -A OLD
BPF_PID=""; SRV_PID=""
cleanup() {
  [ -n "$SRV_PID" ] && kill "$SRV_PID" 2>/dev/null
  [ -n "$BPF_PID" ] && kill -INT "$BPF_PID" 2>/dev/null && wait "$BPF_PID" 2>/dev/null
  for k in "${!OLD[@]}"; do sysctl -q -w "net.core.$k=${OLD[$k]}" >/dev/null; done
}
trap cleanup EXIT INT TERM

"$HERE/setup.sh" up

busy_rx() {
  ip netns exec sp-srv awk '/^TcpExt:/ { if (!h) { for (i=1;i<=NF;i++) n[i]=$i; h=1 } else { for (i=1;i<=NF;i++) if (n[i]=="BusyPollRxPackets") print $i } }' /proc/net/netstat
}

for kv in $SYSCTLS; do
  k=${kv%%=*}; v=${kv#*=}
  OLD[$k]=$(sysctl -n "net.core.$k")
  sysctl -q -w "net.core.$k=$v"
done

# (a) napi_poll tracer; printed at SIGINT
bpftrace -e 'tracepoint:napi:napi_poll {
  @ev[comm, tid, args->budget, str(args->dev_name), args->work > 0 ? 1 : 0] = count();
  @work[comm, tid, args->budget] = sum(args->work);
}' >"$OUT/$NAME.bpf" 2>"$OUT/$NAME.bpf.err" &
BPF_PID=$!
for i in $(seq 1 100); do grep -q 'Attaching' "$OUT/$NAME.bpf" 2>/dev/null && break; sleep 0.1; done
sleep 0.5

rx0=$(busy_rx)
# shellcheck disable=SC2086
ip netns exec sp-srv $SRV_PIN "$PY" "$HERE/busy_server.py" $SRV_ARGS >"$OUT/$NAME.srv" 2>&1 &
SRV_PID=$!
for i in $(seq 1 50); do grep -q '"ready"' "$OUT/$NAME.srv" 2>/dev/null && break; sleep 0.1; done
# shellcheck disable=SC2086
timeout 30 ip netns exec sp-cli $CLI_PIN "$PY" "$HERE/pingpong_client.py" $CLI_ARGS >"$OUT/$NAME.cli" 2>&1
wait "$SRV_PID"; SRV_PID=""
rx1=$(busy_rx)
sleep 0.3
kill -INT "$BPF_PID"; wait "$BPF_PID"; BPF_PID=""

srv_tid=$(sed -n 's/.*"ready".*"tid": \([0-9]*\).*/\1/p' "$OUT/$NAME.srv")
{
echo "=== $NAME  pin=[${SRV_CPU:-}/${CLI_CPU:-}] sysctls=[$SYSCTLS] server=[$SRV_ARGS] client=[$CLI_ARGS]"
echo "server: $(grep '"done"' "$OUT/$NAME.srv")"
echo "client: $(cat "$OUT/$NAME.cli")"
echo "(b) BusyPollRxPackets delta: $((rx1 - rx0))"
echo "(a) napi_poll events [comm, tid, budget, dev, work>0]: count  (server tid=$srv_tid)"
grep -E '^@(ev|work)' "$OUT/$NAME.bpf" | sed 's/^/    /'
# one-line digest: napi_poll events in the server thread, by budget
awk -v t="$srv_tid" -v name="$NAME" -v rx="$((rx1 - rx0))" -v napi="$(sed -n 's/.*"napi_id_end": \([0-9]*\).*/\1/p' "$OUT/$NAME.srv")" '
  /^@ev\[/ { sub(/^@ev\[/, ""); gsub(/[]:,]/, " "); n=split($0, f, " ");
             if (f[2] == t) { k=f[3] "/" f[4] "/" (f[n-1] ? "w>0" : "w=0"); c[k]+=f[n] } }
  END { printf "DIGEST %s napi_id=%s busy_rx=%s srv_tid=%s", name, napi, rx, t;
        for (k in c) printf " b%s=%d", k, c[k]; printf "\n" }' "$OUT/$NAME.bpf"
} | tee "$OUT/$NAME.summary"
