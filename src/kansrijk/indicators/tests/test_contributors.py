"""Notes on the startfoto are signed: parents as "ouder / ervaringsdeskundige", others by
their organisation (issue 10)."""

from __future__ import annotations

from typing import Any
from unittest import mock

import pytest
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.test import Client

from kansrijk.accounts.tests.factories import MembershipFactory
from kansrijk.indicators.models import NoteStatus
from kansrijk.indicators.tests.conftest import Startfoto
from kansrijk.indicators.tests.factories import StoryNoteFactory

PARENT_NOTE = "Wij vonden de kraamzorg pas laat. (fictief)"
PARTNER_NOTE = "De verloskundigen herkennen dit beeld. (fictief)"


@pytest.fixture
def signed_notes(startfoto_world: Startfoto) -> Startfoto:
    coalition = startfoto_world.coalition
    # Even with an organisation on the account, a parent is never shown with it.
    parent = MembershipFactory(
        coalition=coalition, role="parent", user__organisation="Ouderraad (fictief)"
    ).user
    partner = MembershipFactory(
        coalition=coalition, role="partner", user__organisation="Verloskundigen Oost (fictief)"
    ).user
    for user, text in ((parent, PARENT_NOTE), (partner, PARTNER_NOTE)):
        StoryNoteFactory(
            coalition=coalition,
            indicator=startfoto_world.indicator,
            text=text,
            created_by=user,
            status=NoteStatus.PUBLISHED,
        )
    return startfoto_world


def _note_card(html: str, text: str) -> str:
    start = html.index(text)
    return html[start : html.index("</div>", start)]


@pytest.mark.parametrize(
    ("language", "label", "by"),
    [("nl", "ouder / ervaringsdeskundige", "door"), ("en", "parent / expert by experience", "by")],
)
def test_a_parents_note_on_the_startfoto_is_signed_as_parent_and_others_by_their_organisation(
    client: Client, signed_notes: Startfoto, language: str, label: str, by: str
) -> None:
    html = client.get(
        "/coalities/utrecht/startfoto", HTTP_ACCEPT_LANGUAGE=language
    ).content.decode()
    parent_card = _note_card(html, PARENT_NOTE)
    assert f"{by}: {label}" in parent_card
    assert "Ouderraad" not in html
    partner_card = _note_card(html, PARTNER_NOTE)
    assert f"{by}: Verloskundigen Oost (fictief)" in partner_card
    assert label not in partner_card


def test_the_startfoto_pdf_signs_the_notes_the_same_way(
    client: Client, signed_notes: Startfoto
) -> None:
    rendered: list[str] = []

    def fake_pdf(template: str, context: dict[str, Any], request: Any, filename: str) -> Any:
        rendered.append(render_to_string(template, context, request))
        return HttpResponse(b"%PDF-1.7", content_type="application/pdf")

    with mock.patch("kansrijk.indicators.exports._render_to_pdf", fake_pdf):
        response = client.get("/coalities/utrecht/startfoto/pdf", HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 200
    (html,) = rendered
    assert f"{PARENT_NOTE} (door: ouder / ervaringsdeskundige)" in html
    assert f"{PARTNER_NOTE} (door: Verloskundigen Oost (fictief))" in html
    assert "Ouderraad" not in html
