#!/usr/bin/env bash
# Sets up stackprof from a fresh Debian 12 checkout: the apt packages the BPF
# build needs, npm packages, the probes and loader (native/), the TypeScript,
# and tracefs. Every step is skipped when already done, so running it twice
# does no needless work.
#
#   bash scripts/setup.sh           what `stackprof` needs to run
#   bash scripts/setup.sh --test    plus what the tests need (their workloads, strace,
#                                   python3, iproute2 and ethtool for the veth test)
#   bash scripts/setup.sh --bench   plus the tracers the benchmarks compare against
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0 want_bench=0
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    --bench) want_test=1 want_bench=1 ;;
    *) echo "setup: unknown option $arg" >&2; exit 2 ;;
  esac
done

say() { printf 'setup: %s\n' "$*" >&2; }

# npm runs this script, so Node is there; it must be new enough for the
# test runner (--test-concurrency) and execa. Debian 12's own nodejs is 18.
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  say "Node.js $(node -v) is too old: stackprof needs Node.js 20 or later (with npm)"
  exit 1
fi

# libdw-dev and libstdc++6: the loader's symbolizer (libdwfl, __cxa_demangle).
packages=(clang llvm libbpf-dev bpftool libelf-dev libdw-dev zlib1g-dev protobuf-c-compiler libprotobuf-c-dev make gcc pkg-config libc6-dev linux-libc-dev libstdc++6)
# python3, iproute2 and ethtool: the veth/NAPI busy-poll test (test/workloads/netns/);
# tmux: the dashboard tests drive the live dashboard in a real terminal (test/integration/tmux.ts);
# g++: the C++ half of test/workloads/sym_target (the demangler test);
# chromium: the HTML flame graph and speedscope's importers run in it headless (test/integration/flamegraph-html.test.ts);
# dpdk-dev: dpdk-testpmd, the DPDK poll-mode process of test/integration/lkl.test.ts (null device, no NIC, no hugepages).
[ "$want_test" = 1 ] && packages+=(strace util-linux procps python3 iproute2 ethtool tmux g++ chromium dpdk-dev)
# time: GNU time, the peak RSS of the tracers in bench/symbolize.sh.
[ "$want_bench" = 1 ] && packages+=(bpftrace linux-perf strace wrk bpfcc-tools hyperfine time)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    say "missing Debian packages: ${missing[*]}"
    say "install them as root: sudo apt-get install -y ${missing[*]}  (or rerun this script with sudo)"
    exit 1
  fi
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci only when the lockfile changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

make -s -C native
[ "$want_test" = 1 ] && make -s -C test/workloads
[ "$want_bench" = 1 ] && make -s -C bench

# tsc --build skips the compile when nothing changed (tsBuildInfo in dist/).
npx --no-install tsc --build tsconfig.json
# oclif's command cache: without it every start imports every command.
node scripts/gen-oclif-manifest.mjs

# tp_btf needs no tracefs, but the fallback probe and the tests' tools do.
if [ "$(id -u)" = 0 ] && [ -d /sys/kernel/tracing ] && ! mountpoint -q /sys/kernel/tracing; then
  say "mounting tracefs at /sys/kernel/tracing"
  mount -t tracefs nodev /sys/kernel/tracing || say "could not mount tracefs (the tp_btf probe works without it)"
fi
