"""value_increment_locked: two processes each increment one multiprocessing.Value 100,000 times under get_lock(), at
the same time; increments per second (higher is better). Timed from the start event until both done events are set.
Peer of benchmarks/Multiprocessing.Benchmarks/Cases/ValueIncrementLocked.cs.
"""

import time

import _harness

TIMES = 100_000
CHILDREN = 2


def increment(counter, go, ready, done, times):
    ready.set()
    go.wait()
    lock = counter.get_lock()
    for _ in range(times):
        with lock:
            counter.value += 1
    done.set()


def measure_once(ctx):
    counter = ctx.Value("i", 0)
    go = ctx.Event()
    ready = [ctx.Event() for _ in range(CHILDREN)]
    done = [ctx.Event() for _ in range(CHILDREN)]
    children = [ctx.Process(target=increment, args=(counter, go, ready[i], done[i], TIMES)) for i in range(CHILDREN)]
    for p in children:
        p.start()
    for e in ready:
        e.wait()
    start = time.perf_counter()
    go.set()
    for e in done:
        e.wait()
    elapsed = time.perf_counter() - start
    for p in children:
        p.join()
    if counter.value != CHILDREN * TIMES:
        raise RuntimeError(f"the counter reached {counter.value}, not {CHILDREN * TIMES}")
    return CHILDREN * TIMES / elapsed


if __name__ == "__main__":
    _harness.main("value_increment_locked", "ops/s", "higher", measure_once)
