"""Benchmark of the startfoto pages: national indicator page and a municipal startfoto.

Loads 342 municipalities x 12 indicators x 10 years into a separate PostgreSQL database
(``kansrijk_bench_indicators`` on the embedded server, ``make db-start``), then
measures server time (the Django handler, in process) over repeated requests, with
``/healthz`` as the baseline in the same run. Three modes per page:

* ``warm``: repeated requests; the rendered fragments are cached per data version
  (what visitors get after the first request following an import);
* ``uncached``: the fragment cache is cleared before each request (every statistic,
  chart and table computed and rendered again);
* ``first``: the very first request in the process (imports of Altair, vl-convert, ...).

Run from the repository root:  .venv/bin/python bench/indicators_pages.py [--repeat 30]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from kansrijk.conf import embedded_db  # noqa: E402

os.environ.setdefault("DATABASE_URL", embedded_db.url("kansrijk_bench_indicators"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kansrijk.conf.settings")
os.environ.setdefault("KANSRIJK_VAR_DIR", str(ROOT / "var"))

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from kansrijk.indicators import catalogue, reference, synthetic  # noqa: E402
from kansrijk.indicators.models import Indicator, IndicatorGroup, Value  # noqa: E402
from kansrijk.indicators.services import Incoming, values_import  # noqa: E402
from kansrijk.regions import reference as regions_reference  # noqa: E402
from kansrijk.regions.models import Municipality  # noqa: E402

YEARS = range(2014, 2024)
INDICATORS = 12


def _ensure_database() -> None:
    import psycopg

    base, name = os.environ["DATABASE_URL"].rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if found.fetchone() is None:
            connection.execute(f'CREATE DATABASE "{name}"')


def prepare() -> None:
    _ensure_database()
    call_command("migrate", verbosity=0)
    if Value.objects.filter(indicator__key__startswith="bench_").exists():
        return
    regions_reference.load(stdout=io.StringIO())
    reference.load_catalogue()
    reference.load_former_municipalities()
    cat = catalogue.load_catalogue()
    specs = [i.generator for i in cat.indicators if i.generator is not None]
    base = [s for s in specs if s.union_of is None]
    group = IndicatorGroup.objects.get(key="perinatal")
    extra = []
    for n in range(INDICATORS - len(specs)):
        template = base[n % len(base)]
        code = f"bench_{n + 1}_{template.code}"[:80]
        Indicator.objects.get_or_create(
            key=code,
            defaults={
                "group": group,
                "name": f"Benchmark {n + 1}",
                "definition": "benchmark",
                "unit": template.unit,
                "polarity": "higher_is_worse",
                "phase": "during",
                "synthetic": True,
                "order": 900 + n,
            },
        )
        extra.append(synthetic.SyntheticSpec(**{**template.__dict__, "code": code}))
    rows = catalogue.read_csv(ROOT / "data" / "kwb_2022_gemeenten.csv")
    known = set(Municipality.objects.values_list("code", flat=True))
    bases = [b for b in catalogue.municipality_bases(rows) if b.code in known]
    units = dict(Indicator.objects.values_list("key", "unit"))
    values = synthetic.generate(bases, [*specs, *extra], YEARS)
    items = [
        Incoming(
            indicator=v.indicator,
            area=v.area,
            start=v.year,
            end=v.year,
            numerator=v.numerator,
            denominator=v.denominator,
            value=v.numerator
            / v.denominator
            * (100 if units[v.indicator] == "percentage" else 1000),
            synthetic=True,
        )
        for v in values
    ]
    values_import(items=items, source="benchmark")


def measure(client: Client, url: str, repeat: int, *, clear: bool) -> list[float]:
    times = []
    for _ in range(repeat):
        if clear:
            cache.clear()
        start = time.perf_counter()
        response = client.get(url, HTTP_HOST="127.0.0.1")
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return times


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered):8.1f} ms   p95 {p95:8.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    started = time.perf_counter()
    prepare()
    print(
        f"data ready in {time.perf_counter() - started:.0f} s: "
        f"{Municipality.objects.count()} municipalities, "
        f"{Indicator.objects.filter(values__synthetic=True).distinct().count()} synthetic "
        f"indicators x {len(YEARS)} years, {Value.objects.count()} stored values"
    )
    client = Client()
    pages = {
        "national indicator page": "/indicatoren/big2",
        "startfoto page (Utrecht)": "/gemeenten/GM0344/startfoto",
    }
    cache.clear()
    for name, url in pages.items():
        first = measure(client, url, 1, clear=False)[0]
        print(f"{name:28s} first request {first:8.1f} ms")
    print(
        f"{'/healthz':28s} warm      {summary(measure(client, '/healthz', args.repeat, clear=False))}"
    )
    for name, url in pages.items():
        print(f"{name:28s} warm      {summary(measure(client, url, args.repeat, clear=False))}")
    for name, url in pages.items():
        runs = max(5, args.repeat // 3)
        print(f"{name:28s} uncached  {summary(measure(client, url, runs, clear=True))}")


if __name__ == "__main__":
    main()
