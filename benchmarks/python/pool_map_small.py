"""pool_map_small: Pool(2).map of x -> x * x over 1,000,000 ints, default chunksize; items per second (higher is
better). Starting the pool and one small warm-up map (which waits for both workers to be up) are not timed, as in
the .NET case. Peer of benchmarks/Multiprocessing.Benchmarks/Cases/PoolThroughput.cs.
"""

import time

import _harness

ITEMS = 1_000_000
WORKERS = 2


def square(x):
    return x * x


def start_warm(ctx, workers=WORKERS):
    pool = ctx.Pool(workers)
    pool.map(square, range(workers), chunksize=1)
    return pool


def measure_once(ctx):
    items = list(range(ITEMS))
    with start_warm(ctx) as pool:
        start = time.perf_counter()
        squares = pool.map(square, items)
        elapsed = time.perf_counter() - start
    if len(squares) != ITEMS or squares[-1] != (ITEMS - 1) ** 2 or squares[12_345] != 12_345 ** 2:
        raise RuntimeError("pool_map_small computed wrong results")
    return ITEMS / elapsed


if __name__ == "__main__":
    _harness.main("pool_map_small", "items/s", "higher", measure_once)
