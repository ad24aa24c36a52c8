"""The customer route, the page for parents, the API and the demo content."""

import io
import json

import pytest
from django.test import Client
from django.urls import reverse

from kansrijk.accounts.models import User
from kansrijk.coalitions.models import Coalition
from kansrijk.socialmap.models import Approval, Contact, RiskSituation, Service
from kansrijk.socialmap.tests.factories import make_organization, make_service

pytestmark = pytest.mark.django_db


def test_the_customer_route_shows_every_phase_with_contact_moments_and_services(
    reference: None, coalition: Coalition, client: Client
) -> None:
    make_service(
        organization=make_organization(coalition=coalition),
        name="Kraamzorg thuis",
        phases=",after_birth,",
        domain="medical",
    )
    html = client.get(
        reverse("socialmap:customer_route", args=["testrijk"]), HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    for phase in ("Before pregnancy", "During pregnancy", "After birth", "First two years"):
        assert phase in html
    assert "<svg" in html and "<table" in html
    assert "First midwife visit" in html and "Prenatal home visit by youth health care" in html
    table = html[html.index("<table") :]
    assert table.index("After birth") < table.index("Kraamzorg thuis")


def test_the_parents_page_shows_only_public_active_entries(
    reference: None, coalition: Coalition, client: Client
) -> None:
    organization = make_organization(coalition=coalition)
    make_service(organization=organization, name="Openbare hulp")
    make_service(organization=organization, name="Nog niet goedgekeurd", approval=Approval.PENDING)
    make_service(organization=organization, name="Gestopte hulp", status="inactive")
    code = coalition.municipalities.get().code
    html = client.get(reverse("socialmap:parents", args=[code])).content.decode()
    assert "Openbare hulp" in html
    assert "Nog niet goedgekeurd" not in html and "Gestopte hulp" not in html


def test_the_api_gives_contact_persons_to_members_only(
    coalition: Coalition, partner_user: User, client: Client
) -> None:
    service = make_service(organization=make_organization(coalition=coalition))
    Contact.objects.create(service=service, name="Anouk de Vries (fictief)")
    url = reverse("api:socialmap_api:service", args=[service.uuid])
    assert "Anouk" not in client.get(url).content.decode()
    client.force_login(partner_user)
    assert "Anouk" in client.get(url).content.decode()


def test_the_api_lists_services_that_wait_for_approval_to_members_only(
    coalition: Coalition, partner_user: User, client: Client
) -> None:
    make_service(organization=make_organization(coalition=coalition), approval=Approval.PENDING)
    url = reverse("api:socialmap_api:services")
    assert json.loads(client.get(url).content)["count"] == 0
    client.force_login(partner_user)
    assert json.loads(client.get(url).content)["count"] == 1


def test_the_api_lists_the_risk_situations_for_other_apps(reference: None, client: Client) -> None:
    data = json.loads(client.get(reverse("api:socialmap_api:risk_situations")).content)
    keys = {row["key"] for row in data["results"]}
    assert len(keys) >= 16 and {"finances-and-debts", "uninsured", "newcomers"} <= keys


def test_the_demo_holds_a_social_map_and_care_paths_and_loads_twice_the_same(
    client: Client,
) -> None:
    from django.core.management import call_command

    from kansrijk.socialmap import demo

    out = io.StringIO()
    call_command("load_demo", stdout=out)
    counts = (Service.objects.count(), RiskSituation.objects.count())
    demo.load(stdout=out)
    assert (Service.objects.count(), RiskSituation.objects.count()) == counts
    utrecht = Service.objects.filter(organization__coalition__slug="utrecht")
    assert utrecht.filter(domain="informal").exists()
    assert utrecht.filter(organization__name__startswith="Home-Start").exists()
    response = client.get(reverse("socialmap:search"), {"q": "schulden", "gemeente": "GM0344"})
    html = response.content.decode()
    assert "Schuldhulpverlening met voorrang voor zwangeren" in html
    assert "Financiën en schulden" in html
    export = json.loads(client.get(reverse("socialmap:export_json", args=["utrecht"])).content)
    from kansrijk.socialmap.hsds.schema import validate

    assert export["total_items"] > 15 and validate("service", export["contents"]) == []


def test_the_parents_page_has_a_table_of_contents_and_shows_each_service_in_full_once(
    reference: None, coalition: Coalition, client: Client
) -> None:
    organization = make_organization(coalition=coalition)
    make_service(
        organization=organization,
        name="Wijkteam voor iedereen",
        phases=",before_pregnancy,during_pregnancy,after_birth,first_two_years,",
    )
    make_service(organization=organization, name="Kraamzorg thuis", phases=",after_birth,")
    make_service(
        organization=organization,
        name="Consultatiebureau",
        phases=",after_birth,first_two_years,",
    )
    code = coalition.municipalities.get().code
    html = client.get(reverse("socialmap:parents", args=[code])).content.decode()
    toc = html.split('<nav class="sm-toc"')[1].split("</nav>")[0]
    for anchor in ("altijd", "before_pregnancy", "during_pregnancy", "after_birth"):
        assert f'href="#fase-{anchor}"' in toc and f'id="fase-{anchor}"' in html
    # a service for every phase is shown once, in its own group, not four times
    assert html.count('<h3 class="utrecht-heading-3"') == 3
    assert html.count("Wijkteam voor iedereen") == 1
    # a service for two phases is described once and referred to in the other phase
    assert html.count("Consultatiebureau") == 2
    assert 'href="#dienst-' in html.split('id="fase-first_two_years"')[1]


def test_the_parents_page_is_linked_from_the_coalition_page_and_from_home(
    reference: None, coalition: Coalition, client: Client
) -> None:
    make_service(organization=make_organization(coalition=coalition), name="Openbare hulp")
    code = coalition.municipalities.get().code
    url = reverse("socialmap:parents", args=[code])
    assert (
        f'href="{url}"'
        in client.get(reverse("coalitions:detail", args=["testrijk"])).content.decode()
    )
    index = reverse("socialmap:parents_index")
    assert f'href="{index}"' in client.get("/").content.decode()
    assert f'href="{url}"' in client.get(index).content.decode()
