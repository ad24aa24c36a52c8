"""Benchmark of the social map's search page against /healthz, on PostgreSQL.

Loads 5,000 organisations and 50,000 services (synthetic, generated from the demo
templates), starts gunicorn on loopback with production settings, then measures in one run:
single-request latency (sequential) and throughput and latency under concurrent load, for
/healthz and for a mix of search queries. Not a test: figures go to bench/README.md.

    make db-start && .venv/bin/python bench/socialmap_search.py   # the embedded server
    .venv/bin/python bench/socialmap_search.py \
        --postgres-url postgres://postgres@127.0.0.1:5432/kansrijk_bench_socialmap
"""

from __future__ import annotations

import argparse
import http.client
import io
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
sys.path.insert(0, str(SRC))

from kansrijk.conf import embedded_db  # noqa: E402


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


PORT = _free_port()


def configure(database: str, postgres_url: str, var_dir: Path) -> dict[str, str]:
    env = {
        "KANSRIJK_ENV": "production",
        "SECRET_KEY": "bench-only-" + "x" * 60,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "KANSRIJK_VAR_DIR": str(var_dir),
        "DJANGO_SETTINGS_MODULE": "kansrijk.conf.settings",
        "PYTHONPATH": str(SRC),
    }
    env["DATABASE_URL"] = postgres_url
    os.environ.update(env)
    return env


def ensure_postgres_database(url: str, *, fresh: bool) -> None:
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        if fresh:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if exists.fetchone() is None:
            connection.execute(f'CREATE DATABASE "{name}"')


