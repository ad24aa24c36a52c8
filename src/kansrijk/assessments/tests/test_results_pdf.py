"""The results PDF for the coalition meeting: every cell of the results page, on few pages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from kansrijk.accounts.models import Membership, User
from kansrijk.assessments import services
from kansrijk.assessments.models import Item, Round
from kansrijk.assessments.tests.factories import RoundFactory, respond
from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.reports.testing import missing_cells, overlapping_text, pdf_html, pdf_pages

pytestmark = pytest.mark.django_db


def _partner(seed: int, shift: int = 0) -> Callable[[Item], int | str | None]:
    """Seven partners as in the demo: levels per statement, some statements split them."""

    def score(item: Item) -> int | str | None:
        if (item.position + seed) % 17 == 0:
            return "unknown"
        return max(1, min(5, 1 + (item.position * (seed + 2) + shift) % 5))

    return score


def _closed(coalition: Coalition, shift: int, title: str) -> Round:
    assessment_round: Round = RoundFactory.create(coalition=coalition, title=title)
    for seed in range(7):
        respond(
            assessment_round,
            _partner(seed, shift),
            comment=lambda item: (
                "Dit bespreken we in de kerngroep (fictief)." if item.position % 9 == 0 else ""
            ),
        )
    services.round_close(assessment_round=assessment_round)
    return assessment_round


def test_the_results_pdf_shows_every_cell_of_the_results_page_on_a_few_pages() -> None:
    coalition = CoalitionFactory.create()
    _closed(coalition, 0, "Analysetool voorjaar 2025")
    latest = _closed(coalition, 2, "Analysetool voorjaar 2026")
    user = User.objects.create_user("p@example.org", "x", full_name="Partner")
    Membership.objects.create(user=user, coalition=coalition, role="partner")
    client = Client()
    client.force_login(user)
    kwargs = {"slug": coalition.slug, "pk": latest.pk}
    with translation.override("nl"):
        page = client.get(reverse("assessments:results", kwargs=kwargs), HTTP_ACCEPT_LANGUAGE="nl")
        with pdf_html() as rendered:
            pdf = client.get(
                reverse("assessments:results_pdf", kwargs=kwargs), HTTP_ACCEPT_LANGUAGE="nl"
            )
    assert pdf.status_code == 200
    statements = latest.version.items.count()
    assert statements > 40
    assert missing_cells(page.content, pdf.content) == []
    # 27 pages with one word per line in the statement column before; the demo's round 12
    assert len(pdf_pages(pdf.content)) <= statements // 4 + 4
    assert overlapping_text(rendered[0]) == []  # headers ran into each other
