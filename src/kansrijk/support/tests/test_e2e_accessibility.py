"""The support programme's main pages pass axe-core, as the adviser, the lead and a parent."""

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from kansrijk.support.models import Event, ParentSurvey
from kansrijk.ui.testing.browser import axe_violations, browser_page, log_in_as


def log_in(page: Any, base: str, email: str) -> None:
    page.goto(f"{base}/inloggen")
    page.fill("input[name=username]", email)
    page.fill("input[name=password]", "kansrijk-demo")
    page.click("button[type=submit]:has-text('Inloggen')")
    page.wait_for_url(f"{base}/mijn-overzicht")


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_the_support_pages_have_no_axe_violations(live_server: Any) -> None:
    call_command("load_demo", stdout=StringIO())
    event = Event.objects.order_by("starts_at").first()
    assert event is not None
    closed = ParentSurvey.objects.filter(
        round__coalition__slug="utrecht", round__closed_at__isnull=False
    ).first()
    open_survey = ParentSurvey.objects.filter(round__closed_at__isnull=True).first()
    assert closed is not None and open_survey is not None
    violations: list[str] = []

    def check(path: str) -> None:
        response = page.goto(live_server.url + path)
        assert response is not None and response.status == 200, path
        violations.extend(f"{path}: {v}" for v in axe_violations(page))

    with browser_page() as page:
        for path in ("/agenda", f"/agenda/{event.pk}", f"/ouders/{open_survey.code}"):
            check(path)
        page.click("button[type=submit]:has-text('Beginnen')")
        violations.extend(f"questions: {v}" for v in axe_violations(page))
        # Advisers need a second factor; force_login stands for the full log-in (see
        # src/conftest.py), and its session cookie is handed to the browser.
        log_in_as(page, live_server.url, "adviseur@kansrijk.example")
        for path in (
            "/adviseur",
            "/mijn-overzicht",
            "/coalities/tilburg/adviezen",
            "/agenda/nieuw",
        ):
            check(path)
        page.context.clear_cookies()
        log_in(page, live_server.url, "trekker@kansrijk.example")
        for path in (
            "/coalities/utrecht/vergelijkbare-coalities",
            "/coalities/utrecht/vergelijkbare-coalities/instellingen",
            "/coalities/utrecht/vergelijkbare-coalities/zwolle/bericht",
            "/coalities/utrecht/berichten",
            "/coalities/utrecht/stem-van-ouders",
            f"/coalities/utrecht/stem-van-ouders/{closed.pk}",
            f"/coalities/utrecht/stem-van-ouders/{closed.pk}/opmerkingen",
        ):
            check(path)
    assert not violations, "\n".join(violations)
