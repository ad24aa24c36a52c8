"""In a real browser: a questionnaire answered to the end through the page's own buttons.

The answer pages keep their token out of the Referer; a policy that sends nothing at all
(``no-referrer``) makes Chromium post forms with ``Origin: null``, which Django's CSRF check
refuses. These tests go through every part with the buttons, with and without JavaScript.
"""

from __future__ import annotations

from datetime import timedelta
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone

from kansrijk.assessments import services
from kansrijk.assessments.models import Answer, Questionnaire, Response
from kansrijk.coalitions.models import Coalition
from kansrijk.monitoring.survey import SURVEY_KEY
from kansrijk.ui.testing.browser import browser_page


def _token_for(key: str) -> str:
    call_command("load_demo", stdout=StringIO())
    assessment_round = services.round_open(
        coalition=Coalition.objects.get(slug="heerlen"),
        questionnaire=Questionnaire.objects.get(key=key),
        title="Ronde najaar 2026",
        user=None,
    )
    [(_link, token)] = services.invitation_links_create(
        assessment_round=assessment_round,
        count=1,
        expires_at=timezone.now() + timedelta(days=7),
    )
    return token


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("key", "javascript"),
    [("analysetool", False), ("analysetool", True), (SURVEY_KEY, False)],
    ids=["analysetool-without-javascript", "analysetool-with-htmx", "survey-without-javascript"],
)
def test_a_respondent_answers_every_part_with_the_buttons_and_finishes(
    live_server: Any, key: str, javascript: bool
) -> None:
    token = _token_for(key)
    posts: list[tuple[str, str | None]] = []
    with browser_page(java_script_enabled=javascript) as page:
        page.on(
            "request",
            lambda request: (
                posts.append((request.url, request.headers.get("referer")))
                if request.method == "POST"
                else None
            ),
        )
        page.goto(f"{live_server.url}/analysetool/invullen/{token}/deel/1")
        parts = 0
        while "/deel/" in page.url:
            parts += 1
            for group in page.locator("fieldset.kr-at-statement").all():
                group.locator(".kr-at-option label").first.click()
            last = page.locator("button[value=done]").count() == 1
            button = "Opslaan en afronden" if last else "Opslaan en volgend onderdeel"
            with page.expect_navigation():
                page.get_by_role("button", name=button).click()
            assert page.url.endswith("/klaar" if last else f"/deel/{parts + 1}"), page.url
        with page.expect_navigation():
            page.get_by_role("button", name="Ik ben klaar").click()
        assert page.url.endswith("/klaar")
        assert "Dank u wel" in page.content()
    response = Response.objects.get(round__questionnaire__key=key, round__coalition__slug="heerlen")
    assert response.completed_at is not None
    assert parts == response.round.version.parts.count()
    assert Answer.objects.filter(response=response).count() == response.round.version.items.count()
    # The token never leaves in a Referer, not even to Kansrijk itself.
    assert posts and all(token not in (referer or "") for _url, referer in posts)
