"""Benchmark of the PDFs for the coalition meeting: Analysetool results and startfoto.

Uses the demo world (``load_demo``) in a separate SQLite database and measures the whole
request in process (``django.test.Client``, logged in as the demo lead of Utrecht): wall
time and the process's CPU time (the fairer figure on a shared, loaded machine). Modes:

* ``cold``: Django's cache is cleared before each request (charts rendered again);
* ``new``: charts from the cache, the PDF laid out again (the first download of a document
  whose page was seen; with an older checkout without a PDF cache this is every request);
* ``cached``: repeated requests for the same document (the finished PDF from the cache).

Run from the repository root:  .venv/bin/python bench/pdfs.py [--repeat 5]
The first run builds ``var/bench_pdfs.sqlite3`` (about three minutes).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--repeat", type=int, default=5)
parser.add_argument("--database", default=str(ROOT / "var" / "bench_pdfs.sqlite3"))
ARGS = parser.parse_args()
os.environ.setdefault("DATABASE_URL", f"sqlite:///{ARGS.database}")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kansrijk.conf.settings")
os.environ.setdefault("KANSRIJK_VAR_DIR", str(ROOT / "var"))

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

from kansrijk.accounts.models import User  # noqa: E402
from kansrijk.assessments.models import Round  # noqa: E402


def prepare() -> Round:
    Path(ARGS.database).parent.mkdir(exist_ok=True)
    call_command("migrate", verbosity=0)
    found = Round.objects.filter(
        coalition__slug="utrecht", questionnaire__key="analysetool", closed_at__isnull=False
    ).order_by("-closed_at")
    if not found.exists():
        call_command("load_demo", stdout=io.StringIO())
    latest = found.first()
    assert latest is not None
    return latest


def pages(pdf: bytes) -> str:
    try:
        from kansrijk.reports.testing import pdf_pages
    except ImportError:  # an older checkout, measured for the "before" figures
        return "-"
    return str(len(pdf_pages(pdf)))


def _fresh_pdf() -> Any:
    """Every PDF laid out again (no-op for a checkout without the PDF cache)."""
    try:
        from kansrijk.reports import pdf
    except ImportError:
        return contextlib.nullcontext()
    if not hasattr(pdf, "_cache_key"):
        return contextlib.nullcontext()
    return mock.patch.object(pdf, "_cache_key", lambda *_args: f"bench:{uuid.uuid4()}")


def measure(client: Client, url: str, *, mode: str) -> tuple[list[float], list[float], bytes]:
    walls, cpus = [], []
    content = b""
    client.get(url, HTTP_ACCEPT_LANGUAGE="nl")  # the charts (and the PDF) in the cache
    for _ in range(ARGS.repeat):
        if mode == "cold":
            cache.clear()
        wall, cpu = time.perf_counter(), time.process_time()
        with _fresh_pdf() if mode == "new" else contextlib.nullcontext():
            response = client.get(url, HTTP_ACCEPT_LANGUAGE="nl")
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        assert response.status_code == 200, (url, response.status_code)
        content = response.content
    return walls, cpus, content


def main() -> None:
    latest = prepare()
    client = Client()
    client.force_login(User.objects.get(email="trekker@kansrijk.example"))
    urls = {
        "Analysetool results": f"/coalities/utrecht/analysetool/rondes/{latest.pk}/resultaten.pdf",
        "startfoto coalition": "/coalities/utrecht/startfoto/pdf",
        "startfoto GM0344": "/gemeenten/GM0344/startfoto/pdf",
    }
    wall, cpu = time.perf_counter(), time.process_time()
    client.get(urls["Analysetool results"], HTTP_ACCEPT_LANGUAGE="nl")
    print(
        f"first request of the process (imports, starting vl-convert): "
        f"{time.perf_counter() - wall:.1f} s wall, {time.process_time() - cpu:.1f} s CPU"
    )
    print(f"load average: {os.getloadavg()[0]:.1f}; {ARGS.repeat} requests per row")
    print("| PDF | mode | pages | wall median | wall max | CPU median |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, url in urls.items():
        for mode in ("cold", "new", "cached"):
            walls, cpus, pdf = measure(client, url, mode=mode)
            print(
                f"| {name} | {mode} | {pages(pdf)} "
                f"| {statistics.median(walls):.2f} s | {max(walls):.2f} s "
                f"| {statistics.median(cpus):.2f} s |"
            )


if __name__ == "__main__":
    with override_settings(ALLOWED_HOSTS=["*"]):
        main()
