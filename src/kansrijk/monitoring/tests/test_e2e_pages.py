"""The main pages of monitoring and the knowledge base pass axe-core in headless Chromium."""

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from kansrijk.ui.testing.browser import axe_violations, browser_page, log_in_as

LEAD_PAGES = [
    "/coalities/utrecht/monitoring",
    "/coalities/utrecht/doelen",
    "/coalities/utrecht/stappenvolger",
    "/coalities/utrecht/borging",
    "/coalities/utrecht/samenwerkingsmonitor",
    "/coalities/utrecht/jaarverslag",
    "/kennisbank",
    "/kennisbank?q=schulden",
    "/kennisbank/themas/vaders",
    "/kennisbank/stappen/6",
]
NATIONAL_PAGES = ["/landelijk/monitor", "/landelijk/monitor?stap=5"]


def _log_in(page: Any, base: str, email: str) -> None:
    page.goto(f"{base}/inloggen")
    page.fill("input[name=username]", email)
    page.fill("input[name=password]", "kansrijk-demo")
    page.click("button[type=submit]:has-text('Inloggen')")
    page.wait_for_url(f"{base}/mijn-overzicht")


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_the_monitoring_and_knowledge_pages_have_no_axe_violations(live_server: Any) -> None:
    call_command("load_demo", stdout=StringIO())
    from kansrijk.monitoring.models import Goal

    goal = Goal.objects.filter(coalition__slug="utrecht").first()
    assert goal is not None
    violations: list[str] = []
    with browser_page() as page:
        _log_in(page, live_server.url, "trekker@kansrijk.example")
        for path in [*LEAD_PAGES, f"/coalities/utrecht/doelen/{goal.pk}"]:
            response = page.goto(live_server.url + path)
            assert response is not None and response.status == 200, path
            violations += [f"{path}: {v}" for v in axe_violations(page)]
        page.context.clear_cookies()
        # National editors need a second factor; force_login stands for the full log-in
        # (see src/conftest.py).
        log_in_as(page, live_server.url, "beheer@kansrijk.example")
        for path in NATIONAL_PAGES:
            response = page.goto(live_server.url + path)
            assert response is not None and response.status == 200, path
            violations += [f"{path}: {v}" for v in axe_violations(page)]
    assert not violations, "\n".join(violations)
