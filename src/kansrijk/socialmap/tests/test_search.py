"""Searching the social map: synonyms, typos, plurals, filters and visibility."""

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from kansrijk.accounts.models import User
from kansrijk.coalitions.models import Coalition
from kansrijk.socialmap.models import Approval, RiskSituation
from kansrijk.socialmap.search.backend import PUBLIC_TOKEN
from kansrijk.socialmap.search.query import run_search
from kansrijk.socialmap.selectors import visibility_tokens
from kansrijk.socialmap.services.carepaths import CarePathData, StepData, care_path_save
from kansrijk.socialmap.tests.conftest import member
from kansrijk.socialmap.tests.factories import (
    make_coalition,
    make_ggd_region,
    make_municipality,
    make_organization,
    make_service,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def debt_help(reference: None, coalition: Coalition) -> Any:
    debts = RiskSituation.objects.get(key="finances-and-debts")
    organization = make_organization(coalition=coalition, name="Geldhulp Testrijk (fictief)")
    service = make_service(
        organization=organization,
        name="Schuldhulpverlening met voorrang",
        description="Hulp bij schulden en betalingsachterstanden tijdens de zwangerschap.",
        risk_situations=[debts],
    )
    make_service(
        organization=make_organization(coalition=coalition),
        name="Taalhuis",
        description="Beter leren lezen en schrijven.",
    )
    care_path_save(
        coalition=coalition,
        risk_situation=debts,
        data=CarePathData(
            signallers="Verloskundige",
            owner="Werkgroep",
            steps=[StepData(text="Verwijs warm door naar schuldhulp.", services=[service])],
        ),
    )
    return service


def test_a_professional_finds_debt_help_in_one_search_with_the_care_path_first(
    debt_help: Any, coalition: Coalition
) -> None:
    result = run_search(text="schulden", municipality="GM9901")
    assert [p.risk_key for p in result.care_paths] == ["finances-and-debts"]
    assert [s.name for s in result.services] == ["Schuldhulpverlening met voorrang"]


def test_money_worries_find_debt_help_through_the_synonym_list(debt_help: Any) -> None:
    result = run_search(text="geldzorgen", municipality="GM9901")
    assert debt_help.pk in result.service_ids
    assert "schulden" in result.expanded


def test_a_typo_still_finds_debt_help_and_says_what_was_searched(debt_help: Any) -> None:
    result = run_search(text="schudlen")
    assert debt_help.pk in result.service_ids
    assert result.corrections == {"schudlen": ["schulden"]}


def test_the_plural_finds_the_singular(debt_help: Any) -> None:
    assert debt_help.pk in run_search(text="zwangerschappen").service_ids


def test_an_abbreviation_finds_the_full_term(reference: None, coalition: Coalition) -> None:
    service = make_service(
        organization=make_organization(coalition=coalition),
        name="Consultatiebureau",
        description="Jeugdgezondheidszorg voor baby en peuter.",
    )
    assert service.pk in run_search(text="JGZ").service_ids


def test_a_search_in_another_municipality_does_not_find_the_service(debt_help: Any) -> None:
    other = make_municipality(code="GM9902")
    make_coalition(municipalities=[other])
    result = run_search(text="schulden", municipality="GM9902")
    assert result.count == 0


def test_a_filter_on_risk_situation_alone_lists_its_care_path_and_services(debt_help: Any) -> None:
    result = run_search(text="", risk="finances-and-debts")
    assert result.care_paths and result.service_ids == [debt_help.pk]


def test_a_service_waiting_for_approval_is_found_only_by_members_of_its_coalition(
    debt_help: Any, coalition: Coalition, partner_user: User
) -> None:
    from kansrijk.socialmap.services.indexing import service_reindex

    debt_help.approval = Approval.PENDING
    debt_help.save()
    service_reindex(service=debt_help)
    assert debt_help.pk not in run_search(text="schulden").service_ids
    tokens = visibility_tokens(partner_user)
    assert debt_help.pk in run_search(text="schulden", visible=tokens).service_ids


def test_a_professionals_only_care_path_is_found_by_members_in_the_region_only(
    reference: None, coalition: Coalition
) -> None:
    violence = RiskSituation.objects.get(key="domestic-violence")
    service = make_service(organization=make_organization(coalition=coalition))
    care_path_save(
        coalition=coalition,
        risk_situation=violence,
        data=CarePathData(
            signallers="Iedereen",
            owner="Werkgroep",
            visibility="professionals",
            steps=[StepData(text="Vraag advies bij Veilig Thuis.", services=[service])],
        ),
    )
    far_away = make_coalition(
        municipalities=[make_municipality(ggd_region=make_ggd_region(code="GG0001", name="Ver"))]
    )
    neighbour = make_coalition(municipalities=[make_municipality()])
    outsider = member(far_away, "lead", "ver@example.org")
    colleague = member(neighbour, "partner", "buur@example.org")
    assert run_search(text="veilig thuis", visible=(PUBLIC_TOKEN,)).care_paths == []
    assert run_search(text="veilig thuis", visible=visibility_tokens(outsider)).care_paths == []
    assert (
        len(run_search(text="veilig thuis", visible=visibility_tokens(colleague)).care_paths) == 1
    )


def test_the_search_page_shows_care_paths_before_services_and_no_client_fields(
    debt_help: Any, client: Client
) -> None:
    response = client.get(reverse("socialmap:search"), {"q": "schulden", "gemeente": "GM9901"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Financiën en schulden") < html.index("Schuldhulpverlening met voorrang")
    assert "bsn" not in html.lower() and "geboortedatum" not in html.lower()


def test_a_cached_search_page_shows_a_service_indexed_after_it(
    debt_help: Any, coalition: Coalition, client: Client
) -> None:
    url = reverse("socialmap:search")
    params = {"q": "schulden", "gemeente": "GM9901"}
    assert "Schuldhulp aan huis" not in client.get(url, params).content.decode()
    debts = RiskSituation.objects.get(key="finances-and-debts")
    make_service(
        organization=make_organization(coalition=coalition),
        name="Schuldhulp aan huis",
        description="Hulp bij schulden, thuis.",
        risk_situations=[debts],
    )
    assert "Schuldhulp aan huis" in client.get(url, params).content.decode()


def test_the_search_form_accepts_a_municipality_added_after_the_lists_were_read(
    debt_help: Any, client: Client
) -> None:
    url = reverse("socialmap:search")
    client.get(url, {"q": "schulden", "gemeente": "GM9901"})
    make_coalition(municipalities=[make_municipality(code="GM9903", name="Nieuwdorp")])
    assert 'value="GM9903" selected' in client.get(url, {"gemeente": "GM9903"}).content.decode()
    assert 'value="GM9999"' not in client.get(url, {"gemeente": "GM9999"}).content.decode()


def test_the_housing_filter_finds_a_housing_service_that_has_no_risk_situations(
    reference: None, coalition: Coalition
) -> None:
    # like the demo's Woonloket: a housing service nobody has tagged yet
    untagged = make_service(
        organization=make_organization(coalition=coalition, name="Woonloket Testrijk (fictief)"),
        name="Hulp bij dreigende dakloosheid",
        description="Advies over urgentie en opvang voor zwangeren zonder vaste woonplek.",
    )
    unrelated = make_service(
        organization=make_organization(coalition=coalition),
        name="Taalhuis",
        description="Beter leren lezen en schrijven.",
    )
    found = run_search(text="", risk="housing", municipality="GM9901").service_ids
    assert untagged.pk in found
    assert unrelated.pk not in found


def test_a_tagged_service_is_filed_under_its_tags_only(
    reference: None, coalition: Coalition
) -> None:
    debts = RiskSituation.objects.get(key="finances-and-debts")
    service = make_service(
        organization=make_organization(coalition=coalition),
        name="Budgetcoaching",
        description="Rondkomen, ook als de huur van de woning te hoog is.",
        risk_situations=[debts],
    )
    assert service.pk in run_search(text="", risk="finances-and-debts").service_ids
    assert service.pk not in run_search(text="", risk="housing").service_ids


def test_the_search_box_is_a_styled_textbox_with_its_label_above(
    client: Client, reference: None
) -> None:
    html = client.get(reverse("socialmap:search")).content.decode()
    field = html.split('<label class="utrecht-form-label" for="id_q">')[1].split("</div>")[0]
    assert 'class="utrecht-textbox utrecht-textbox--html-input"' in field
    assert 'type="search"' in field
