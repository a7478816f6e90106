"""socket_handoff: the seed's concurrent socket server, one new child per accepted connection; connections per second
(higher is better). Peer of benchmarks/Multiprocessing.Benchmarks/Cases/SocketHandoff.cs.

One repetition: CONNECTIONS connections from CLIENTS client threads of this process, each connecting to 127.0.0.1,
reading the child's greeting, sending one line and reading it back, then closing. The server thread accepts, starts
`Process(target=handle, args=(conn, addr))` and closes its copy, as in the seed. Timed from the first connect until the
last client has its echo; joining the children (each ends when its client closes) is checked afterwards, untimed.
"""

import socket
import threading
import time

import _harness

CONNECTIONS = 20
CLIENTS = 4


def handle(conn, addr):
    # The seed's handler, echoing until the client closes (as the .NET side does).
    conn.sendall(b"Hello World\n")
    while True:
        data = conn.recv(1024)
        if not data:
            break
        conn.sendall(data)
    conn.close()


def serve(ctx, listener, children):
    for _ in range(CONNECTIONS):
        conn, addr = listener.accept()
        p = ctx.Process(target=handle, args=(conn, addr))
        p.start()
        conn.close()
        children.append(p)


def converse(port, count, failures):
    for i in range(count):
        with socket.create_connection(("127.0.0.1", port)) as client:
            reader = client.makefile("rb")
            if not reader.readline().startswith(b"Hello World"):
                failures.append("no greeting")
            line = b"echo %d\n" % i
            client.sendall(line)
            if reader.readline() != line:
                failures.append("wrong echo")
            reader.close()


def measure_once(ctx):
    if ctx.get_start_method() == "fork":
        # A forked handler inherits the client threads' own sockets, so a client's close never reaches its handler
        # while another handler holds a copy: the run would hang. Run with --no-fork.
        raise SystemExit("socket_handoff: the fork start method deadlocks with in-process clients; run it with --no-fork")
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    port = listener.getsockname()[1]
    children, failures = [], []
    server = threading.Thread(target=serve, args=(ctx, listener, children))
    clients = [threading.Thread(target=converse, args=(port, CONNECTIONS // CLIENTS, failures)) for _ in range(CLIENTS)]
    server.start()
    start = time.perf_counter()
    for c in clients:
        c.start()
    for c in clients:
        c.join()
    elapsed = time.perf_counter() - start
    server.join()
    listener.close()
    for p in children:
        p.join()
        if p.exitcode != 0:
            raise RuntimeError(f"the handler {p.pid} exited with {p.exitcode}")
    if failures:
        raise RuntimeError(f"{len(failures)} conversations failed: {failures[0]}")
    return CONNECTIONS / elapsed


if __name__ == "__main__":
    _harness.main("socket_handoff", "conn/s", "higher", measure_once)
