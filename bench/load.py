"""Load and fault benchmark: a mix of public and member pages, 64 connections, 60 seconds.

Starts its own PostgreSQL (initdb into a temporary folder, own port), migrates, loads the
reference and demo data, serves Kansrijk with gunicorn on loopback and drives it with 64
concurrent keep-alive connections (threads). A quarter of the connections log in as the
demo lead and visit member pages. With ``--fault``, the database is killed for a few
seconds halfway through: answers during the outage must be 503, never 500, and the site
must recover by itself. Reports requests, errors, median and p99, and exits non-zero on
any error (a status other than 200, or 503 outside a fault).

    .venv/bin/python bench/load.py                 # 64 connections, 60 s
    .venv/bin/python bench/load.py --fault         # with a database outage halfway
    .venv/bin/python bench/load.py --connections 8 --seconds 5   # a quick try

Traffic goes only to 127.0.0.1; every loop is bounded in time.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess  # nosec B404
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
sys.path.insert(0, str(SRC))

from kansrijk.ui.testing.postgres import free_port, temporary_postgres  # noqa: E402

PUBLIC = ["/", "/coalities", "/kaart", "/coalities/utrecht", "/api/v1/coalities", "/healthz"]
MEMBER = ["/mijn-overzicht", "/coalities/utrecht", "/coalities/utrecht/partners"]
DEMO_LEAD = ("trekker@kansrijk.example", "kansrijk-demo")


def log_in(base: str, http: requests.Session) -> None:
    page = http.get(f"{base}/inloggen", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
    assert token, "no CSRF token on the log-in page"
    response = http.post(
        f"{base}/inloggen",
        data={"username": DEMO_LEAD[0], "password": DEMO_LEAD[1], "csrfmiddlewaretoken": token[1]},
        headers={"Referer": f"{base}/inloggen"},
        timeout=30,
        allow_redirects=False,
    )
    assert response.status_code == 302, f"log-in failed: {response.status_code}"


def run(connections: int, seconds: float, fault: bool, workers: int) -> int:
    with temporary_postgres() as server:
        env = {
            **os.environ,
            "DATABASE_URL": server.url,
            "DEBUG": "0",
            "KANSRIJK_VAR_DIR": str(server.folder / "var"),
            "DATABASE_CONN_MAX_AGE": "60",
            "LOG_LEVEL": "ERROR",
            "AXES_FAILURE_LIMIT": "1000",
        }

        def manage(*args: str) -> None:
            subprocess.run(  # noqa: S603  # nosec B603
                [sys.executable, "manage.py", *args],
                cwd=SRC,
                env=env,
                check=True,
                capture_output=True,
                timeout=900,
            )

        print("Preparing the database (migrate, reference and demo data)...", flush=True)
        manage("migrate", "--no-input", "-v0")
        manage("load_demo")
        manage("collectstatic", "--no-input", "-v0")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server_process = subprocess.Popen(  # noqa: S603  # nosec B603
            [
                sys.executable,
                "-m",
                "gunicorn",
                "kansrijk.conf.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(workers),
                "--worker-class",
                "gthread",
                "--threads",
                "8",
                "--keep-alive",
                "5",
                "--backlog",
                "256",
                "--timeout",
                "60",
                "--log-level",
                "error",
            ],
            cwd=SRC,
            env=env,
        )
        try:
            for _ in range(150):
                try:
                    if requests.get(f"{base}/healthz", timeout=10).status_code == 200:
                        break
                except requests.RequestException:
                    time.sleep(0.2)
            return drive(base, connections, seconds, fault, server)
        finally:
            server_process.terminate()
            server_process.wait(timeout=30)


def drive(base: str, connections: int, seconds: float, fault: bool, server: object) -> int:
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    errors: Counter[str] = Counter()
    lock = threading.Lock()
    outage = threading.Event()
    deadline = time.monotonic() + seconds

    def client(number: int) -> None:
        member = number % 4 == 0
        paths = MEMBER + PUBLIC[:2] if member else PUBLIC
        with requests.Session() as http:
            if member:
                log_in(base, http)
            i = number
            while time.monotonic() < deadline:
                path = paths[i % len(paths)]
                i += 1
                start = time.perf_counter()
                try:
                    response = http.get(base + path, timeout=30, allow_redirects=False)
                    code = response.status_code
                except requests.RequestException as error:
                    code = 0
                    with lock:
                        errors[type(error).__name__] += 1
                elapsed = time.perf_counter() - start
                with lock:
                    statuses[code] += 1
                    latencies.append(elapsed)
                    if code not in (200, 503) or (code == 503 and not outage.is_set()):
                        errors[f"{code} {path}"] += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    if fault:
        time.sleep(seconds / 2)
        outage.set()
        server.stop("immediate")  # type: ignore[attr-defined]
        time.sleep(3)
        server.start()  # type: ignore[attr-defined]
        server.wait_ready()  # type: ignore[attr-defined]
        time.sleep(3)  # answers in flight may still be 503
        outage.clear()
    for thread in threads:
        thread.join()
    duration = time.monotonic() - started
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else 0.0
    print(f"connections {connections}, {duration:.0f} s, fault: {'yes' if fault else 'no'}")
    print(f"requests    {len(latencies)} ({len(latencies) / duration:.0f}/s)")
    print(f"statuses    {dict(sorted(statuses.items()))}")
    print(f"median      {statistics.median(ordered) * 1000 if ordered else 0:.0f} ms")
    print(f"p99         {p99 * 1000:.0f} ms")
    print(f"errors      {sum(errors.values())} {dict(errors) if errors else ''}")
    return 1 if errors else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--fault", action="store_true", help="kill the database halfway")
    args = parser.parse_args()
    sys.exit(run(args.connections, min(args.seconds, 600), args.fault, args.workers))


if __name__ == "__main__":
    main()
