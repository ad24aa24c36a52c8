"""The social map's pages pass axe-core (WCAG 2.2 AA) in headless Chromium."""

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from kansrijk.socialmap.models import Service
from kansrijk.ui.testing.browser import axe_violations, browser_page

PAGES = [
    "/zoeken?q=schulden&gemeente=GM0344",
    "/coalities/utrecht/sociale-kaart",
    "/coalities/utrecht/zorgpaden",
    "/coalities/utrecht/zorgpaden/finances-and-debts",
    "/coalities/utrecht/klantroute",
    "/gemeenten/GM0344/aanstaande-ouders",
]


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_the_social_map_pages_have_no_axe_violations(live_server: Any) -> None:
    call_command("load_demo", stdout=StringIO())
    service = Service.objects.filter(organization__coalition__slug="utrecht").first()
    assert service is not None
    violations: list[str] = []
    with browser_page() as page:
        for path in [*PAGES, f"/diensten/{service.uuid}"]:
            response = page.goto(live_server.url + path)
            assert response is not None and response.status == 200, path
            violations += [f"{path}: {v}" for v in axe_violations(page)]
    assert not violations, "\n".join(violations)
