"""In a real browser: the answer form by keyboard alone, saved as each answer is given."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone

from kansrijk.assessments import services
from kansrijk.assessments.models import Answer, Questionnaire, Round
from kansrijk.coalitions.models import Coalition
from kansrijk.ui.testing.browser import axe_violations, browser_page


def _open_round_with_link() -> tuple[Round, str]:
    call_command("load_demo", stdout=StringIO())
    assessment_round = services.round_open(
        coalition=Coalition.objects.get(slug="heerlen"),
        questionnaire=Questionnaire.objects.get(key="analysetool"),
        title="Analysetool najaar 2026",
        user=None,
    )
    [(_link, token)] = services.invitation_links_create(
        assessment_round=assessment_round,
        count=1,
        expires_at=timezone.now() + timedelta(days=7),
    )
    return assessment_round, token


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_a_partner_answers_by_keyboard_and_each_answer_is_saved_at_once(live_server: Any) -> None:
    assessment_round, token = _open_round_with_link()
    first = assessment_round.version.items.order_by("position").first()
    assert first is not None
    with browser_page() as page:
        page.goto(f"{live_server.url}/analysetool/invullen/{token}/deel/1")
        page.focus(f"#i{first.pk}-1")
        page.keyboard.press("ArrowRight")  # moves the choice within the group: now 2
        page.keyboard.press("ArrowRight")  # and now 3
        page.wait_for_function(
            f"document.getElementById('status-{first.pk}').textContent.includes('Opgeslagen')"
        )
        assert page.evaluate("document.activeElement.id") == f"i{first.pk}-3"
    answer = Answer.objects.get(item=first, response__round=assessment_round)
    assert (answer.kind, answer.score) == ("score", 3)


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_the_analysetool_pages_have_no_axe_violations(live_server: Any) -> None:
    _round, token = _open_round_with_link()
    closed = Round.objects.filter(coalition__slug="utrecht", closed_at__isnull=False).first()
    assert closed is not None
    violations: list[str] = []
    with browser_page() as page:
        for path in [
            "/analysetool",
            f"/analysetool/invullen/{token}",
            f"/analysetool/invullen/{token}/deel/1",
            f"/analysetool/invullen/{token}/klaar",
            "/analysetool/invullen/onbekend",
        ]:
            page.goto(live_server.url + path)
            violations += axe_violations(page)
        page.goto(f"{live_server.url}/inloggen")
        page.fill("input[name=username]", "partner@kansrijk.example")
        page.fill("input[name=password]", "kansrijk-demo")
        page.click("button[type=submit]:has-text('Inloggen')")
        page.wait_for_url(f"{live_server.url}/mijn-overzicht")
        for path in [
            "/coalities/utrecht/analysetool",
            f"/coalities/utrecht/analysetool/rondes/{closed.pk}",
            f"/coalities/utrecht/analysetool/rondes/{closed.pk}/resultaten",
        ]:
            response = page.goto(live_server.url + path)
            assert response is not None and response.status == 200, path
            violations += axe_violations(page)
    assert not violations, "\n".join(violations)


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_the_lead_closes_a_round_only_after_ticking_the_confirmation_also_without_javascript(
    live_server: Any,
) -> None:
    from kansrijk.accounts.models import Membership, User
    from kansrijk.assessments.tests.factories import seed_analysetool
    from kansrijk.coalitions.tests.factories import CoalitionFactory
    from kansrijk.ui.testing.browser import log_in_as, visit_and_check

    seed_analysetool()
    coalition = CoalitionFactory.create()
    lead = User.objects.create_user("trekker.e2e@example.org", "x", full_name="Trekker")
    Membership.objects.create(user=lead, coalition=coalition, role="lead")
    assessment_round = services.round_open(
        coalition=coalition,
        questionnaire=Questionnaire.objects.get(key="analysetool"),
        title="Ronde",
        user=None,
    )
    round_path = f"/coalities/{coalition.slug}/analysetool/rondes/{assessment_round.pk}"
    violations: list[str] = []
    with browser_page() as page:
        log_in_as(page, live_server.url, lead.email)
        violations += visit_and_check(page, live_server.url, round_path)
        violations += visit_and_check(page, live_server.url, f"{round_path}/sluiten")
    assert not violations, "\n".join(violations)
    with browser_page(java_script_enabled=False) as page:
        log_in_as(page, live_server.url, lead.email)
        page.goto(live_server.url + round_path)
        close = page.locator(f"form[action='{round_path}/sluiten'] button[type=submit]")
        close.click()  # not ticked: the browser keeps the form, nothing is sent
        assessment_round.refresh_from_db()
        assert assessment_round.closed_at is None
        page.check("#close_confirm")
        close.click()
        page.wait_for_url(f"{live_server.url}{round_path}/resultaten")
    assessment_round.refresh_from_db()
    assert assessment_round.closed_at is not None
