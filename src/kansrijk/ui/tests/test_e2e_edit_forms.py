"""In a real browser, in Dutch: every edit form saved unchanged keeps every value.

A browser drops the value of a date or number input that is not in the format of its type
(``01-06-2027`` in ``<input type="date">``) without a word; saving the form then stores an
empty field (issue 14: a care path lost its review date on every save). Each form here is
opened, saved with the button as it is, and opened again: it must show the same values.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone

from kansrijk.assessments.forms import DEFAULT_LINK_DAYS
from kansrijk.assessments.models import InvitationLink, Round
from kansrijk.interventions.models import FinancingLine, Intervention, PaletteItem
from kansrijk.socialmap.models import CarePath, Service
from kansrijk.ui.testing.browser import browser_page, log_in_as

LEAD = "trekker@kansrijk.example"
EDITOR = "beheer@kansrijk.example"

# The values a form shows: what the server wrote into the page (the default value, which a
# browser keeps even where it dropped a badly formatted value from the field itself).
FORM_VALUES = """(form) => Array.from(form.elements).filter((e) => e.name && e.type !== 'hidden'
  && e.name !== 'csrfmiddlewaretoken').map((e) => {
    if (e.type === 'checkbox' || e.type === 'radio') return [e.name, e.value, e.defaultChecked];
    if (e.tagName === 'SELECT') return [e.name, Array.from(e.options)
      .filter((o) => o.defaultSelected).map((o) => o.value)];
    return [e.name, e.defaultValue];
  })"""
# Browser-side values after loading: a value the browser could not read is empty here.
LIVE_VALUES = """(form) => Array.from(form.querySelectorAll(
  'input[type=date], input[type=time], input[type=datetime-local], input[type=number]'))
  .map((e) => [e.name, e.getAttribute('value') || '', e.value])"""


def _edit_forms() -> list[tuple[str, str, str]]:
    """(account, path, button) for every form that edits something that already exists."""
    care_path = CarePath.objects.filter(coalition__slug="utrecht").first()
    service = Service.objects.filter(organization__coalition__slug="utrecht").first()
    item = PaletteItem.objects.filter(coalition__slug="utrecht").first()
    line = FinancingLine.objects.filter(coalition__slug="utrecht").first()
    intervention = Intervention.objects.first()
    assert care_path and service and item and line and intervention
    from kansrijk.ui import lists

    budgets = lists.get("landelijke-budgetten")
    moments = lists.get("contactmomenten")
    assert budgets and moments
    budget = budgets.model._default_manager.first()
    moment = moments.model._default_manager.first()
    assert budget and moment
    return [
        (LEAD, "/coalities/utrecht/bewerken", "Opslaan"),
        (LEAD, "/coalities/utrecht/intentieverklaring", "Opslaan"),
        (
            LEAD,
            f"/coalities/utrecht/zorgpaden/{care_path.risk_situation.key}/bewerken",
            "Opslaan als nieuwe versie",
        ),
        (LEAD, f"/diensten/{service.uuid}/bewerken", "Opslaan"),
        (EDITOR, f"/menukaart/{intervention.key}/bewerken", "Opslaan"),
        (LEAD, f"/coalities/utrecht/palet/{item.pk}/bewerken", "Opslaan"),
        (LEAD, f"/coalities/utrecht/financiering/{line.pk}/bewerken", "Opslaan"),
        (LEAD, "/coalities/utrecht/borging", "Opslaan als nieuwe versie"),
        (LEAD, "/coalities/utrecht/vroegsignalering/instrumenten", "Opslaan"),
        (LEAD, "/coalities/utrecht/vroegsignalering/huisbezoek", "Opslaan"),
        (LEAD, "/coalities/utrecht/vroegsignalering/signalen/instelling", "Opslaan"),
        (LEAD, "/coalities/utrecht/vergelijkbare-coalities/instellingen", "Opslaan"),
        (EDITOR, f"/beheer/lijsten/landelijke-budgetten/{budget.pk}", "Opslaan"),
        (EDITOR, f"/beheer/lijsten/contactmomenten/{moment.pk}", "Opslaan"),
    ]


def _form(page: Any, button: str) -> Any:
    return page.locator("main form").filter(has=page.get_by_role("button", name=button, exact=True))


def _open(page: Any, base: str, path: str, button: str, read: str) -> Any:
    response = page.goto(base + path)
    assert response is not None and response.status == 200, path
    return _form(page, button).evaluate(read)


def _save_unchanged(page: Any, base: str, account: str, path: str, button: str) -> list[str]:
    page.context.clear_cookies()
    log_in_as(page, base, account)
    problems = []
    before = _open(page, base, path, button, FORM_VALUES)
    for name, attribute, live in _open(page, base, path, button, LIVE_VALUES):
        if attribute != live:
            problems.append(f"{path}: the browser dropped {name}={attribute!r}")
    with page.expect_navigation():
        _form(page, button).get_by_role("button", name=button, exact=True).click()
    errors = page.locator(".kr-alert--error").all_inner_texts() + [
        " ".join(text.split())
        for text in page.locator(".utrecht-form-field--invalid").all_inner_texts()
    ]
    if errors:
        problems.append(f"{path}: saving unchanged was refused: {errors}")
    after = _open(page, base, path, button, FORM_VALUES)
    if after != before:
        changed = [f"{b} -> {a}" for b, a in zip(before, after, strict=False) if a != b]
        problems.append(f"{path}: changed by saving: {changed or (before, after)}")
    return problems


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_every_edit_form_saved_unchanged_in_dutch_keeps_every_value(live_server: Any) -> None:
    call_command("load_demo", stdout=StringIO())
    care_path = CarePath.objects.filter(coalition__slug="utrecht").first()
    assert care_path is not None
    review = care_path.versions.order_by("-number").values_list("next_review", flat=True)[0]
    assert review is not None
    cases = _edit_forms()
    problems: list[str] = []
    with browser_page() as page:
        for account, path, button in cases:
            problems += _save_unchanged(page, live_server.url, account, path, button)
    assert not problems, "\n".join(problems)
    newest = care_path.versions.order_by("-number").first()
    assert newest is not None and newest.number > 1 and newest.next_review == review


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_links_made_with_the_proposed_valid_until_date_keep_it(live_server: Any) -> None:
    call_command("load_demo", stdout=StringIO())
    assessment_round = Round.objects.filter(coalition__slug="utrecht", closed_at=None).first()
    assert assessment_round is not None
    path = f"/coalities/utrecht/analysetool/rondes/{assessment_round.pk}"
    known: Callable[[], set[int]] = lambda: set(  # noqa: E731
        InvitationLink.objects.filter(round=assessment_round).values_list("pk", flat=True)
    )
    existing = known()
    with browser_page() as page:
        log_in_as(page, live_server.url, LEAD)
        page.goto(live_server.url + path)
        with page.expect_navigation():
            page.get_by_role("button", name="Links maken", exact=True).click()
    made = InvitationLink.objects.filter(pk__in=known() - existing)
    expected = timezone.localdate() + timedelta(days=DEFAULT_LINK_DAYS)
    assert made.count() == 5
    assert {timezone.localdate(link.expires_at) for link in made} == {expected}
