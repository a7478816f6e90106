"""manager_list_append: a child process appends 20,000 times to a manager.list(); calls per second (higher is
better), timed inside the child. Peer of benchmarks/Multiprocessing.Benchmarks/Cases/ManagerListAppend.cs.
"""

import time

import _harness

APPENDS = 20_000


def append_many(lst, appends, result):
    lst.append(-1)
    lst.pop(0)
    start = time.perf_counter()
    for i in range(appends):
        lst.append(i)
    result.put(appends / (time.perf_counter() - start))


def measure_once(ctx):
    with ctx.Manager() as manager:
        lst = manager.list()
        result = ctx.Queue()
        p = ctx.Process(target=append_many, args=(lst, APPENDS, result))
        p.start()
        rate = result.get()
        p.join()
        if len(lst) != APPENDS:
            raise RuntimeError(f"the list has {len(lst)} items, not {APPENDS}")
        return rate


if __name__ == "__main__":
    _harness.main("manager_list_append", "calls/s", "higher", measure_once)
