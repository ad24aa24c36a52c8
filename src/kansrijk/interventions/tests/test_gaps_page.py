from __future__ import annotations

import re
from typing import Any

from django.test import Client
from django.urls import reverse
from django.utils import translation

from kansrijk.accounts.tests.factories import MembershipFactory
from kansrijk.indicators.tests.conftest import Startfoto, startfoto_world
from kansrijk.interventions import evidence
from kansrijk.interventions.gaps import Evidence
from kansrijk.interventions.models import Intervention
from kansrijk.interventions.selectors import gap_report
from kansrijk.interventions.tests.factories import PaletteItemFactory

__all__ = ["startfoto_world"]  # the startfoto's test figures, as a fixture here too


def test_the_gaps_page_names_the_sources_it_used_and_those_it_could_not(
    menu: None, client: Client
) -> None:
    member = MembershipFactory.create(role="partner")
    client.force_login(member.user)
    response = client.get(
        reverse("interventions:gaps", kwargs={"slug": member.coalition.slug}),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    text = response.content.decode()
    assert response.status_code == 200
    assert "Startfoto: significantly unfavourable indicators" in text
    # The startfoto is read, but this coalition has no figures: nothing found, no error.
    assert "0 found" in text
    assert "Fit to the gap" in text


def test_a_significantly_unfavourable_startfoto_figure_weighs_the_gaps_of_its_phase(
    menu: None, startfoto_world: Startfoto
) -> None:
    with translation.override("en"):
        report = gap_report(startfoto_world.coalition, max_suggestions=3)
    during = report.analysis.gap("during-pregnancy", "teenage-pregnancy")
    before = report.analysis.gap("before-pregnancy", "teenage-pregnancy")
    assert during is not None and before is not None
    assert during.weight == before.weight + 1.0
    assert [item.text for item in during.evidence if item.source == "startfoto"] == [
        "Startfoto: Preterm birth and/or small for gestational age (big2) is significantly "
        "less favourable than the country."
    ]


def test_a_cell_the_coalition_covers_is_no_gap_and_an_offered_intervention_no_suggestion(
    menu: None,
) -> None:
    voorzorg = Intervention.objects.get(key="voorzorg")
    item = PaletteItemFactory.create(intervention=voorzorg)
    report = gap_report(item.coalition, max_suggestions=50)
    assert report.analysis.gap("during-pregnancy", "teenage-pregnancy") is None
    gap = report.analysis.gap("before-pregnancy", "teenage-pregnancy")
    assert gap is not None
    keys = {
        suggestion.intervention_key for g in report.analysis.gaps for suggestion in g.suggestions
    }
    assert "voorzorg" not in keys
    assert "lang-leve-de-liefde" in {s.intervention_key for s in gap.suggestions}


def test_evidence_from_a_reader_weighs_its_gaps_and_is_reported() -> None:
    def startfoto(_coalition: Any) -> tuple[list[Evidence], evidence.SourceStatus]:
        found = [Evidence("startfoto", "Late start of care", 1.0, phase="during-pregnancy")]
        return found, evidence.SourceStatus("startfoto", "Startfoto", True, "1 found")

    def signals(_coalition: Any) -> tuple[list[Evidence], evidence.SourceStatus]:
        return [], evidence.SourceStatus("signals", "Signals", False, "switched off")

    collected = evidence.collect(object(), readers=(startfoto, signals))
    assert [item.text for item in collected.evidence] == ["Late start of care"]
    assert [(source.key, source.used) for source in collected.sources] == [
        ("startfoto", True),
        ("signals", False),
    ]


def test_signals_weigh_half_a_point_per_ten_up_to_two() -> None:
    assert evidence.signal_points(9) == 0
    assert evidence.signal_points(10) == 0.5
    assert evidence.signal_points(35) == 1.5
    assert evidence.signal_points(400) == 2.0


def test_a_reader_uses_the_selector_of_an_installed_app_and_weighs_its_findings(
    monkeypatch: Any,
) -> None:
    def without_care_path(_coalition: Any) -> list[str]:
        return ["housing", "addiction"]

    monkeypatch.setattr(
        evidence, "_selector", lambda app, name: without_care_path if app == "socialmap" else None
    )
    found, status = evidence.read_care_paths(object())
    assert status.used
    assert [(item.risk, item.points) for item in found] == [("housing", 0.5), ("addiction", 0.5)]


def test_the_page_shows_why_a_gap_weighs_more_and_ranks_it_first(
    menu: None, client: Client, monkeypatch: Any
) -> None:
    def startfoto(_coalition: Any) -> tuple[list[Evidence], evidence.SourceStatus]:
        found = [
            Evidence(
                "startfoto",
                "Startfoto: late start of pregnancy care.",
                1.0,
                phase="during-pregnancy",
                risk="finances-and-debts",
            )
        ]
        return found, evidence.SourceStatus("startfoto", "Startfoto", True, "1 found")

    monkeypatch.setattr(evidence, "DEFAULT_READERS", (startfoto,))
    member = MembershipFactory.create(role="partner")
    client.force_login(member.user)
    response = client.get(
        reverse("interventions:gaps", kwargs={"slug": member.coalition.slug}),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    first = response.context["shown_gaps"][0]
    assert (first.cell.phase, first.cell.risk, first.weight) == (
        "during-pregnancy",
        "finances-and-debts",
        2.0,
    )
    text = response.content.decode()
    assert "Startfoto: late start of pregnancy care. (+1.0)" in text
    assert "Suggestion: " in text


def test_the_zvw_route_counts_through_the_zvw_status_only(menu: None) -> None:
    from kansrijk.interventions.selectors import _candidate

    candidate = _candidate(Intervention.objects.get(key="integrale-gezinspoli"))
    assert candidate.zvw_points == 0.6  # partly insured
    assert [route.points for route in candidate.funding_routes] == [0.5]  # municipal only


def test_heavier_gaps_are_darker_with_a_legend_and_a_reason_for_every_gap_is_said_once(
    menu: None, client: Client, monkeypatch: Any
) -> None:
    def readers(_coalition: Any) -> tuple[list[Evidence], evidence.SourceStatus]:
        found = [
            # applies to every cell, like an Analysetool point to improve
            Evidence("analysetool", "Analysetool: funding is not arranged.", 1.0),
            Evidence("analysetool", "Analysetool: no recognised interventions.", 1.0),
            Evidence(
                "startfoto",
                "Startfoto: late start of pregnancy care.",
                3.0,
                phase="during-pregnancy",
                risk="finances-and-debts",
            ),
        ]
        return found, evidence.SourceStatus("startfoto", "Startfoto", True, "3 found")

    monkeypatch.setattr(evidence, "DEFAULT_READERS", (readers,))
    member = MembershipFactory.create(role="partner")
    client.force_login(member.user)
    text = client.get(
        reverse("interventions:gaps", kwargs={"slug": member.coalition.slug}) + "?alle=1",
        HTTP_ACCEPT_LANGUAGE="en",
    ).content.decode()
    matrix = text.split('class="utrecht-table iv-gap-matrix"')[1].split("</table>")[0]
    levels = set(re.findall(r"iv-gap--(\d)", matrix))
    assert levels == {"1", "4"}  # weight 3.0 everywhere, 6.0 in one cell: not all alike
    legend = text.split('class="iv-legend"')[1].split("</dl>")[0]
    assert all(f"iv-gap--{n}" in legend for n in "1234")
    assert "weight 3.0" in legend and "6.0" in legend
    # the two general reasons are written once, each gap refers to them
    assert text.count("Analysetool: funding is not arranged.") == 1
    assert text.count("Analysetool: no recognised interventions.") == 1
    assert text.count('href="#reason-1"') > 1
    assert text.count("Startfoto: late start of pregnancy care.") == 1
