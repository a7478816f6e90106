"""shared_custom_call: 20,000 calls of Tally.add(1) on a class registered with a BaseManager; calls per second
(higher is better). Peer of benchmarks/Multiprocessing.Benchmarks/Cases/ManagerListAppend.cs (SharedCustomCall).
"""

import time
from multiprocessing.managers import BaseManager

import _harness

CALLS = 20_000


class Tally:
    def __init__(self):
        self.total = 0

    def add(self, amount):
        self.total += amount
        return self.total

    def get_total(self):
        return self.total


class TallyManager(BaseManager):
    pass


TallyManager.register("Tally", Tally)


def measure_once(ctx):
    with TallyManager(ctx=ctx) as manager:
        tally = manager.Tally()
        start = time.perf_counter()
        for _ in range(CALLS):
            tally.add(1)
        elapsed = time.perf_counter() - start
        if tally.get_total() != CALLS:
            raise RuntimeError(f"the tally reached {tally.get_total()}, not {CALLS}")
        return CALLS / elapsed


if __name__ == "__main__":
    _harness.main("shared_custom_call", "calls/s", "higher", measure_once)
