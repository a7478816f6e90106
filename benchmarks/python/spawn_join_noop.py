"""spawn_join_noop: p.start(); p.join() of a process whose target does nothing, in milliseconds (lower is better).

Peer of benchmarks/Multiprocessing.Benchmarks/Cases/SpawnJoinNoop.cs. Only start() and join() are timed; creating
the Process object and close() are not, as on the .NET side.
"""

import time

import _harness


def noop():
    pass


def measure_once(ctx):
    p = ctx.Process(target=noop)
    start = time.perf_counter()
    p.start()
    p.join()
    elapsed = (time.perf_counter() - start) * 1000.0
    if p.exitcode != 0:
        raise RuntimeError(f"the no-op child {p.pid} exited with {p.exitcode}")
    p.close()
    return elapsed


if __name__ == "__main__":
    _harness.main("spawn_join_noop", "ms", "lower", measure_once)
