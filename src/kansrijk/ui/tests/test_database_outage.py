"""The database goes away under load and comes back: clear 503s, recovery, no half writes.

A PostgreSQL server of its own (initdb into a temporary folder, its own port) serves a
gunicorn running Kansrijk. While threads read pages and create coalitions through the API
(each a multi-row write: the coalition and its two municipalities), the database is killed
and started again. Checked: during the outage pages answer 503 with a clear Dutch text and
``/healthz`` says the database is unreachable; afterwards the site recovers by itself; no
answer was a 500; every acknowledged write is complete and no write is half there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from django.conf import settings

from kansrijk.ui.testing.postgres import (
    TemporaryPostgres,
    find_bin_dir,
    free_port,
    temporary_postgres,
)

SRC = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.skipif(
    find_bin_dir() is None, reason="no PostgreSQL server binaries (initdb) on this machine"
)

SETUP = """
from kansrijk.accounts.models import User
from kansrijk.api.services import api_token_create
from kansrijk.regions.models import GGDRegion, Municipality, Province
province = Province.objects.create(code="PV26", name="Utrecht")
region = GGDRegion.objects.create(code="GG2514", name="GGD Regio Utrecht")
for n in range(4):
    Municipality.objects.create(
        code=f"GM09{n:02d}", name=f"Testgemeente {n}", province=province, ggd_region=region
    )
user = User.objects.create_user("beheer@example.org", None, full_name="Beheer", is_national_editor=True)
print(api_token_create(user=user, name="outage", second_factor=True)[1])
"""

CHECK = """
import json
from kansrijk.coalitions.models import Coalition
print(json.dumps({c.slug: c.municipalities.count() for c in Coalition.objects.all()}))
"""


def _env(server: TemporaryPostgres) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": server.url,
        "DEBUG": "0",
        "KANSRIJK_VAR_DIR": str(server.folder / "var"),
        "DATABASE_CONN_MAX_AGE": "0",
        "LOG_LEVEL": "ERROR",
        # With REDIS_URL (CI): this test process's part of Redis, cleared like its own keys.
        "KANSRIJK_CACHE_PREFIX": str(settings.CACHES["default"]["KEY_PREFIX"]),
    }


def _manage(server: TemporaryPostgres, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=SRC,
        env=_env(server),
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return result.stdout


@pytest.fixture(scope="module")
def site() -> Iterator[tuple[TemporaryPostgres, str, str]]:
    with temporary_postgres() as server:
        _manage(server, "migrate", "--no-input", "-v0")
        key = _manage(server, "shell", "-c", SETUP).strip().splitlines()[-1]
        port = free_port()
        gunicorn = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "kansrijk.conf.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "2",
                "--threads",
                "4",
                "--timeout",
                "60",
                "--log-level",
                "error",
            ],
            cwd=SRC,
            env=_env(server),
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    if requests.get(f"{base}/healthz", timeout=10).status_code == 200:
                        break
                except requests.RequestException:
                    time.sleep(0.2)
            yield server, base, key
        finally:
            gunicorn.terminate()
            gunicorn.wait(timeout=30)


def test_an_outage_gives_clear_503s_then_recovers_without_half_writes(
    site: tuple[TemporaryPostgres, str, str],
) -> None:
    server, base, key = site
    statuses: Counter[int] = Counter()
    acknowledged: list[str] = []
    stop = threading.Event()
    lock = threading.Lock()

    def reader() -> None:
        with requests.Session() as http:
            while not stop.is_set():
                for path in ("/", "/coalities", "/api/v1/coalities", "/healthz"):
                    code = http.get(base + path, timeout=15).status_code
                    with lock:
                        statuses[code] += 1

    def writer(number: int) -> None:
        with requests.Session() as http:
            n = 0
            while not stop.is_set():
                n += 1
                slug = f"uitval-{number}-{n}"
                body = {
                    "naam": slug,
                    "slug": slug,
                    "soort": "regional",
                    "gemeenten": ["GM0900", f"GM090{1 + n % 3}"],
                }
                response = http.post(
                    f"{base}/api/v1/coalities",
                    data=json.dumps(body),
                    headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
                    timeout=15,
                )
                with lock:
                    statuses[response.status_code] += 1
                    if response.status_code == 201:
                        acknowledged.append(slug)

    threads = [threading.Thread(target=reader) for _ in range(2)]
    threads += [threading.Thread(target=writer, args=(i,)) for i in range(3)]
    for thread in threads:
        thread.start()
    try:
        time.sleep(2)
        server.stop("immediate")  # the database goes away, as in a crash
        time.sleep(1)
        page = requests.get(base + "/coalities", timeout=15)
        health = requests.get(base + "/healthz", timeout=15)
        api = requests.get(base + "/api/v1/coalities", timeout=15)
        time.sleep(2)
        server.start()
        server.wait_ready()
        recovered = None
        for _ in range(60):
            if requests.get(base + "/coalities", timeout=15).status_code == 200:
                recovered = requests.get(base + "/healthz", timeout=15)
                break
            time.sleep(0.5)
        time.sleep(2)  # more traffic after recovery
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)

    assert page.status_code == 503 and "tijdelijk niet bereikbaar" in page.text
    assert page.headers["Retry-After"] == "30"
    assert health.status_code == 503 and health.json()["database"] == "unreachable"
    assert api.status_code == 503 and api.headers["Content-Type"] == "application/problem+json"
    assert recovered is not None and recovered.json() == {"status": "ok", "database": "ok"}
    assert set(statuses) <= {200, 201, 503}, statuses
    assert statuses[503] > 0 and statuses[201] > 0
    stored = json.loads(_manage(server, "shell", "-c", CHECK).strip().splitlines()[-1])
    assert set(acknowledged) <= set(stored), "an acknowledged write was lost"
    half = {slug: count for slug, count in stored.items() if count != 2}
    assert not half, f"half-done writes: {half}"
