"""pool_cpu_speedup: the speed-up of Pool(cpu_count()).starmap over the same work in a serial loop: summing the
Collatz steps of every number below LIMIT, in 64 ranges, one chunk each (higher is better). Both are timed in the same
repetition, the serial loop first; starting the pool and warming its workers up are not. The limit is smaller than
the .NET case's (the same computation is much slower in CPython); the figure is a ratio of two times of the same
work. Peer of benchmarks/Multiprocessing.Benchmarks/Cases/PoolCpuSpeedup.cs.
"""

import os
import time

import _harness
from pool_map_small import start_warm

LIMIT = 60_000
RANGES = 64


def collatz_steps(start, end):
    steps = 0
    for n in range(max(start, 1), end):
        x = n
        while x != 1:
            x = x >> 1 if x & 1 == 0 else 3 * x + 1
            steps += 1
    return steps


def measure_once(ctx):
    ranges = [(LIMIT * i // RANGES, LIMIT * (i + 1) // RANGES) for i in range(RANGES)]
    start = time.perf_counter()
    serial_total = sum(collatz_steps(a, b) for a, b in ranges)
    serial = time.perf_counter() - start
    with start_warm(ctx, os.cpu_count()) as pool:
        start = time.perf_counter()
        pool_total = sum(pool.starmap(collatz_steps, ranges, chunksize=1))
        parallel = time.perf_counter() - start
    if pool_total != serial_total:
        raise RuntimeError("pool_cpu_speedup computed wrong results")
    return serial / parallel


if __name__ == "__main__":
    _harness.main("pool_cpu_speedup", "x", "higher", measure_once)
