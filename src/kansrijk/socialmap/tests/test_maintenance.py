"""Keeping the map current: approval, staleness on every page, the lead's list, reminders,
completeness and duplicates."""

from datetime import date

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from kansrijk.accounts.models import User
from kansrijk.coalitions.models import Coalition
from kansrijk.socialmap.models import Approval, Service
from kansrijk.socialmap.tests.factories import make_organization, make_service

pytestmark = pytest.mark.django_db

STALE = "not checked for over a year"


def form_data(coalition: Coalition, organization_pk: int, **changes: object) -> dict[str, object]:
    values: dict[str, object] = {
        "organization": organization_pk,
        "name": "Budgetcoaching",
        "description": "Samen rondkomen.",
        "domain": "social",
        "phases": ["during_pregnancy"],
        "municipalities": [m.pk for m in coalition.municipalities.all()],
        "status": "active",
        "access": "both",
        "languages": "nl",
        "eligibility": "Iedereen",
    }
    values.update(changes)
    return values


def test_a_partner_adds_a_service_that_waits_for_the_leads_approval(
    reference: None, coalition: Coalition, partner_user: User, lead_user: User, client: Client
) -> None:
    organization = make_organization(coalition=coalition)
    organization.maintainers.add(partner_user)
    client.force_login(partner_user)
    response = client.post(
        reverse("socialmap:service_new", args=["testrijk"]), form_data(coalition, organization.pk)
    )
    assert response.status_code == 302
    service = Service.objects.get(name="Budgetcoaching")
    assert service.approval == Approval.PENDING and not service.is_public
    anonymous = Client().get(reverse("socialmap:service_detail", args=[service.uuid]))
    assert anonymous.status_code == 404
    client.force_login(lead_user)
    client.post(reverse("socialmap:service_approve", args=[service.uuid]))
    service.refresh_from_db()
    assert service.is_public


def test_a_partner_cannot_edit_an_organisation_they_do_not_maintain(
    coalition: Coalition, partner_user: User, client: Client
) -> None:
    service = make_service(organization=make_organization(coalition=coalition))
    client.force_login(partner_user)
    assert client.get(reverse("socialmap:service_edit", args=[service.uuid])).status_code == 403


def test_a_similar_name_in_the_same_organisation_is_flagged_before_saving(
    reference: None, coalition: Coalition, lead_user: User, client: Client
) -> None:
    organization = make_organization(coalition=coalition)
    make_service(organization=organization, name="Budgetcoaching voor gezinnen")
    client.force_login(lead_user)
    url = reverse("socialmap:service_new", args=["testrijk"])
    response = client.post(
        url, form_data(coalition, organization.pk, name="Budgetcoaching gezinnen")
    )
    assert response.status_code == 200
    assert Service.objects.count() == 1
    confirmed = form_data(
        coalition, organization.pk, name="Budgetcoaching gezinnen", not_a_duplicate="on"
    )
    assert client.post(url, confirmed).status_code == 302
    assert Service.objects.count() == 2


def test_an_entry_not_verified_for_a_year_is_marked_stale_on_every_page(
    reference: None, coalition: Coalition, client: Client
) -> None:
    service = make_service(
        organization=make_organization(coalition=coalition),
        name="Oude inloop",
        assured_date=date(2020, 1, 1),
    )
    code = coalition.municipalities.get().code
    pages = [
        reverse("socialmap:social_map", args=["testrijk"]),
        reverse("socialmap:service_detail", args=[service.uuid]),
        reverse("socialmap:parents", args=[code]),
        reverse("socialmap:search") + "?q=inloop",
    ]
    for page in pages:
        assert STALE in client.get(page, HTTP_ACCEPT_LANGUAGE="en").content.decode(), page


def test_the_lead_sees_stale_and_incomplete_entries_with_owners_and_sends_a_reminder(
    reference: None, coalition: Coalition, lead_user: User, partner_user: User, client: Client
) -> None:
    organization = make_organization(coalition=coalition)
    organization.maintainers.add(partner_user)
    stale = make_service(organization=organization, name="Oud", assured_date=date(2020, 1, 1))
    incomplete = make_service(organization=organization, name="Half", eligibility="")
    client.force_login(lead_user)
    page = client.get(reverse("socialmap:maintenance", args=["testrijk"])).content.decode()
    assert "Oud" in page and "Half" in page and "partner" in page
    response = client.post(
        reverse("socialmap:remind", args=["testrijk"]), {"service": [stale.pk, incomplete.pk]}
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    assert mail.outbox[0].to == ["partner@example.org"]
    stale.refresh_from_db()
    assert stale.reminded_at is not None


def test_saving_an_entry_marks_it_as_verified_today(
    coalition: Coalition, partner_user: User, client: Client
) -> None:
    organization = make_organization(coalition=coalition)
    organization.maintainers.add(partner_user)
    service = make_service(organization=organization, assured_date=date(2020, 1, 1))
    client.force_login(partner_user)
    client.post(reverse("socialmap:service_verify", args=[service.uuid]))
    service.refresh_from_db()
    assert service.assured_date is not None and service.assured_date.year >= 2025
