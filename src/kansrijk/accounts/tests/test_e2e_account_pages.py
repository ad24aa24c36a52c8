"""The own-account pages and the two-factor set-up pass axe, in a real browser."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from kansrijk.ui.testing.browser import axe_violations, browser_page

ACCOUNT_PAGES = [
    "/account",
    "/account/tweestapsverificatie",
    "/account/e-mailadres",
    "/account/api-sleutels",
    "/account/verwijderen",
]


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_the_account_pages_have_no_axe_violations(live_server: Any) -> None:
    call_command("load_demo", stdout=StringIO())
    violations: list[str] = []
    with browser_page() as page:
        page.goto(f"{live_server.url}/inloggen")
        page.fill("input[name=username]", "partner@kansrijk.example")
        page.fill("input[name=password]", "kansrijk-demo")
        page.click("button[type=submit]:has-text('Inloggen')")
        page.wait_for_url(f"{live_server.url}/mijn-overzicht")
        for path in ACCOUNT_PAGES:
            response = page.goto(live_server.url + path)
            assert response is not None and response.status == 200, path
            violations += axe_violations(page)
    assert not violations, "\n".join(violations)
