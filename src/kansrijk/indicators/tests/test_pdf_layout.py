"""The startfoto PDF for the coalition meeting shows everything the page's tables show.

The PDF's text is read back from the PDF itself (``reports.testing``); a column pushed past
the edge of the paper is missing from it, as it is for whoever prints it.
"""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest
from django.test import Client

from kansrijk.accounts.tests.factories import MembershipFactory
from kansrijk.indicators.models import NoteStatus
from kansrijk.indicators.tests.conftest import Startfoto
from kansrijk.indicators.tests.factories import IndicatorFactory, StoryNoteFactory, load_values
from kansrijk.reports.testing import missing_cells, pdf_pages, squeeze
from kansrijk.signalling import reference as signalling_reference
from kansrijk.signalling import services as signalling
from kansrijk.signalling.models import Domain, Phase

# Names as long as the local monitoring set's, so that the tables are as wide as in the demo.
MORE = [
    ("start_zorg", "Start zwangerschapsbegeleiding voor 10 weken", "Start of care before 10 weeks"),
    (
        "laag_gewicht",
        "Te laag geboortegewicht voor de zwangerschapsduur",
        "Low weight for duration",
    ),
    ("minimum", "Huishoudens onder of rond het sociaal minimum", "Households around the minimum"),
]
TIMES = "\N{MULTIPLICATION SIGN}"  # a suppressed count
NOTE = "De verloskundigen herkennen dit beeld in twee wijken (fictief)."


@pytest.fixture
def meeting(startfoto_world: Startfoto) -> Startfoto:
    """The demo-like startfoto: four indicators, two municipalities (so a coalition total),
    counted signals with a small count, and a published story note."""
    world = startfoto_world
    for key, name, name_en in MORE:
        indicator = IndicatorFactory(key=key, name=name, name_en=name_en)
        load_values(
            indicator,
            {
                world.big: [(300 + 9 * i, 4000) for i in range(5)],
                world.middle: [(90 + i, 1300) for i in range(5)],
                world.small: [(1, 9)] * 5,
            },
        )
    rare = IndicatorFactory(key="sterfte", name="Perinatale sterfte", name_en="Perinatal mortality")
    # counts below the threshold: hidden and not tested, the longest cells of the table
    load_values(rare, {world.big: [(3, 4000)] * 5, world.middle: [(2, 1300)] * 5})
    world.coalition.municipalities.add(world.middle)
    StoryNoteFactory(
        coalition=world.coalition,
        indicator=world.indicator,
        text=NOTE,
        status=NoteStatus.PUBLISHED,
    )
    signalling_reference.load(stdout=StringIO())
    signalling.signal_setting_set(coalition=world.coalition, enabled=True, user=None)
    money = Domain.objects.get(key="work-and-income")
    mind = Domain.objects.get(key="mental-wellbeing")
    for i in range(24):
        signalling.signal_record_create(
            coalition=world.coalition,
            month=date(2026, 5, 1),
            phase=Phase.objects.get(key="during-pregnancy"),
            domains=[money, mind] if i < 4 else [money],
            referral=i < 12,
            today=date(2026, 11, 1),
        )
    return world


@pytest.mark.parametrize(
    ("page", "pdf"),
    [
        ("/coalities/utrecht/startfoto", "/coalities/utrecht/startfoto/pdf"),
        ("/gemeenten/GM0344/startfoto", "/gemeenten/GM0344/startfoto/pdf"),
    ],
)
def test_the_startfoto_pdf_shows_every_cell_of_the_pages_tables(
    client: Client, meeting: Startfoto, page: str, pdf: str
) -> None:
    # in Dutch, the default: its long compound words made the overview table too wide
    html = client.get(page, HTTP_ACCEPT_LANGUAGE="nl").content
    document = client.get(pdf, HTTP_ACCEPT_LANGUAGE="nl").content
    assert missing_cells(html, document) == []
    assert 1 <= len(pdf_pages(document)) <= 8


def test_the_coalition_pdf_has_the_signal_panel_suppressed_and_the_story_notes(
    client: Client, meeting: Startfoto
) -> None:
    text = squeeze("".join(pdf_pages(client.get("/coalities/utrecht/startfoto/pdf").content)))
    assert squeeze("Anonymous signals per life domain and quarter") in text
    assert squeeze(f"Counts below 10 are not shown ({TIMES})") in text
    assert "2026Q2" in text and TIMES in text
    assert squeeze(NOTE) in text


def test_a_member_gets_the_signal_counts_whole_in_the_pdf_as_on_the_page(
    client: Client, meeting: Startfoto
) -> None:
    client.force_login(MembershipFactory(coalition=meeting.coalition).user)
    html = client.get("/coalities/utrecht/startfoto").content
    document = client.get("/coalities/utrecht/startfoto/pdf").content
    assert missing_cells(html, document) == []
    assert TIMES not in "".join(pdf_pages(document))
