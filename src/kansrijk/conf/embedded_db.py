"""Where the embedded PostgreSQL server of the demo and the tests listens (ADR 0011).

`scripts/dbserver.py` starts the server; the settings use :func:`url` when no
``DATABASE_URL`` is set. Nothing here starts a process: a settings module must not.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

DATABASE_NAME = "kansrijk"
_ROOT = Path(__file__).resolve().parents[3]


def pgdata_dir() -> Path:
    var = Path(os.environ.get("KANSRIJK_VAR_DIR", str(_ROOT / "var")))
    return var.resolve() / "pgdata"


def socket_dir() -> Path:
    """The folder of the server's Unix socket: the data folder, unless the running server
    wrote another one (a data folder whose path is too long for a socket) in its pid file."""
    pid_file = pgdata_dir() / "postmaster.pid"
    try:
        lines = pid_file.read_text().splitlines()
    except OSError:
        return pgdata_dir()
    return Path(lines[4]) if len(lines) > 4 and lines[4].strip() else pgdata_dir()


def url(database: str = DATABASE_NAME) -> str:
    return f"postgres://postgres@{quote(str(socket_dir()), safe='')}/{database}"
