"""lock_uncontended: one acquire() + release() pair of an uncontended multiprocessing.Lock, in nanoseconds (lower is
better), the mean over 1,000,000 pairs. Peer of benchmarks/Multiprocessing.Benchmarks/Cases/LockUncontended.cs.
"""

import time

import _harness

PAIRS = 1_000_000


def measure_once(ctx):
    lock = ctx.Lock()
    acquire, release = lock.acquire, lock.release
    start = time.perf_counter()
    for _ in range(PAIRS):
        acquire()
        release()
    return (time.perf_counter() - start) * 1e9 / PAIRS


if __name__ == "__main__":
    _harness.main("lock_uncontended", "ns", "lower", measure_once)
