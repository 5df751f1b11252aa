#!/usr/bin/env bash
# Two private network namespaces joined by a veth pair with NAPI enabled, so
# that real NAPI busy polling can be exercised in tests (loopback has no NAPI).
#
#   setup.sh        create (idempotent): netns sp-srv + sp-cli, veth
#                   sp-vs (in sp-srv, 10.77.0.1/24) <-> sp-vc (in sp-cli,
#                   10.77.0.2/24), GRO on + TSO off on both ends (=> veth
#                   delivers TCP through its NAPI, rx queue napi_id >= MIN_NAPI_ID).
#   setup.sh down   delete both namespaces (this also destroys the veth pair).
#   setup.sh status show what exists.
#
# The veth is created directly inside sp-srv and its peer moved into sp-cli,
# so no interface ever exists in the root namespace and traffic cannot leave
# the two namespaces.  Nothing global is changed here (busy_poll/busy_read
# sysctls are global: callers that change them must restore them).
#
# Overridable via env: SP_SRV_NS SP_CLI_NS SP_SRV_DEV SP_CLI_DEV SP_SRV_IP SP_CLI_IP
# SP_GRO (on|off, default on) SP_TSO (on|off, default off)
# SP_THREADED (0/1: write /sys/class/net/<dev>/threaded on the server end).
set -euo pipefail

SRV_NS=${SP_SRV_NS:-sp-srv}
CLI_NS=${SP_CLI_NS:-sp-cli}
SRV_DEV=${SP_SRV_DEV:-sp-vs}
CLI_DEV=${SP_CLI_DEV:-sp-vc}
SRV_IP=${SP_SRV_IP:-10.77.0.1}
CLI_IP=${SP_CLI_IP:-10.77.0.2}
PREFIX=24
# Negative-control knobs (defaults give a NAPI-backed veth): SP_GRO=off or
# SP_TSO=on make TCP bypass veth NAPI (per-CPU backlog, napi_id 0).
GRO=${SP_GRO:-on}
TSO=${SP_TSO:-off}

case "$SRV_NS$CLI_NS" in
  sp-*sp-*) ;;
  *) echo "namespace names must start with sp-" >&2; exit 2 ;;
esac

ns_exists() { ip netns list 2>/dev/null | awk '{print $1}' | grep -qx "$1"; }
in_srv() { ip netns exec "$SRV_NS" "$@"; }
in_cli() { ip netns exec "$CLI_NS" "$@"; }

down() {
  local ns
  for ns in "$SRV_NS" "$CLI_NS"; do
    if ns_exists "$ns"; then
      # kill anything still running inside the namespace we created
      local pids
      pids=$(ip netns pids "$ns" 2>/dev/null || true)
      if [ -n "$pids" ]; then kill $pids 2>/dev/null || true; sleep 0.2; fi
      ip netns del "$ns"
    fi
  done
}

up() {
  ns_exists "$SRV_NS" || ip netns add "$SRV_NS"
  ns_exists "$CLI_NS" || ip netns add "$CLI_NS"

  if ! in_srv ip link show "$SRV_DEV" >/dev/null 2>&1; then
    # a half-made pair may have left the peer in sp-cli
    in_cli ip link del "$CLI_DEV" >/dev/null 2>&1 || true
    in_srv ip link add "$SRV_DEV" type veth peer name "$CLI_DEV" netns "$CLI_NS"
  fi

  in_srv ip link set lo up
  in_cli ip link set lo up
  in_srv ip addr replace "$SRV_IP/$PREFIX" dev "$SRV_DEV"
  in_cli ip addr replace "$CLI_IP/$PREFIX" dev "$CLI_DEV"
  in_srv ip link set "$SRV_DEV" up
  in_cli ip link set "$CLI_DEV" up
  # GRO on => veth_napi_enable(): the rx queue gets a real NAPI instance.
  # TSO off on the *sending* end is also required: veth_xmit() only hands an
  # skb to NAPI when veth_skb_is_eligible_for_gro(), which for TCP (destructor
  # tcp_wfree, not sock_wfree) means !(tx_dev->features & NETIF_F_ALL_TSO).
  # With TSO on, TCP goes through __netif_rx() -> per-CPU backlog
  # ("(no_device)" napi, no napi_id on the socket, no busy polling).
  in_srv ethtool -K "$SRV_DEV" gro "$GRO" tso "$TSO" >/dev/null
  in_cli ethtool -K "$CLI_DEV" gro "$GRO" tso "$TSO" >/dev/null
  if [ -n "${SP_THREADED:-}" ]; then
    in_srv sh -c "echo $SP_THREADED > /sys/class/net/$SRV_DEV/threaded"
  fi
  # wait for the link to come up (veth carrier follows the peer)
  local i
  for i in $(seq 1 50); do
    if in_srv ip -o link show "$SRV_DEV" | grep -q 'LOWER_UP' &&
       in_cli ip -o link show "$CLI_DEV" | grep -q 'LOWER_UP'; then
      break
    fi
    sleep 0.1
  done
}

status() {
  ip netns list
  ns_exists "$SRV_NS" && in_srv ip -br addr
  ns_exists "$SRV_NS" && in_srv ethtool -k "$SRV_DEV" 2>/dev/null | grep -E '^(generic-receive-offload|tcp-segmentation-offload)' || true
  ns_exists "$SRV_NS" && in_srv cat "/sys/class/net/$SRV_DEV/threaded" 2>/dev/null || true
  ns_exists "$CLI_NS" && in_cli ip -br addr
  return 0
}

case "${1:-up}" in
  up|create) up ;;
  down|delete) down ;;
  status) status ;;
  *) echo "usage: $0 [up|down|status]" >&2; exit 2 ;;
esac
