"""Real app servers for tests that need more than one process: gunicorn on the test's own
database and cache, and a small reader of the forms they serve.

The test database must be reachable from another process and its data committed: use it
from a test marked ``django_db(transaction=True)``: the servers connect to the test database
by name (over the embedded server's Unix socket, or TCP). The cache is the test process's part of Redis when
there is one (same key prefix), otherwise a cache folder that the servers share.

The servers start at once and load the application (``warm_wsgi``) while the test prepares
its data; ``Servers.wait`` returns their addresses once each answers.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import requests
from django.conf import settings
from django.db import connection

SRC = Path(__file__).resolve().parents[3]


def live_database_url(folder: Path) -> str:
    """A DATABASE_URL for the test database, as another process can open it (``folder`` is
    kept for the callers; the database is the same server's)."""
    db = connection.settings_dict
    user = quote(db.get("USER") or "")
    password = quote(db.get("PASSWORD") or "")
    credentials = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = str(db.get("HOST") or "127.0.0.1")
    if host.startswith("/"):  # a Unix socket folder (the embedded server)
        return f"postgres://{credentials}{quote(host, safe='')}/{db['NAME']}"
    port = db.get("PORT") or "5432"
    return f"postgres://{credentials}{host}:{port}/{db['NAME']}"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _environment(database_url: str, folder: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "KANSRIJK_VAR_DIR": str(folder / "var"),
        "DEBUG": "false",
        "PYTHONPATH": os.pathsep.join(
            [str(SRC), *filter(None, [os.environ.get("PYTHONPATH", "")])]
        ),
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    cache = settings.CACHES["default"]
    if str(cache["BACKEND"]).endswith("RedisCache"):
        env["REDIS_URL"] = str(cache["LOCATION"])
        env["KANSRIJK_CACHE_PREFIX"] = str(cache["KEY_PREFIX"])
    else:
        env.pop("REDIS_URL", None)  # the servers share var/cache in ``folder``
    return env


class Servers:
    def __init__(self, processes: list[subprocess.Popen[bytes]], ports: list[int], folder: Path):
        self.processes = processes
        self.urls = [f"http://127.0.0.1:{port}" for port in ports]
        self.logs = [folder / f"server-{port}.log" for port in ports]

    def wait(self) -> list[str]:
        """The servers' base URLs, once each answers ``/healthz``."""
        for url, process, log in zip(self.urls, self.processes, self.logs, strict=True):
            _wait_until_up(url, process, log)
        return self.urls


@contextlib.contextmanager
def app_servers(count: int, database_url: str, folder: Path) -> Iterator[Servers]:
    """``count`` gunicorn servers (one worker each) on one database and one cache, started
    at once and stopped afterwards."""
    env = _environment(database_url, folder)
    ports = [_free_port() for _ in range(count)]
    logs = [open(folder / f"server-{port}.log", "wb") for port in ports]  # noqa: SIM115
    processes = [
        subprocess.Popen(  # noqa: S603  # nosec B603 (our own interpreter and arguments)
            [
                *(sys.executable, "-m", "gunicorn", "kansrijk.ui.testing.warm_wsgi:application"),
                *("--bind", f"127.0.0.1:{port}", "--workers", "1", "--timeout", "120"),
                *("--preload", "--no-control-socket", "--chdir", str(SRC)),
                *("--log-level", "warning"),
            ],
            env=env,
            start_new_session=True,  # its own process group, stopped as one
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        for port, log in zip(ports, logs, strict=True)
    ]
    try:
        yield Servers(processes, ports, folder)
    finally:
        for process in processes:
            process.send_signal(signal.SIGINT)  # gunicorn's quick shutdown
        deadline = time.monotonic() + 2
        for process in processes:
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                # Its worker is still tearing the interpreter down: nothing to wait for.
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        for log in logs:
            log.close()


def _wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} stopped:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            if requests.get(f"{url}/healthz", timeout=30).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer in time:\n{log.read_text(errors='replace')[-3000:]}")


class _FormReader(HTMLParser):
    """The fields of every POST form on a page, as a browser would submit them."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[list[tuple[str, str]]] = []
        self._form: list[tuple[str, str]] | None = None
        self._select: str | None = None
        self._textarea: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {name: value or "" for name, value in attrs}
        if tag == "form":
            self._form = [] if a.get("method", "get").lower() == "post" else None
            if self._form is not None:
                self.forms.append(self._form)
        if self._form is None:
            return
        kind = a.get("type", "text").lower()
        if tag == "input" and a.get("name") and kind not in {"submit", "button", "file"}:
            if kind not in {"checkbox", "radio"} or "checked" in a:
                self._form.append((a["name"], a.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "select":
            self._select = a.get("name")
        elif tag == "option" and self._select and "selected" in a:
            self._form.append((self._select, a.get("value", "")))
        elif tag == "textarea":
            self._textarea, self._text = a.get("name"), []

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea and self._form is not None:
            self._form.append((self._textarea, "".join(self._text).removeprefix("\n")))
            self._textarea = None

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self._text.append(data)


def form_fields(html: str, having: str) -> list[tuple[str, str]]:
    """The fields of the first POST form on the page with a field named ``having``."""
    reader = _FormReader()
    reader.feed(html)
    for fields in reader.forms:
        if any(name == having for name, _value in fields):
            return fields
    raise AssertionError(f"no form with a field {having!r}")


def changed(fields: list[tuple[str, str]], **values: str) -> list[tuple[str, str]]:
    """``fields`` with the named ones set to new values."""
    return [(name, values.get(name, value)) for name, value in fields]