def load(organisations: int, services: int, seed: int = 1000) -> None:
    """Fill the database once (skipped when the services are already there)."""
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from kansrijk.socialmap.models import Service

    if Service.objects.count() >= services:
        print(f"data present: {Service.objects.count()} services")
        return
    from django.db import transaction

    from kansrijk.coalitions.models import Coalition
    from kansrijk.regions import reference as regions_reference
    from kansrijk.regions.models import Municipality
    from kansrijk.socialmap import reference
    from kansrijk.socialmap.models import (
        Approval,
        Organization,
        RiskSituation,
    )
    from kansrijk.socialmap.services.carepaths import CarePathData, StepData, care_path_save
    from kansrijk.socialmap.services.indexing import index_services_bulk
    from kansrijk.ui.seeding import read_yaml

    out = io.StringIO()
    regions_reference.load(stdout=out)
    reference.load(stdout=out)
    rng = random.Random(seed)
    templates = read_yaml(SRC / "kansrijk" / "socialmap" / "seed" / "demo_socialmap.yaml")
    specs = [(o, s) for o in templates["organisations"] for s in o["services"]]
    words = sorted({w for _o, s in specs for w in s["description"].split() if w.isalpha()})
    risks = {r.key: r for r in RiskSituation.objects.all()}
    municipalities = list(Municipality.objects.order_by("code"))
    per_coalition = 100
    started = time.perf_counter()
    with transaction.atomic():
        coalitions: list[Coalition] = []
        for number in range(organisations // per_coalition):
            coalition = Coalition.objects.create(
                slug=f"bench-{number}",
                name=f"Benchcoalitie {number} (fictief)",
                kind="local",
                is_fictional=True,
            )
            first = (number * 6) % (len(municipalities) - 6)
            coalition.municipalities.set(municipalities[first : first + 6])
            coalitions.append(coalition)
        orgs = Organization.objects.bulk_create(
            [
                Organization(
                    coalition=coalitions[i // per_coalition],
                    name=f"{rng.choice(specs)[0]['name'].split('{')[0].strip()} {i} (fictief)",
                    description="Synthetische organisatie voor de benchmark.",
                    phone="088 000 0000",
                    is_fictional=True,
                )
                for i in range(organisations)
            ]
        )
        rows = []
        chosen = []
        for i in range(services):
            _org_spec, spec = specs[i % len(specs)]
            extra = " ".join(rng.choice(words) for _ in range(12))
            service = Service(
                organization=orgs[i % organisations], name=f"{spec['name']} {i}",
                description=f"{spec['description']} {extra}", domain=spec["domain"],
                approval=Approval.APPROVED, eligibility=spec.get("eligibility", ""),
                target_group=spec.get("target_group", ""), costs=spec.get("costs", ""),
                access=spec.get("access", "both"), phone="088 000 0001",
                languages=",".join(spec.get("languages", ["nl"])),
            )  # fmt: skip
            service.set_phases(spec["phases"])
            rows.append(service)
            chosen.append(spec)
        created = Service.objects.bulk_create(rows, batch_size=2000)
        area = Service.municipalities.through
        risk_link = Service.risk_situations.through
        areas_of = [list(c.municipalities.all()) for c in coalitions]
        area_rows = []
        risk_rows = []
        for i, (service, spec) in enumerate(zip(created, chosen, strict=True)):
            own = areas_of[(i % organisations) // per_coalition]
            for municipality in rng.sample(own, k=min(2, len(own))):
                area_rows.append(area(service_id=service.pk, municipality_id=municipality.pk))
            for key in spec.get("risks", []):
                risk_rows.append(risk_link(service_id=service.pk, risksituation_id=risks[key].pk))
        area.objects.bulk_create(area_rows, batch_size=5000)
        risk_link.objects.bulk_create(risk_rows, batch_size=5000)
    print(f"created {len(created)} services in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    queryset = (
        Service.objects.select_related("organization")
        .prefetch_related("risk_situations", "municipalities")
        .order_by("pk")
    )
    count = 0
    for offset in range(0, services, 5000):
        count += index_services_bulk(services=list(queryset[offset : offset + 5000]))
    print(f"indexed {count} services in {time.perf_counter() - started:.1f} s")
    for coalition in coalitions:
        members = list(Service.objects.filter(organization__coalition=coalition)[:3])
        for key in ("finances-and-debts", "psychological-problems", "addiction"):
            care_path_save(
                coalition=coalition, risk_situation=risks[key],
                data=CarePathData(signallers="Verloskundige, JGZ", owner="Werkgroep (fictief)",
                                  steps=[StepData(text="Vraag ernaar en verwijs warm door.",
                                                  services=members)]),
            )  # fmt: skip
    from django.db import connection

    # The steady state of a live database: GIN pending lists merged, statistics present
    # (autovacuum would do this within minutes).
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def start_server(env: dict[str, str], workers: int, threads: int) -> subprocess.Popen[bytes]:
    subprocess.run(  # noqa: S603
        [sys.executable, "-P", str(SRC / "manage.py"), "collectstatic", "--no-input", "-v0"],
        env={**os.environ, **env}, check=True, cwd=SRC,
    )  # fmt: skip
    gunicorn = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen(  # noqa: S603
        [str(gunicorn), "kansrijk.conf.wsgi", "--bind", f"127.0.0.1:{PORT}", "--workers",
         str(workers), "--worker-class", "gthread", "--threads", str(threads),
         "--log-level", "warning"],
        env={**os.environ, **env}, cwd=SRC,
    )  # fmt: skip
    for _ in range(100):
        try:
            if get("/healthz")[0] == 200:
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("server did not start")


def get(path: str) -> tuple[int, float]:
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    started = time.perf_counter()
    connection.request("GET", path, headers={"Host": "127.0.0.1"})
    response = connection.getresponse()
    response.read()
    elapsed = time.perf_counter() - started
    connection.close()
    return response.status, elapsed


def sequential(paths: list[str], rounds: int) -> dict[str, float]:
    timings = []
    for path in paths:  # warm up
        get(path)
    started = time.perf_counter()
    for index in range(rounds):
        status, elapsed = get(paths[index % len(paths)])
        assert status == 200, (paths[index % len(paths)], status)
        timings.append(elapsed * 1000)
    return summary(timings, rounds / (time.perf_counter() - started), 0)


def under_load(paths: list[str], concurrency: int, seconds: float) -> dict[str, float]:
    timings: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def worker(offset: int) -> None:
        index = offset
        local = []
        while time.perf_counter() < stop:
            status, elapsed = get(paths[index % len(paths)])
            index += 1
            if status != 200:
                errors[0] += 1
            local.append(elapsed * 1000)
        with lock:
            timings.extend(local)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return summary(timings, len(timings) / (time.perf_counter() - started), errors[0])


def _cpu_by_process() -> dict[int, tuple[str, int, float]]:
    """pid -> (command, parent pid, CPU seconds so far) for every process (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            raw = (entry / "stat").read_text()
        except OSError:
            continue
        command = raw[raw.index("(") + 1 : raw.rindex(")")]
        fields = raw[raw.rindex(")") + 2 :].split()
        found[int(entry.name)] = (
            command,
            int(fields[1]),
            (int(fields[11]) + int(fields[12])) / ticks,
        )
    return found


def cpu_split(
    before: dict[int, tuple[str, int, float]], server_pid: int, requests: int
) -> dict[str, float]:
    """CPU milliseconds per request spent by the app (gunicorn workers), the database (every
    postgres process) and this client, since ``before``."""
    after = _cpu_by_process()

    def spent(pid: int) -> float:
        return after[pid][2] - (before[pid][2] if pid in before else 0.0)

    app = sum(spent(pid) for pid, (_c, parent, _t) in after.items() if parent == server_pid)
    database = sum(
        spent(pid) for pid, (command, _p, _t) in after.items() if command.startswith("postgres")
    )
    client = spent(os.getpid())
    per = 1000 / max(requests, 1)
    return {
        "app_ms": round(app * per, 2),
        "database_ms": round(database * per, 2),
        "client_ms": round(client * per, 2),
    }


def measured_load(
    paths: list[str], concurrency: int, seconds: float, server_pid: int
) -> dict[str, Any]:
    before = _cpu_by_process()
    result: dict[str, Any] = dict(under_load(paths, concurrency, seconds))
    result["cpu_per_request"] = cpu_split(before, server_pid, int(result["requests"]))
    return result


def summary(timings: list[float], rate: float, errors: int) -> dict[str, float]:
    ordered = sorted(timings)
    return {
        "requests": len(ordered),
        "median_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 2),
        "per_second": round(rate, 1),
        "errors": errors,
    }


def search_paths(spread: int = 1) -> list[str]:
    """The search mix: four searches bound to a municipality and two national ones. With
    ``spread`` > 1 the municipality searches rotate over that many municipalities (many
    professionals in many places: most searches are then new to the result cache)."""
    import django

    django.setup()
    from kansrijk.socialmap.models import Service

    codes = list(
        Service.objects.order_by("municipalities__code")
        .values_list("municipalities__code", flat=True)
        .distinct()[:spread]
    )
    paths = ["/zoeken?q=jgz", "/zoeken?q=hulp", "/zoeken?q=schudlen"]
    for code in codes:
        paths += [
            f"/zoeken?q=schulden&gemeente={code}",
            f"/zoeken?q=zwangerschappen&gemeente={code}",
            f"/zoeken?risico=finances-and-debts&gemeente={code}",
        ]
    random.Random(7).shuffle(paths)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["postgres"], default="postgres")
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("DATABASE_URL", "").rsplit("/", 1)[0] + "/kansrijk_bench_socialmap"
        if os.environ.get("DATABASE_URL")
        else embedded_db.url("kansrijk_bench_socialmap"),
    )
    parser.add_argument("--organisations", type=int, default=5000)
    parser.add_argument("--services", type=int, default=50000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument(
        "--spread",
        type=int,
        default=1,
        help="rotate the municipality searches over this many municipalities",
    )
    parser.add_argument("--fresh", action="store_true", help="drop the benchmark data first")
    parser.add_argument(
        "--no-result-cache",
        action="store_true",
        help="search every request again (KANSRIJK_SEARCH_CACHE_SECONDS=0)",
    )
    args = parser.parse_args()
    if args.no_result_cache:
        os.environ["KANSRIJK_SEARCH_CACHE_SECONDS"] = "0"
    var_dir = ROOT / "var" / f"bench-socialmap-{args.database}-{args.services}"
    var_dir.mkdir(parents=True, exist_ok=True)
    args.postgres_url = f"{args.postgres_url}_{args.services}"
    env = configure(args.database, args.postgres_url, var_dir)
    ensure_postgres_database(args.postgres_url, fresh=args.fresh)
    load(args.organisations, args.services)
    paths = search_paths(args.spread)
    server = start_server(env, args.workers, args.threads)
    results: dict[str, Any] = {"database": args.database, "args": vars(args)}
    results["distinct_searches"] = len(paths)
    try:
        results["single_healthz"] = sequential(["/healthz"], args.rounds)
        results["single_search"] = sequential(paths, args.rounds)
        results["single_per_query"] = {p: sequential([p], 40)["median_ms"] for p in paths[:6]}
        results["load_healthz"] = measured_load(
            ["/healthz"], args.concurrency, args.seconds, server.pid
        )
        if args.spread > 1:  # the sequential phase filled the result cache: start cold
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
            server = start_server(env, args.workers, args.threads)
        results["load_search"] = measured_load(paths, args.concurrency, args.seconds, server.pid)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    ratio = results["load_search"]["per_second"] / max(results["load_healthz"]["per_second"], 1)
    results["search_to_healthz_throughput"] = round(ratio, 3)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    suffix = ("_uncached" if args.no_result_cache else "") + (
        f"_spread{args.spread}" if args.spread > 1 else ""
    )
    (out / f"socialmap_search_{args.database}{suffix}.json").write_text(
        json.dumps(results, indent=2)
    )
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
