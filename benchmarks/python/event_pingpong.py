"""event_pingpong: one round trip between two processes over two multiprocessing.Events, in microseconds (lower is
better), the mean over 2,000 rounds. Starting the child and the first round trip are not timed.
Peer of benchmarks/Multiprocessing.Benchmarks/Cases/EventPingpong.cs.
"""

import time

import _harness

ROUNDS = 2_000


def answer(ping, pong, rounds):
    for _ in range(rounds):
        ping.wait()
        ping.clear()
        pong.set()


def round_trip(ping, pong):
    ping.set()
    pong.wait()
    pong.clear()


def measure_once(ctx):
    ping, pong = ctx.Event(), ctx.Event()
    p = ctx.Process(target=answer, args=(ping, pong, ROUNDS + 1))
    p.start()
    round_trip(ping, pong)
    start = time.perf_counter()
    for _ in range(ROUNDS):
        round_trip(ping, pong)
    elapsed = time.perf_counter() - start
    p.join()
    if p.exitcode != 0:
        raise RuntimeError(f"the ping-pong child {p.pid} exited with {p.exitcode}")
    return elapsed * 1e6 / ROUNDS


if __name__ == "__main__":
    _harness.main("event_pingpong", "us", "lower", measure_once)
