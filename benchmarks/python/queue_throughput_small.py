"""queue_throughput_small: a child puts 200,000 ints on a multiprocessing.Queue, the parent gets them; items per second
(higher is better). The child's first item is got before the timing starts, as in the .NET case.
Peer of benchmarks/Multiprocessing.Benchmarks/Cases/QueueThroughput.cs.
"""

import time

import _harness

ITEMS = 200_000


def put_ints(q, go, count):
    q.put(-1)
    go.wait()
    for i in range(count):
        q.put(i)


def measure_once(ctx):
    q = ctx.Queue()
    go = ctx.Event()
    p = ctx.Process(target=put_ints, args=(q, go, ITEMS))
    p.start()
    q.get()
    start = time.perf_counter()
    go.set()
    total = 0
    for _ in range(ITEMS):
        total += q.get()
    elapsed = time.perf_counter() - start
    p.join()
    if p.exitcode != 0 or total != ITEMS * (ITEMS - 1) // 2:
        raise RuntimeError(f"the producer exited with {p.exitcode}, total {total}")
    return ITEMS / elapsed


if __name__ == "__main__":
    _harness.main("queue_throughput_small", "items/s", "higher", measure_once)
