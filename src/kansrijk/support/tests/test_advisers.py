"""Advisers: what they see, their advice log, follow-ups and the overview."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from kansrijk.accounts import access
from kansrijk.accounts.tests.factories import MembershipFactory, UserFactory
from kansrijk.coalitions.models import StepStatusEntry
from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.support import selectors, services
from kansrijk.support.models import AdviceEntry
from kansrijk.support.tests.factories import (
    AdviceEntryFactory,
    AdviceTopicFactory,
    AdviserAssignmentFactory,
)


@pytest.mark.django_db
def test_an_adviser_views_their_coalitions_but_cannot_edit_them_nor_see_others() -> None:
    assignment = AdviserAssignmentFactory()
    other = CoalitionFactory()
    assert access.can_view_coalition(assignment.user, assignment.coalition)
    assert not access.can_edit_coalition(assignment.user, assignment.coalition)
    assert not access.can_view_coalition(assignment.user, other)


@pytest.mark.django_db
def test_an_adviser_gets_the_member_pages_of_their_coalition_and_403_on_lead_pages(
    client: Client,
) -> None:
    assignment = AdviserAssignmentFactory()
    client.force_login(assignment.user)
    slug = assignment.coalition.slug
    assert client.get(reverse("coalitions:principles", args=[slug])).status_code == 200
    assert client.get(reverse("coalitions:edit", args=[slug])).status_code == 403
    assert client.get(reverse("support:peer_settings", args=[slug])).status_code == 403


@pytest.mark.django_db
def test_an_adviser_reads_the_leads_members_list_and_audit_log_but_cannot_invite(
    client: Client,
) -> None:
    assignment = AdviserAssignmentFactory()
    MembershipFactory(coalition=assignment.coalition, role="lead", user__full_name="Lotte Lead")
    client.force_login(assignment.user)
    slug = assignment.coalition.slug
    page = client.get(reverse("accounts:members", args=[slug]))
    assert page.status_code == 200
    assert "Lotte Lead" in page.content.decode()
    assert 'name="email"' not in page.content.decode()  # no invitation form
    assert client.get(reverse("accounts:audit_log", args=[slug])).status_code == 200
    assert client.get(reverse("socialmap:maintenance", args=[slug])).status_code == 200
    invite = {"email": "nieuw@example.org", "role": "partner"}
    assert client.post(reverse("accounts:members", args=[slug]), invite).status_code == 403
    assert not assignment.coalition.invitations.exists()


@pytest.mark.django_db
def test_an_adviser_records_a_contact_with_a_follow_up_and_the_lead_reads_it(
    client: Client,
) -> None:
    assignment = AdviserAssignmentFactory()
    topic = AdviceTopicFactory()
    client.force_login(assignment.user)
    url = reverse("support:advice_log", args=[assignment.coalition.slug])
    due = timezone.localdate() + timedelta(days=10)
    response = client.post(
        url,
        {
            "date": timezone.localdate().isoformat(),
            "form": "visit",
            "topic": topic.pk,
            "summary": "Startfoto besproken",
            "follow_up": "Cijfers van de regio sturen",
            "follow_up_due": due.isoformat(),
        },
    )
    assert response.status_code == 302
    entry = AdviceEntry.objects.get()
    assert (entry.adviser, entry.follow_up_due) == (assignment.user, due)
    lead = MembershipFactory(coalition=assignment.coalition, role="lead").user
    client.force_login(lead)
    page = client.get(url).content.decode()
    assert "Cijfers van de regio sturen" in page
    assert 'name="summary"' not in page  # the lead reads, only advisers write


@pytest.mark.django_db
def test_a_member_who_is_not_an_adviser_cannot_write_in_the_log(client: Client) -> None:
    partner = MembershipFactory(role="partner")
    client.force_login(partner.user)
    url = reverse("support:advice_log", args=[partner.coalition.slug])
    response = client.post(url, {"date": "2026-01-01", "form": "call", "summary": "x"})
    assert response.status_code == 403
    assert not AdviceEntry.objects.exists()


@pytest.mark.django_db
def test_a_follow_up_without_a_due_date_is_refused_and_nothing_is_stored() -> None:
    assignment = AdviserAssignmentFactory()
    with pytest.raises(ValidationError) as error:
        services.advice_entry_add(
            coalition=assignment.coalition,
            adviser=assignment.user,
            date=timezone.localdate(),
            form="call",
            topic=AdviceTopicFactory(),
            summary="Gesprek",
            follow_up="Terugbellen",
        )
    assert "follow_up_due" in error.value.message_dict
    assert not AdviceEntry.objects.exists()


@pytest.mark.django_db
def test_an_overdue_follow_up_shows_on_the_dashboard_of_the_adviser_and_of_the_lead(
    client: Client,
) -> None:
    assignment = AdviserAssignmentFactory()
    AdviceEntryFactory(
        coalition=assignment.coalition,
        adviser=assignment.user,
        follow_up="Plan van aanpak lezen",
        follow_up_due=timezone.localdate() - timedelta(days=1),
    )
    AdviceEntryFactory(coalition=assignment.coalition, follow_up="Nog niet te laat")
    lead = MembershipFactory(coalition=assignment.coalition, role="lead").user
    partner = MembershipFactory(coalition=assignment.coalition, role="partner").user
    for user, shown in ((assignment.user, True), (lead, True), (partner, False)):
        client.force_login(user)
        page = client.get(reverse("ui:dashboard")).content.decode()
        assert ("Plan van aanpak lezen" in page) is shown
        assert "Nog niet te laat" not in page


@pytest.mark.django_db
def test_a_completed_follow_up_is_no_longer_open_nor_overdue(client: Client) -> None:
    entry = AdviceEntryFactory(follow_up_due=timezone.localdate() - timedelta(days=3))
    lead = MembershipFactory(coalition=entry.coalition, role="lead").user
    client.force_login(lead)
    url = reverse("support:follow_up_complete", args=[entry.coalition.slug, entry.pk])
    assert client.post(url, {"note": "Gedaan"}).status_code == 302
    assert not selectors.open_follow_ups(coalition=entry.coalition).exists()
    assert selectors.overdue_follow_ups_for(user=lead) == []
    entry.refresh_from_db()
    assert entry.completion.note == "Gedaan"


@pytest.mark.django_db
def test_the_overview_shows_the_step_the_last_contact_and_what_changed_since(
    client: Client,
) -> None:
    assignment = AdviserAssignmentFactory()
    coalition = assignment.coalition
    StepStatusEntry.objects.create(coalition=coalition, step=1, status="in_place")
    AdviceEntryFactory(
        coalition=coalition,
        adviser=assignment.user,
        date=timezone.localdate() - timedelta(days=5),
        follow_up_due=timezone.localdate() - timedelta(days=1),
    )
    StepStatusEntry.objects.create(coalition=coalition, step=2, status="in_progress")
    [row] = selectors.adviser_overview(user=assignment.user)
    assert row.step is not None and row.step.number == 2
    assert row.last_contact is not None
    assert row.overdue == 1
    assert any(change.count >= 1 for change in row.changes)
    client.force_login(assignment.user)
    page = client.get(reverse("support:adviser_overview")).content.decode()
    assert coalition.name in page


@pytest.mark.django_db
def test_someone_without_assignments_gets_no_adviser_overview(client: Client) -> None:
    client.force_login(UserFactory())
    assert client.get(reverse("support:adviser_overview")).status_code == 403


@pytest.mark.django_db
def test_an_adviser_sees_the_social_map_entries_of_their_coalition_that_its_lead_sees() -> None:
    from kansrijk.socialmap import selectors as socialmap
    from kansrijk.socialmap.models import Approval
    from kansrijk.socialmap.services.carepaths import CarePathData, StepData, care_path_save
    from kansrijk.socialmap.tests.factories import (
        make_organization,
        make_risk_situation,
        make_service,
    )

    assignment = AdviserAssignmentFactory()
    outsider = UserFactory()
    organization = make_organization(coalition=assignment.coalition)
    pending = make_service(organization=organization, approval=Approval.PENDING)
    assert socialmap.service_is_visible(assignment.user, pending)
    assert not socialmap.service_is_visible(outsider, pending)
    path = care_path_save(
        coalition=assignment.coalition,
        risk_situation=make_risk_situation(),
        data=CarePathData(
            signallers="JGZ",
            owner="Werkgroep (fictief)",
            steps=[StepData(text="Verwijs door.")],
            visibility="professionals",
        ),
    ).care_path
    assert socialmap.care_path_is_visible(assignment.user, path)
    assert not socialmap.care_path_is_visible(outsider, path)
