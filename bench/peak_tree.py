#!/usr/bin/env python3
"""Runs a command and prints its wall time and the peak RSS of its whole process tree (RSS
summed over the process and every descendant, sampled every 20 ms from /proc).

    python3 bench/peak_tree.py .build/release/cchc build --content /tmp/gen-L --output /tmp/L
"""
import os
import subprocess
import sys
import time


def tree(pid):
    kids = {}
    for p in os.listdir('/proc'):
        if p.isdigit():
            try:
                ppid = int(open(f'/proc/{p}/stat').read().rsplit(')', 1)[1].split()[1]); kids.setdefault(ppid, []).append(int(p))
            except Exception: pass
    out, stack = [], [pid]
    while stack:
        q = stack.pop(); out.append(q); stack += kids.get(q, [])
    return out

def rss(p):
    try:
        for l in open(f'/proc/{p}/status'):
            if l.startswith('VmRSS:'): return int(l.split()[1])
    except Exception: pass
    return 0

proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
peak, t0 = 0, time.time()
while proc.poll() is None:
    peak = max(peak, sum(rss(p) for p in tree(proc.pid))); time.sleep(0.02)
print(f"wall {time.time()-t0:.1f} s, peak RSS of the process tree {peak/1024:.0f} MiB, exit {proc.returncode}")
