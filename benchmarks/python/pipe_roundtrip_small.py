"""pipe_roundtrip_small: one round trip of an int between two processes over a multiprocessing.Pipe, in microseconds
(lower is better), the mean over 5,000 rounds. Starting the child and the first round trip are not timed.
Peer of benchmarks/Multiprocessing.Benchmarks/Cases/PipeRoundtripSmall.cs.
"""

import time

import _harness

ROUNDS = 5_000


def answer_plus_one(conn):
    # A None ends the loop: under fork the child also holds the parent's end, so it would never see end-of-file.
    while (value := conn.recv()) is not None:
        conn.send(value + 1)


def measure_once(ctx):
    parent_end, child_end = ctx.Pipe()
    p = ctx.Process(target=answer_plus_one, args=(child_end,))
    p.start()
    child_end.close()
    parent_end.send(0)
    value = parent_end.recv()
    start = time.perf_counter()
    for _ in range(ROUNDS):
        parent_end.send(value)
        value = parent_end.recv()
    elapsed = time.perf_counter() - start
    parent_end.send(None)
    p.join()
    parent_end.close()
    if p.exitcode != 0 or value != ROUNDS + 1:
        raise RuntimeError(f"the pipe child {p.pid} exited with {p.exitcode} after answering up to {value}")
    return elapsed * 1e6 / ROUNDS


if __name__ == "__main__":
    _harness.main("pipe_roundtrip_small", "us", "lower", measure_once)
