"""The bad-input corpus against the knowledge base's search (its only form): every value
in every parameter gives a page (or a clear 400), never a 500, and stores nothing."""

from __future__ import annotations

import pytest
from django.test import Client

from kansrijk.ui.testing.bad_input import snapshot
from kansrijk.ui.testing.form_corpus import AS_TEXT

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("parameter", ["q", "thema", "stap"])
def test_every_bad_search_value_gives_a_page_and_stores_nothing(parameter: str) -> None:
    client = Client()
    before = snapshot()
    for value in AS_TEXT:
        response = client.get("/kennisbank", {parameter: value})
        assert response.status_code in (200, 400), (parameter, value[:40])
        assert snapshot() == before
    for path in ("/kennisbank/stappen/99999999999999999999", "/kennisbank/themas/onbekend"):
        assert client.get(path).status_code == 404
