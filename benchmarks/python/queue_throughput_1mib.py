"""queue_throughput_1mib: a child puts 500 bytes objects of 1 MiB on a multiprocessing.Queue, the parent gets them;
MB/s (10^6 bytes, higher is better). The child's first (empty) item is got before the timing starts.
Peer of benchmarks/Multiprocessing.Benchmarks/Cases/QueueThroughput.cs.
"""

import time

import _harness

ITEMS = 500
SIZE = 1 << 20


def put_blobs(q, go, count, size):
    blob = bytes(size)
    q.put(b"")
    go.wait()
    for _ in range(count):
        q.put(blob)


def measure_once(ctx):
    q = ctx.Queue()
    go = ctx.Event()
    p = ctx.Process(target=put_blobs, args=(q, go, ITEMS, SIZE))
    p.start()
    q.get()
    start = time.perf_counter()
    go.set()
    whole = all(len(q.get()) == SIZE for _ in range(ITEMS))
    elapsed = time.perf_counter() - start
    p.join()
    if p.exitcode != 0 or not whole:
        raise RuntimeError(f"the producer exited with {p.exitcode}, items whole: {whole}")
    return ITEMS * SIZE / 1e6 / elapsed


if __name__ == "__main__":
    _harness.main("queue_throughput_1mib", "MB/s", "higher", measure_once)
