"""The bad-input corpus against the Analysetool's forms and the statement-bank import:
a clear Dutch error (never a 500) and nothing stored; the import is all-or-nothing."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from unittest import mock

import pytest
import yaml
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from kansrijk.accounts.models import Membership, User
from kansrijk.assessments.bank import SEED_DIR
from kansrijk.assessments.models import Item, Part, Round
from kansrijk.assessments.tests.factories import RoundFactory, new_link, seed_analysetool
from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.ui.testing.bad_input import snapshot
from kansrijk.ui.testing.form_corpus import assert_form_refuses_corpus, assert_refused

pytestmark = pytest.mark.django_db


def _client(**flags: Any) -> tuple[Client, User]:
    user = User.objects.create_user("persoon@example.org", "x", full_name="Persoon", **flags)
    client = Client()
    client.force_login(user)
    return client, user


def test_every_bad_round_title_is_refused_and_no_round_is_opened() -> None:
    seed_analysetool()
    coalition = CoalitionFactory.create()
    client, user = _client()
    Membership.objects.create(user=user, coalition=coalition, role="lead")
    url = reverse("assessments:round_open", kwargs={"slug": coalition.slug})
    assert_form_refuses_corpus(client, url, {"title": "Ronde 2027"}, text=["title"])
    assert_refused(client, url, {"title": ""}, what="empty title")
    assert client.post(url, {"title": "Ronde 2027"}).status_code == 302


def test_every_bad_value_for_new_links_is_refused_and_no_link_is_made() -> None:
    assessment_round = RoundFactory.create()
    client, user = _client()
    Membership.objects.create(user=user, coalition=assessment_round.coalition, role="lead")
    url = reverse(
        "assessments:links_create",
        kwargs={"slug": assessment_round.coalition.slug, "pk": assessment_round.pk},
    )
    valid = {
        "count": "2",
        "label": "Geboortezorg",
        "valid_until": (timezone.localdate() + timedelta(days=14)).isoformat(),
    }
    assert_form_refuses_corpus(client, url, valid, typed=["count", "valid_until"], text=["label"])
    assert client.post(url, valid).status_code in (200, 302)
    assert assessment_round.links.count() == 2


def test_every_bad_answer_or_comment_is_refused_and_nothing_is_answered() -> None:
    assessment_round: Round = RoundFactory.create()
    token = new_link(assessment_round)
    part = Part.objects.filter(version=assessment_round.version).order_by("position").first()
    assert part is not None
    item = Item.objects.filter(theme__part=part).order_by("pk").first()
    assert item is not None
    url = reverse("assessments:respond_part", kwargs={"token": token, "number": 1})
    valid = {f"item-{item.pk}": "3", f"comment-{item.pk}": "Goed", "go": "stay"}
    assert_form_refuses_corpus(
        Client(),
        url,
        valid,
        typed=[f"item-{item.pk}"],
        text=[f"comment-{item.pk}"],
    )
    assert Client().post(url, valid).status_code == 302


def _bank_document() -> dict[str, Any]:
    loaded = yaml.safe_load((SEED_DIR / "analysetool.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _yaml(document: Any) -> bytes:
    return yaml.safe_dump(document, allow_unicode=True).encode()


def _bad_banks() -> list[tuple[str, bytes]]:
    document = _bank_document()
    middle = _bank_document()
    middle["parts"][1]["themes"][0]["items"][1]["step"] = "zeven"
    unknown = _bank_document()
    unknown["parts"][1]["themes"][0]["items"][0]["instrument"] = "onbekend"
    formula = _bank_document()
    formula["parts"][0]["themes"][0]["items"][0]["key"] = "=cmd|'/C calc'!A0"
    huge = _bank_document()
    huge["parts"][0]["themes"][0]["items"][0]["nl"] = "x" * 100_000
    return [
        ("latin-1", _yaml(document).decode().encode("latin-1", errors="replace") + b"\xe9\xff"),
        ("utf-16", _yaml(document).decode().encode("utf-16")),
        ("not yaml", b"parts: [\n  - {unclosed"),
        ("wrong shape", _yaml(["a", "b"])),
        ("no parts", _yaml({k: v for k, v in document.items() if k != "parts"})),
        ("bad row in the middle", _yaml(middle)),
        ("unknown instrument", _yaml(unknown)),
        ("formula as key", _yaml(formula)),
        ("huge statement", _yaml(huge)),
        ("too large", b"# " + b"x" * 1_100_000),
        ("empty", b""),
        ("script", b"<script>alert(1)</script>"),
    ]


@pytest.mark.parametrize("case", range(12))
def test_a_bad_statement_bank_is_refused_whole_with_a_message(case: int) -> None:
    seed_analysetool()
    client, _user = _client(is_national_editor=True)
    name, content = _bad_banks()[case]
    response = assert_refused(
        client,
        reverse("assessments:bank_manage"),
        {"file": SimpleUploadedFile("analysetool.yaml", content, content_type="text/yaml")},
        what=name,
    )
    assert response.status_code in (200, 400)


def test_a_bank_import_that_fails_halfway_stores_no_part_of_the_new_version() -> None:
    seed_analysetool()
    client, _user = _client(is_national_editor=True)
    document = _bank_document()
    document["parts"][0]["themes"][0]["items"][0]["nl"] = "Een nieuwe stelling."
    before = snapshot()
    original = Item.objects.create
    calls = {"n": 0}

    def failing_create(**kwargs: Any) -> Item:
        calls["n"] += 1
        if calls["n"] == 10:
            raise RuntimeError("database gone halfway")
        return original(**kwargs)

    with (
        mock.patch.object(Item.objects, "create", side_effect=failing_create),
        pytest.raises(RuntimeError),
    ):
        client.post(
            reverse("assessments:bank_manage"),
            {"file": SimpleUploadedFile("a.yaml", _yaml(document), content_type="text/yaml")},
        )
    assert snapshot() == before
