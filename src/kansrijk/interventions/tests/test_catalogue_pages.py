from __future__ import annotations

from django.test import Client
from django.urls import reverse

from kansrijk.accounts.tests.factories import MembershipFactory, UserFactory
from kansrijk.interventions.models import Intervention


def _names(response: object) -> list[str]:
    return [item.name for item in response.context["interventions"]]  # type: ignore[attr-defined]


def test_the_menu_filters_by_phase_and_zvw_status(menu: None, client: Client) -> None:
    response = client.get(
        reverse("interventions:catalogue"), {"phase": "during-pregnancy", "zvw": "insured"}
    )
    names = _names(response)
    assert "CenteringZwangerschap (CenteringPregnancy)" in names
    assert "Nu Niet Zwanger" not in names  # before pregnancy and not insured
    assert "Home-Start" not in names


def test_the_menu_filters_by_risk_situation_recognition_level_and_form(
    menu: None, client: Client
) -> None:
    response = client.get(
        reverse("interventions:catalogue"),
        {"risk": "small-social-network", "form": "informal", "recognition": "unknown"},
    )
    names = _names(response)
    assert "Home-Start" in names
    assert "VoorZorg" not in names  # individual, not informal


def test_an_unknown_filter_value_is_refused_and_shows_the_whole_menu(
    menu: None, client: Client
) -> None:
    response = client.get(reverse("interventions:catalogue"), {"phase": "someday"})
    assert response.status_code == 200
    assert len(_names(response)) == Intervention.objects.count()


def test_two_interventions_are_compared_side_by_side_and_unknown_keys_left_out(
    menu: None, client: Client
) -> None:
    response = client.get(
        reverse("interventions:compare"), {"i": ["voorzorg", "home-start", "bestaat-niet"]}
    )
    assert [item.key for item in response.context["items"]] == ["voorzorg", "home-start"]
    assert "Zvw" in response.content.decode()


def test_the_national_editor_adds_an_intervention_and_a_lead_may_not(
    menu: None, client: Client
) -> None:
    lead = MembershipFactory.create(role="lead").user
    client.force_login(lead)
    assert client.get(reverse("interventions:intervention_create")).status_code == 403
    client.force_login(UserFactory.create(is_national_editor=True))
    response = client.post(
        reverse("interventions:intervention_create"),
        {
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
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    created = Intervention.objects.get(key="nieuw-programma")
    assert list(created.phases.values_list("key", flat=True)) == ["first-two-years"]


def test_an_incomplete_intervention_is_refused_and_nothing_is_stored(
    menu: None, client: Client
) -> None:
    client.force_login(UserFactory.create(is_national_editor=True))
    count = Intervention.objects.count()
    response = client.post(reverse("interventions:intervention_create"), {"key": "half"})
    assert response.status_code == 400
    assert Intervention.objects.count() == count


def test_an_intervention_page_names_the_coalitions_that_offer_it(
    menu: None, client: Client
) -> None:
    from kansrijk.interventions.tests.factories import PaletteItemFactory

    item = PaletteItemFactory.create(intervention=Intervention.objects.get(key="steunouders"))
    response = client.get(reverse("interventions:intervention", kwargs={"key": "steunouders"}))
    assert response.context["coalitions"] == [item.coalition]


def test_the_edit_form_of_an_intervention_saved_unchanged_keeps_its_lists(menu: None) -> None:
    from kansrijk.interventions.forms import InterventionForm

    intervention = Intervention.objects.exclude(recognition_level=None).first()
    assert intervention is not None and intervention.zvw_status is not None
    html = str(InterventionForm(instance=intervention))
    assert f'<option value="{intervention.recognition_level.key}" selected>' in html
    assert f'<option value="{intervention.zvw_status.key}" selected>' in html
