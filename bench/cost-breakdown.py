#!/usr/bin/env python3
"""Quick pinned comparison: getppid loop untraced vs under `stackprof attach`.

    sudo python3 bench/cost-breakdown.py [rounds=4] [extra stackprof flags...]

Runs from the repository root, after `bash scripts/setup.sh --bench`.
Each round runs the loop (10M calls, pinned to CPU 1) once untraced and once
traced, so the two sit side by side; prints medians and the ns added.
"""
import os
import statistics
import subprocess
import sys

LOOP = ['taskset', '-c', '1', 'bench/build/getppid_loop', '10000000']


def run(stackprof_flags):
    loop = subprocess.Popen(LOOP, env=dict(os.environ, WAIT_FOR_GO='1'),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    pid = int(loop.stdout.readline().split()[1])
    attach = None
    if stackprof_flags is not None:
        attach = subprocess.Popen(['node', 'bin/run.js', 'attach', str(pid), '--json', *stackprof_flags],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        attach.stderr.readline()  # "attached to pid ...": the probes are live
    loop.stdin.write('go\n')
    loop.stdin.flush()
    line = loop.stdout.readline().strip()
    if attach:
        attach.send_signal(2)
        attach.wait()
    loop.stdin.close()
    loop.wait()
    return float(line.split('ns_per_call=')[1])


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    flags = sys.argv[2:]
    untraced, traced = [], []
    for _ in range(rounds):
        untraced.append(run(None))
        traced.append(run(flags))
    u, t = statistics.median(untraced), statistics.median(traced)
    print(f'untraced  median {u:.1f} ns/call  {[round(x) for x in untraced]}')
    print(f'stackprof median {t:.1f} ns/call  {[round(x) for x in traced]}')
    print(f'added {t - u:.1f} ns/call')


if __name__ == '__main__':
    main()
