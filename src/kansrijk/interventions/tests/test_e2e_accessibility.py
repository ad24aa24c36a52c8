"""The pages of the interventions app pass axe-core in headless Chromium."""

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from kansrijk.ui.testing.browser import axe_violations, browser_page

PUBLIC_PAGES = [
    "/menukaart",
    "/menukaart?phase=during-pregnancy&zvw=insured",
    "/menukaart/voorzorg",
    "/menukaart/vergelijk?i=voorzorg&i=home-start&i=samen-starten",
    "/coalities/utrecht/palet",
]
LEAD_PAGES = [
    "/coalities/utrecht/palet",
    "/coalities/utrecht/palet/nieuw",
    "/coalities/utrecht/palet/hiaten",
    "/coalities/utrecht/financiering?jaar=2025",
    "/coalities/utrecht/financiering/nieuw",
]


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_the_menu_palette_gaps_and_financing_pages_have_no_axe_violations(
    live_server: Any,
) -> None:
    call_command("load_demo", stdout=StringIO())
    violations: list[str] = []
    with browser_page() as page:
        for path in PUBLIC_PAGES:
            response = page.goto(live_server.url + path)
            assert response is not None and response.status == 200, path
            violations += [f"{path}: {v}" for v in axe_violations(page)]
        page.goto(f"{live_server.url}/inloggen")
        page.fill("input[name=username]", "trekker@kansrijk.example")
        page.fill("input[name=password]", "kansrijk-demo")
        page.click("button[type=submit]:has-text('Inloggen')")
        page.wait_for_url(f"{live_server.url}/mijn-overzicht")
        for path in LEAD_PAGES:
            response = page.goto(live_server.url + path)
            assert response is not None and response.status == 200, path
            violations += [f"{path}: {v}" for v in axe_violations(page)]
    assert not violations, "\n".join(violations)
