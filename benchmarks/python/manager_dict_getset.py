"""manager_dict_getset: 10,000 set + get pairs on one key of a manager.dict(); calls per second (higher is better).
Peer of benchmarks/Multiprocessing.Benchmarks/Cases/ManagerListAppend.cs (ManagerDictGetSet).
"""

import time

import _harness

PAIRS = 10_000


def measure_once(ctx):
    with ctx.Manager() as manager:
        d = manager.dict()
        total = 0
        start = time.perf_counter()
        for i in range(PAIRS):
            d["key"] = i
            total += d["key"]
        elapsed = time.perf_counter() - start
        if total != PAIRS * (PAIRS - 1) // 2:
            raise RuntimeError("the dictionary returned other values than were set")
        return 2 * PAIRS / elapsed


if __name__ == "__main__":
    _harness.main("manager_dict_getset", "calls/s", "higher", measure_once)
