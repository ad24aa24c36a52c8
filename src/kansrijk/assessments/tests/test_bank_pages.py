"""The statement bank: public page, the editor's new versions, the PDF of the results."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from kansrijk.accounts.models import Membership, User
from kansrijk.assessments import selectors
from kansrijk.assessments.bank import SEED_DIR
from kansrijk.assessments.models import QuestionnaireVersion
from kansrijk.assessments.tests.factories import RoundFactory, closed_round, seed_analysetool
from kansrijk.coalitions.tests.factories import CoalitionFactory

pytestmark = pytest.mark.django_db


def _editor() -> Client:
    user = User.objects.create_user(
        "redactie@example.org", "x", full_name="Redactie", is_national_editor=True
    )
    client = Client()
    client.force_login(user)
    return client


def _upload(client: Client, document: dict[str, object]) -> Any:
    text = yaml.safe_dump(document, allow_unicode=True).encode()
    return client.post(
        reverse("assessments:bank_manage"),
        {"file": SimpleUploadedFile("analysetool.yaml", text, content_type="text/yaml")},
    )


def _seed_document() -> dict[str, object]:
    loaded = yaml.safe_load((SEED_DIR / "analysetool.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_the_public_statement_page_lists_all_56_statements_with_step_and_instrument() -> None:
    seed_analysetool()
    response = Client().get(reverse("assessments:bank"))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<tr><td>") == 56
    assert "Startfoto (lokale cijfers)" in html


def test_the_editor_publishes_a_new_version_and_an_open_round_keeps_its_own() -> None:
    assessment_round = RoundFactory.create()
    document = _seed_document()
    parts = document["parts"]
    assert isinstance(parts, list)
    item = parts[0]["themes"][0]["items"][0]
    item["nl"] = "De coalitie kent de lokale geboortecijfers en vergelijkt ze met de regio."
    response = _upload(_editor(), document)
    assert response.status_code == 302
    questionnaire = assessment_round.questionnaire
    newest = selectors.version_latest(questionnaire)
    assert newest is not None and newest.number == 2
    assert newest.items.get(key=item["key"]).text.startswith("De coalitie kent de lokale")
    assessment_round.refresh_from_db()
    assert assessment_round.version.number == 1


def test_uploading_the_same_statements_again_stores_no_new_version() -> None:
    seed_analysetool()
    response = _upload(_editor(), _seed_document())
    assert response.status_code == 302
    assert QuestionnaireVersion.objects.count() == 1


def test_a_broken_bank_file_is_refused_with_its_place_and_stores_nothing() -> None:
    seed_analysetool()
    document = _seed_document()
    parts = document["parts"]
    assert isinstance(parts, list)
    parts[1]["themes"][0]["items"][0]["instrument"] = "bestaat-niet"
    response = _upload(_editor(), document)
    assert response.status_code == 400
    assert "parts[2].themes[1].items[1].instrument" in response.content.decode()
    assert QuestionnaireVersion.objects.count() == 1


def test_the_results_pdf_is_a_pdf_for_the_coalition_meeting() -> None:
    coalition = CoalitionFactory.create()
    assessment_round = closed_round(coalition, [2, 4, 3])
    user = User.objects.create_user("p@example.org", "x", full_name="Partner")
    Membership.objects.create(user=user, coalition=coalition, role="partner")
    client = Client()
    client.force_login(user)
    response = client.get(
        reverse(
            "assessments:results_pdf", kwargs={"slug": coalition.slug, "pk": assessment_round.pk}
        )
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_the_editor_downloads_a_version_changes_it_and_uploads_it_as_the_next() -> None:
    seed_analysetool()
    editor = _editor()
    download = editor.get(reverse("assessments:bank_download", kwargs={"number": 1}))
    assert download.status_code == 200
    document = yaml.safe_load(download.content.decode())
    assert document["version"]["number"] == 2
    document["version"]["note"] = {"nl": "Stelling 3 verduidelijkt.", "en": "Clarified 3."}
    document["parts"][0]["themes"][0]["items"][2]["nl"] = "We weten in welke wijken het knelt."
    assert _upload(editor, document).status_code == 302
    newest = QuestionnaireVersion.objects.order_by("-number").first()
    assert newest is not None and newest.number == 2 and newest.note == "Stelling 3 verduidelijkt."
