"""Browser tests: Debian's Chromium driven by Playwright, checked with axe-core.

No browser is downloaded: Playwright starts /usr/bin/chromium (``CHROMIUM`` overrides it).
Other apps use these helpers in their own ``tests/test_e2e_*.py``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from django.conf import settings

AXE = Path(settings.NODE_MODULES) / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str:
    found = (
        os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )
    if not found:
        raise RuntimeError("Chromium is missing: run `make setup` (installs Debian's chromium).")
    return found


@contextmanager
def browser_page(**context_options: Any) -> Iterator[Any]:
    """A fresh page in headless Chromium. The page's CSP is bypassed only to inject axe."""
    from playwright.sync_api import sync_playwright

    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(bypass_csp=True, locale="nl-NL", **context_options)
            page = context.new_page()
            yield page
            context.close()
        finally:
            browser.close()
            # Database work done inside this block (a log-in, say) runs under Playwright's
            # greenlet and gets a connection of its own that the test's teardown does not
            # see; close it here, or the test database cannot be dropped at the end of the
            # run on PostgreSQL ("being accessed by other users").
            from django.db import connections

            connections.close_all()


def log_in_as(page: Any, base_url: str, email: str) -> None:
    """Log the browser in as ``email``: ``force_login`` stands for the full log-in, second
    factor included (see src/conftest.py), and its session cookie is handed to the page."""
    from django.test import Client

    from kansrijk.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(email=email))
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": base_url}]
    )


def visit_and_check(page: Any, base_url: str, path: str) -> list[str]:
    """Open ``path``, require a 200 answer and return its axe violations, each prefixed with
    the path."""
    response = page.goto(base_url + path)
    assert response is not None and response.status == 200, path
    return [f"{path}: {v}" for v in axe_violations(page)]


def axe_violations(page: Any) -> list[str]:
    """Run axe-core on the current page; one line per violation and element."""
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    lines = []
    for violation in result["violations"]:
        for node in violation["nodes"][:5]:
            lines.append(f"{page.url}: {violation['id']} ({violation['impact']}): {node['target']}")
    return lines
