"""queue_mpmc_small: two producer processes put 100,000 ints each on one multiprocessing.Queue while two consumer
processes get 100,000 each; items per second (higher is better), from the start event until both consumers are done.
Peer of benchmarks/Multiprocessing.Benchmarks/Cases/QueueMpmcSmall.cs.
"""

import time

import _harness

PER_PROCESS = 100_000


def produce(q, go, ready, count):
    ready.set()
    go.wait()
    for i in range(count):
        q.put(i)


def consume(q, go, ready, done, count):
    ready.set()
    go.wait()
    for _ in range(count):
        q.get()
    done.set()


def measure_once(ctx):
    q = ctx.Queue()
    go = ctx.Event()
    ready = [ctx.Event() for _ in range(4)]
    done = [ctx.Event() for _ in range(2)]
    processes = [ctx.Process(target=produce, args=(q, go, ready[i], PER_PROCESS)) for i in range(2)]
    processes += [ctx.Process(target=consume, args=(q, go, ready[2 + i], done[i], PER_PROCESS)) for i in range(2)]
    for p in processes:
        p.start()
    for e in ready:
        e.wait()
    start = time.perf_counter()
    go.set()
    for e in done:
        e.wait()
    elapsed = time.perf_counter() - start
    for p in processes:
        p.join()
        if p.exitcode != 0:
            raise RuntimeError(f"process {p.pid} exited with {p.exitcode}")
    return 2 * PER_PROCESS / elapsed


if __name__ == "__main__":
    _harness.main("queue_mpmc_small", "items/s", "higher", measure_once)
