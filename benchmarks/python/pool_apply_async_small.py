"""pool_apply_async_small: 10,000 apply_async calls of x -> x * x on Pool(2), then get() of each; tasks per second
(higher is better), from the first submission until the last result is got. Starting the pool is not timed, as in
the .NET case. Peer of benchmarks/Multiprocessing.Benchmarks/Cases/PoolThroughput.cs.
"""

import time

import _harness
from pool_map_small import square, start_warm

TASKS = 10_000


def measure_once(ctx):
    with start_warm(ctx) as pool:
        start = time.perf_counter()
        results = [pool.apply_async(square, (i,)) for i in range(TASKS)]
        total = sum(r.get() for r in results)
        elapsed = time.perf_counter() - start
    if total != sum(i * i for i in range(TASKS)):
        raise RuntimeError("pool_apply_async_small computed wrong results")
    return TASKS / elapsed


if __name__ == "__main__":
    _harness.main("pool_apply_async_small", "tasks/s", "higher", measure_once)
