"""The bad-input corpus against the palette (menu items and local offers) and the
financing lines: a clear Dutch error (never a 500) and nothing stored or changed."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from kansrijk.accounts.tests.factories import MembershipFactory
from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.tests.factories import PartnerFactory
from kansrijk.interventions.models import FinancingLine, FundingSource, PaletteItem, Phase
from kansrijk.interventions.tests.factories import FinancingLineFactory, PaletteItemFactory
from kansrijk.socialmap.models import RiskSituation
from kansrijk.ui.testing.form_corpus import assert_form_refuses_corpus

pytestmark = pytest.mark.django_db

NUMBERS = ["capacity_per_year", "reach_per_year", "waiting_weeks", "since_year"]
# Valid numbers of the corpus per field (the rest is out of range or not a number).
VALID_NUMBERS = {
    "capacity_per_year": ["", "0", "12345"],
    "reach_per_year": ["", "0"],
    "waiting_weeks": ["", "0"],
    "since_year": [""],
}


def _lead(client: Client) -> tuple[Client, Coalition]:
    membership = MembershipFactory.create(role="lead")
    client.force_login(membership.user)
    return client, membership.coalition


def _menu_item(coalition: Coalition) -> dict[str, Any]:
    return {
        "intervention": "voorzorg",
        "partner": str(PartnerFactory.create(coalition=coalition).pk),
        "capacity_per_year": "40",
        "reach_per_year": "31",
        "waiting_weeks": "4",
        "since_year": "2018",
    }


def _local_offer(coalition: Coalition) -> dict[str, Any]:
    phase = Phase.objects.filter(active=True).first()
    risk = RiskSituation.objects.filter(active=True).first()
    assert phase is not None and risk is not None
    return {
        "local_name": "Wijkmoeders (fictief)",
        "local_description": "Huisbezoek door ervaringsdeskundigen.",
        "phases": [str(phase.pk)],
        "risk_situations": [str(risk.pk)],
    }


def test_every_bad_value_for_a_menu_item_is_refused_and_nothing_stored(
    menu: None, client: Client
) -> None:
    client, coalition = _lead(client)
    url = reverse("interventions:palette_item_create", kwargs={"slug": coalition.slug})
    valid = _menu_item(coalition)
    assert_form_refuses_corpus(
        client,
        url,
        valid,
        typed=["intervention", "partner", *NUMBERS],
        allowed={"partner": [""], **VALID_NUMBERS},
    )
    assert client.post(url, valid).status_code == 302


def test_every_bad_value_for_a_local_offer_is_refused_and_nothing_stored(
    menu: None, client: Client
) -> None:
    client, coalition = _lead(client)
    url = reverse("interventions:palette_item_create", kwargs={"slug": coalition.slug})
    valid = _local_offer(coalition)
    assert_form_refuses_corpus(
        client,
        url,
        valid,
        typed=["phases", "risk_situations"],
        text=["local_name", "local_description"],
    )
    response = client.post(url, valid)
    assert response.status_code == 302, response.content.decode()[-3000:]


def test_every_bad_value_when_editing_a_palette_item_changes_nothing(
    menu: None, client: Client
) -> None:
    client, coalition = _lead(client)
    item = PaletteItemFactory.create(coalition=coalition)
    url = reverse("interventions:palette_item_edit", kwargs={"slug": coalition.slug, "pk": item.pk})

    def state() -> Any:
        return list(PaletteItem.objects.filter(pk=item.pk).values())

    assert_form_refuses_corpus(
        client,
        url,
        _menu_item(coalition),
        typed=["intervention", "partner", *NUMBERS],
        allowed={"partner": [""], **VALID_NUMBERS},
        state=state,
    )


def _line(coalition: Coalition) -> dict[str, Any]:
    source = FundingSource.objects.filter(is_spuk=False).first()
    assert source is not None
    return {
        "year": "2025",
        "activity": "Bijeenkomsten",
        "funding_source": str(source.pk),
        "spuk_purpose": "",
        "planned_eur": "1000",
        "realised_eur": "",
        "note": "",
    }


LINE_TYPED = [
    "year",
    "palette_item",
    "funding_source",
    "spuk_purpose",
    "planned_eur",
    "realised_eur",
]
LINE_ALLOWED = {
    "palette_item": [""],
    "spuk_purpose": [""],
    "planned_eur": ["0", "12345", "1.5"],
    "realised_eur": ["", "0", "12345", "1.5"],
}


def test_every_bad_value_for_a_financing_line_is_refused_and_nothing_stored(
    menu: None, client: Client
) -> None:
    client, coalition = _lead(client)
    url = reverse("interventions:financing_line_create", kwargs={"slug": coalition.slug})
    valid = _line(coalition)
    assert_form_refuses_corpus(
        client,
        url,
        valid,
        typed=LINE_TYPED,
        text=["activity", "note"],
        allowed=LINE_ALLOWED,
    )
    assert client.post(url, valid).status_code == 302


def test_every_bad_value_when_editing_a_financing_line_changes_nothing(
    menu: None, client: Client
) -> None:
    client, coalition = _lead(client)
    line = FinancingLineFactory.create(
        coalition=coalition, funding_source=FundingSource.objects.filter(is_spuk=False).first()
    )
    url = reverse(
        "interventions:financing_line_edit", kwargs={"slug": coalition.slug, "pk": line.pk}
    )

    def state() -> Any:
        return list(FinancingLine.objects.filter(pk=line.pk).values())

    assert_form_refuses_corpus(
        client,
        url,
        _line(coalition),
        typed=LINE_TYPED,
        text=["activity", "note"],
        allowed=LINE_ALLOWED,
        state=state,
    )


INTERVENTION = {
    "key": "nieuw-programma",
    "name": "Nieuw programma",
    "summary_nl": "Een nieuw programma voor jonge ouders.",
    "phases": ["first-two-years"],
    "target_group_nl": "Jonge ouders",
    "risk_situations": ["housing"],
    "forms": ["group"],
    "intensity_nl": "onbekend",
    "intensity_en": "unknown",
    "duration_nl": "onbekend",
    "duration_en": "unknown",
    "recognition_level": "unknown",
    "zvw_status": "unknown",
    "source_url": "https://www.kansrijkestartnl.nl/",
    "source_documents": "Eigen kennis van de redactie",
    "active": "on",
}


def test_every_bad_value_for_a_menu_entry_is_refused_and_nothing_stored(
    menu: None, client: Client
) -> None:
    from kansrijk.accounts.tests.factories import UserFactory

    client.force_login(UserFactory.create(is_national_editor=True))
    url = reverse("interventions:intervention_create")
    assert_form_refuses_corpus(
        client,
        url,
        INTERVENTION,
        typed=[
            "phases",
            "risk_situations",
            "forms",
            "recognition_level",
            "zvw_status",
            "source_url",
            "delivered_by",
            "funding_routes",
        ],
        text=[
            "key",
            "name",
            "summary_nl",
            "summary_en",
            "target_group_nl",
            "intensity_nl",
            "duration_nl",
            "zvw_note",
            "source_documents",
        ],
        allowed={"delivered_by": [""], "funding_routes": [""]},
    )
    assert client.post(url, INTERVENTION).status_code == 302
