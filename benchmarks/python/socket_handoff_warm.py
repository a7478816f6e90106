"""socket_handoff_warm: the seed's socket server of socket_handoff.py on the forkserver start method, Python's way of
starting children ahead (each child is forked from a server process that has already imported this script);
connections per second (higher is better). Peer of SocketHandoffWarm in
benchmarks/Multiprocessing.Benchmarks/Cases/SocketHandoff.cs, which keeps four children warm.
The start method given on the command line is ignored: this case is about forkserver.
"""

import multiprocessing

import _harness
import socket_handoff


def measure_once(ctx):
    return socket_handoff.measure_once(multiprocessing.get_context("forkserver"))


if __name__ == "__main__":
    _harness.main("socket_handoff_warm", "conn/s", "higher", measure_once)
