#!/usr/bin/env python3
"""Load and faults of `duty serve` on a store holding a year of a 60-person school.

Usage: serve_load.py [SECONDS] [CLIENTS]   (defaults 30 and 50)

1. Builds the store: twelve generated months of 60 people (generate.py, seed 1), each
   imported, solved (`duty roster --db`, 10 s limit) and published.
2. Read load: CLIENTS clients, each logged in, for SECONDS seconds on the read routes
   (a month's roster, a published version, the calendar link and feed, the OpenAPI
   document); reports requests, errors, p50 and p99.
3. A solve storm: 20 solves of one month at once: one 202, the rest 409, the server alive.
4. Two servers on one store: 200 leave records posted through both at once; afterwards the
   store's integrity check is "ok" and it holds exactly the records that were answered 201.
Prints Markdown. Needs the release build (`swift build -c release --product duty`).
"""
import concurrent.futures
import http.cookiejar
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DUTY = os.path.join(ROOT, ".build/release/duty")
MONTHS = [f"2025-{m:02d}" for m in range(1, 13)]


def run(*args, stdin=None):
    subprocess.run([DUTY, *args], check=True, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True)


def build_store(work):
    db = os.path.join(work, "office.db")
    for month in MONTHS:
        data = os.path.join(work, "data", month)
        subprocess.run([sys.executable, os.path.join(ROOT, "benchmarks/generate.py"), "60", "1", data, month], check=True,
                       stdout=subprocess.DEVNULL)
        run("import", "--data", data, "--db", db)
        out = os.path.join(work, "out", month)
        run("roster", "--db", db, "--month", month, "--out", out, "--time-limit", "10")
        run("publish", "--db", db, "--month", month, "--roster", os.path.join(out, "roster.csv"))
    run("user", "add", "--db", db, "--name", "boss", "--role", "admin", stdin="password-123\n")
    run("user", "add", "--db", db, "--name", "staff", "--role", "staff", "--staff", "s001", stdin="password-123\n")
    return db


def serve(db):
    process = subprocess.Popen([DUTY, "serve", "--db", db, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    address = next(word for word in line.split() if word.startswith("http://")).rstrip("/")
    return process, address


class Client:
    def __init__(self, base, name):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.call("POST", "/api/login", {"name": name, "password": "password-123"})

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method, headers={"Content-Type": "application/json"})
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()


def read_load(base, seconds, clients):
    latencies, errors, lock = [], [], threading.Lock()
    link = json.loads(Client(base, "boss").call("GET", "/api/staff/s001/calendar")[1])["url"]
    # Logged in before the clock starts: a login's bcrypt is slow by design and not a read.
    sessions = [Client(base, "boss" if index % 2 else "staff") for index in range(clients)]
    deadline = time.monotonic() + seconds

    def worker(index):
        client = sessions[index]
        rng = random.Random(index)
        while time.monotonic() < deadline:
            month = rng.choice(MONTHS)
            path = rng.choice([f"/api/months/{month}/roster", f"/api/months/{month}/roster?version=1", link, "/api/openapi.yaml"])
            start = time.monotonic()
            status, _ = client.call("GET", path)
            elapsed = time.monotonic() - start
            with lock:
                latencies.append(elapsed)
                if status != 200:
                    errors.append((path, status))

    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        list(pool.map(worker, range(clients)))
    latencies.sort()
    return len(latencies), errors, latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.99)]


def storm(base):
    clients = [Client(base, "boss") for _ in range(20)]
    with concurrent.futures.ThreadPoolExecutor(20) as pool:
        statuses = list(pool.map(lambda c: c.call("POST", "/api/months/2025-06/solve", {"time_limit": 5})[0], clients))
    alive = Client(base, "boss").call("GET", "/api/openapi.yaml")[0] == 200
    return statuses.count(202), statuses.count(409), len(statuses) - statuses.count(202) - statuses.count(409), alive


def two_servers(db, first):
    second, second_base = serve(db)
    try:
        bases = [first, second_base]
        def post(index):
            client = Client(bases[index % 2], "boss")
            day = index % 28 + 1
            return client.call("POST", "/api/leave", {"staff": f"s{index % 60 + 1:03d}", "from": f"2025-12-{day:02d}", "to": f"2025-12-{day:02d}",
                                                      "reason": f"load {index}"})[0]
        with concurrent.futures.ThreadPoolExecutor(20) as pool:
            statuses = list(pool.map(post, range(200)))
    finally:
        second.terminate()
        second.wait()
    with sqlite3.connect(db) as connection:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        stored = connection.execute("SELECT COUNT(*) FROM leave WHERE reason LIKE 'load %'").fetchone()[0]
    return statuses.count(201), stored, integrity


def main():
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    clients = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    with tempfile.TemporaryDirectory() as work:
        db = build_store(work)
        server, base = serve(db)
        try:
            requests, errors, p50, p99 = read_load(base, seconds, clients)
            accepted, conflicts, other, alive = storm(base)
            created, stored, integrity = two_servers(db, base)
        finally:
            server.terminate()
            server.wait()
    print(f"| measure ({clients} clients, {seconds} s) | result |")
    print("| --- | --- |")
    print(f"| read requests | {requests} ({requests / seconds:.0f}/s), {len(errors)} errors |")
    print(f"| latency p50 / p99 | {p50 * 1000:.1f} ms / {p99 * 1000:.1f} ms |")
    print(f"| 20 solves of one month at once | {accepted} × 202, {conflicts} × 409, {other} other; server {'alive' if alive else 'DOWN'} |")
    print(f"| two servers, 200 leave records | {created} × 201, {stored} stored, integrity {integrity} |")


if __name__ == "__main__":
    main()
