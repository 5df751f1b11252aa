#!/usr/bin/env bash
# Run every busy-poll combination REPS times (default 3) and print the digests.
# Creates the namespaces via setup.sh and removes them (and restores sysctls,
# via run_combo.sh's trap) at the end, also on failure.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPS=${REPS:-3}
N=${N:-2000}
export OUT=${OUT:-/tmp/sp-netns-results}
# Pin server and client to different CPUs (see run_combo.sh); set to "" to not pin.
export SRV_CPU=${SRV_CPU-0} CLI_CPU=${CLI_CPU-1}
trap '"$HERE/setup.sh" down' EXIT INT TERM
"$HERE/setup.sh" up
"$HERE/setup.sh" status | grep -E 'offload|^[01]$' | tr '\n' ' '; echo
S="--max-requests $N"; C="--requests $N"
combos=(
  "baseline||--mode recv $S|$C"
  "recv_so_busy_poll50||--mode recv --so-busy-poll 50 $S|$C"
  "recv_so_busy_poll50_prefer_budget16||--mode recv --so-busy-poll 50 --so-prefer-busy-poll --so-busy-poll-budget 16 $S|$C"
  "recv_busy_read50|busy_read=50|--mode recv $S|$C"
  "epoll_busy_poll50|busy_poll=50|--mode epoll $S|$C"
  "epoll_params50_8_0||--mode epoll --epoll-params 50,8,0 $S|$C"
  "epoll_params50_16_1||--mode epoll --epoll-params 50,16,1 $S|$C"
  "epoll_so_busy_poll50_only||--mode epoll --so-busy-poll 50 $S|$C"
  "recv_so_busy_poll50_gap1ms||--mode recv --so-busy-poll 50 --max-requests 500|--requests 500 --gap-us 1000"
  "epoll_params50_8_0_gap1ms||--mode epoll --epoll-params 50,8,0 --max-requests 500|--requests 500 --gap-us 1000"
)
for c in "${combos[@]}"; do
  IFS='|' read -r name sys srv cli <<<"$c"
  for r in $(seq 1 "$REPS"); do
    "$HERE/run_combo.sh" "$name.$r" "$sys" "$srv" "$cli" | grep '^DIGEST'
  done
done
echo "sysctls after: $(sysctl -n net.core.busy_read) $(sysctl -n net.core.busy_poll)"
