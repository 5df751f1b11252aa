#!/usr/bin/env python3
"""TCP ping-pong echo server that asks the kernel for NAPI busy polling.

Run inside the sp-srv namespace (see setup.sh).  Modes:
  recv   blocking recv() on the accepted socket (busy polls in tcp_recvmsg
         when sk->sk_ll_usec != 0, i.e. SO_BUSY_POLL or net.core.busy_read)
  epoll  epoll_wait() with a non-zero timeout on the accepted socket (busy
         polls in ep_poll when net.core.busy_poll != 0 or EPIOCSPARAMS set)

Knobs:
  --so-busy-poll USECS      setsockopt(SOL_SOCKET, SO_BUSY_POLL=46) on the
                            listening and accepted sockets
  --so-prefer-busy-poll     setsockopt(SOL_SOCKET, SO_PREFER_BUSY_POLL=69, 1)
  --so-busy-poll-budget N   setsockopt(SOL_SOCKET, SO_BUSY_POLL_BUDGET=70, N)
  --epoll-params U,B,P      ioctl(epfd, EPIOCSPARAMS, {U usecs, B budget, P prefer})

Prints one JSON line at start ({"event":"ready","tid":...}) and one at the end
with the accepted socket's SO_INCOMING_NAPI_ID (56) and counts.  Stops by
itself after --max-requests requests, when the peer closes, or after
--duration seconds.
"""
import argparse
import fcntl
import json
import os
import select
import socket
import struct
import sys
import threading
import time

SO_BUSY_POLL = 46
SO_INCOMING_NAPI_ID = 56
SO_PREFER_BUSY_POLL = 69
SO_BUSY_POLL_BUDGET = 70
EPIOCSPARAMS = 0x40088A01
EPIOCGPARAMS = 0x80088A02


def emit(**kw):
    print(json.dumps(kw), flush=True)


def napi_id(sock):
    try:
        return sock.getsockopt(socket.SOL_SOCKET, SO_INCOMING_NAPI_ID)
    except OSError as e:
        return "err:%s" % e.strerror


def apply_sock_opts(sock, a):
    if a.so_busy_poll is not None:
        sock.setsockopt(socket.SOL_SOCKET, SO_BUSY_POLL, a.so_busy_poll)
    if a.so_prefer_busy_poll:
        sock.setsockopt(socket.SOL_SOCKET, SO_PREFER_BUSY_POLL, 1)
    if a.so_busy_poll_budget is not None:
        sock.setsockopt(socket.SOL_SOCKET, SO_BUSY_POLL_BUDGET, a.so_busy_poll_budget)


def recv_exact(conn, n, deadline, ep=None, timeout_ms=1000):
    buf = b""
    while len(buf) < n:
        if time.monotonic() > deadline:
            return None
        if ep is not None:
            evs = ep.poll(timeout_ms / 1000.0, 1)
            if not evs:
                continue
            chunk = conn.recv(n - len(buf), socket.MSG_DONTWAIT)
        else:
            chunk = conn.recv(n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return buf


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--addr", default="10.77.0.1")
    p.add_argument("--port", type=int, default=7777)
    p.add_argument("--mode", choices=["recv", "epoll"], default="recv")
    p.add_argument("--so-busy-poll", type=int, default=None)
    p.add_argument("--so-prefer-busy-poll", action="store_true")
    p.add_argument("--so-busy-poll-budget", type=int, default=None)
    p.add_argument("--epoll-params", default=None, help="usecs,budget,prefer")
    p.add_argument("--epoll-timeout-ms", type=int, default=1000)
    p.add_argument("--msg-size", type=int, default=64)
    p.add_argument("--max-requests", type=int, default=2000)
    p.add_argument("--duration", type=float, default=20.0)
    p.add_argument("--linger-s", type=float, default=0.0,
                   help="keep the sockets open this long after serving, so a profiler can still list them")
    a = p.parse_args()

    deadline = time.monotonic() + a.duration
    ls = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    apply_sock_opts(ls, a)
    ls.bind((a.addr, a.port))
    ls.listen(8)
    ls.settimeout(max(0.1, a.duration))
    emit(event="ready", pid=os.getpid(), tid=threading.get_native_id(),
         mode=a.mode)

    try:
        conn, peer = ls.accept()
    except socket.timeout:
        emit(event="done", error="no client")
        return 1
    conn.settimeout(None)
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    apply_sock_opts(conn, a)
    sk_ll = conn.getsockopt(socket.SOL_SOCKET, SO_BUSY_POLL)
    napi_at_accept = napi_id(conn)

    ep = None
    ep_params = None
    if a.mode == "epoll":
        ep = select.epoll()
        if a.epoll_params:
            u, b, pr = (int(x) for x in a.epoll_params.split(","))
            fcntl.ioctl(ep.fileno(), EPIOCSPARAMS, struct.pack("IHBB", u, b, pr, 0))
            got = bytearray(8)
            fcntl.ioctl(ep.fileno(), EPIOCGPARAMS, got)
            ep_params = list(struct.unpack("IHBB", bytes(got))[:3])
        ep.register(conn.fileno(), select.EPOLLIN)
        conn.setblocking(False)

    served = 0
    t0 = time.monotonic()
    while served < a.max_requests:
        req = recv_exact(conn, a.msg_size, deadline, ep, a.epoll_timeout_ms)
        if req is None:
            break
        if ep is not None:
            conn.setblocking(True)
            conn.sendall(req)
            conn.setblocking(False)
        else:
            conn.sendall(req)
        served += 1
    elapsed = time.monotonic() - t0

    emit(event="done", tid=threading.get_native_id(), served=served,
         elapsed_s=round(elapsed, 3), sk_ll_usec=sk_ll,
         napi_id_at_accept=napi_at_accept, napi_id_end=napi_id(conn),
         epoll_params=ep_params)
    if a.linger_s > 0:
        time.sleep(a.linger_s)
    conn.close()
    ls.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
