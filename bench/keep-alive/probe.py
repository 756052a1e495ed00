#!/usr/bin/env python3
"""Keep-alive latency probe (not a test): CONNECTIONS threads, each sending REQUESTS requests one
after another over its own keep-alive connection, timing each from send to the end of its answer.
Prints the statuses, wall time, p50, p99 and max. A stall shows as a max far above the p99 and a
wall time far above requests x p50. Loopback only.

  bench/keep-alive/probe.py PORT PATH [--token T] [--method GET] [--body JSON] [--connections 4] [--requests 100]

e.g. bench/keep-alive/probe.py 8081 /q/health/live --connections 4 --requests 150
"""
import argparse
import socket
import threading
import time


def request_bytes(args):
    head = f"{args.method} {args.path} HTTP/1.1\r\nHost: 127.0.0.1:{args.port}\r\n"
    if args.token:
        head += f"Authorization: Bearer {args.token}\r\n"
    body = args.body.encode() if args.body else b""
    if body:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return (head + "\r\n").encode() + body


def read_answer(sock):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise EOFError("connection closed")
        data += chunk
    head, rest = data.split(b"\r\n\r\n", 1)
    lines = head.split(b"\r\n")
    headers = {k.strip().lower(): v.strip() for k, v in (line.split(b":", 1) for line in lines[1:])}
    if headers.get(b"transfer-encoding") == b"chunked":
        while not rest.endswith(b"0\r\n\r\n"):
            chunk = sock.recv(65536)
            if not chunk:
                raise EOFError("connection closed")
            rest += chunk
    else:
        length = int(headers.get(b"content-length", b"0"))
        while len(rest) < length:
            rest += sock.recv(65536)
    return lines[0].split(b" ")[1].decode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("path")
    parser.add_argument("--token")
    parser.add_argument("--method", default="GET")
    parser.add_argument("--body")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--timeout", type=float, default=10)
    args = parser.parse_args()
    payload = request_bytes(args)
    latencies, statuses, lock = [], {}, threading.Lock()

    def connect():
        sock = socket.create_connection(("127.0.0.1", args.port))
        sock.settimeout(args.timeout)
        return sock

    def client():
        sock = connect()
        for _ in range(args.requests):
            started = time.monotonic()
            try:
                sock.sendall(payload)
                status = read_answer(sock)
            except Exception as e:  # a timeout or a closed connection is counted, then a new connection
                status = type(e).__name__
                sock.close()
                sock = connect()
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                latencies.append(time.monotonic() - started)
        sock.close()

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(args.connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - started
    latencies.sort()
    ms = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
    print(f"{args.method} {args.path} x {args.connections} connections x {args.requests}: {statuses}, "
          f"wall {wall:.2f} s, p50 {ms(0.5):.1f} ms, p99 {ms(0.99):.1f} ms, max {latencies[-1] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
