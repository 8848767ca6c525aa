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

class TreeSampler:
    """Samples the summed RSS of a process and its descendants every 20 ms in a thread,
    until `stop()`; `peak_kib` is the highest sum seen."""

    def __init__(self, pid):
        import threading
        self.pid, self.peak_kib, self._done = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._done.is_set():
            self.peak_kib = max(self.peak_kib, sum(rss(p) for p in tree(self.pid)))
            self._done.wait(0.02)

    def stop(self):
        self._done.set()
        self._thread.join()
        return self.peak_kib


if __name__ == "__main__":
    proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t0 = time.time()
    sampler = TreeSampler(proc.pid)
    proc.wait()
    peak = sampler.stop()
    print(f"wall {time.time()-t0:.1f} s, peak RSS of the process tree {peak/1024:.0f} MiB, exit {proc.returncode}")
