#!/usr/bin/env python3
"""Bounded TCP ping-pong client for busy_server.py.  Run inside sp-cli.

Sends --requests messages of --msg-size bytes, waiting for each echo, with an
optional --gap-us pause between requests; stops after the count, on error, or
after --duration seconds, whichever comes first.  Prints one JSON line.
"""
import argparse
import json
import socket
import sys
import time


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--addr", default="10.77.0.1")
    p.add_argument("--port", type=int, default=7777)
    p.add_argument("--requests", type=int, default=2000)
    p.add_argument("--msg-size", type=int, default=64)
    p.add_argument("--gap-us", type=int, default=0)
    p.add_argument("--duration", type=float, default=15.0)
    p.add_argument("--connect-wait", type=float, default=5.0)
    a = p.parse_args()

    deadline = time.monotonic() + a.duration
    s = None
    while time.monotonic() < deadline:
        try:
            s = socket.create_connection((a.addr, a.port), timeout=1.0)
            break
        except OSError:
            if time.monotonic() > deadline or a.connect_wait <= 0:
                raise
            time.sleep(0.05)
    if s is None:
        print(json.dumps({"event": "client", "error": "connect failed"}))
        return 1
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    s.settimeout(2.0)
    msg = b"x" * a.msg_size
    done = 0
    lat = []
    err = None
    try:
        for _ in range(a.requests):
            if time.monotonic() > deadline:
                break
            t = time.perf_counter()
            s.sendall(msg)
            got = 0
            while got < a.msg_size:
                c = s.recv(a.msg_size - got)
                if not c:
                    raise ConnectionError("server closed")
                got += len(c)
            lat.append(time.perf_counter() - t)
            done += 1
            if a.gap_us:
                time.sleep(a.gap_us / 1e6)
    except (OSError, ConnectionError) as e:
        err = str(e)
    s.close()
    lat.sort()
    out = {"event": "client", "done": done, "error": err}
    if lat:
        out["p50_us"] = round(lat[len(lat) // 2] * 1e6, 1)
        out["p99_us"] = round(lat[int(len(lat) * 0.99)] * 1e6, 1)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
