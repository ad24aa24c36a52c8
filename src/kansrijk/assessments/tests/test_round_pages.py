"""The lead's pages: starting a round, making links (shown once), closing."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from kansrijk.accounts.models import Membership, User
from kansrijk.assessments.models import InvitationLink, Round
from kansrijk.assessments.services import hash_token
from kansrijk.assessments.tests.factories import seed_analysetool
from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.tests.factories import CoalitionFactory

pytestmark = pytest.mark.django_db


def _lead(coalition: Coalition) -> Client:
    user = User.objects.create_user("trekker@example.org", "x", full_name="Trekker")
    Membership.objects.create(user=user, coalition=coalition, role="lead")
    client = Client()
    client.force_login(user)
    return client


def test_the_lead_starts_a_round_makes_links_that_are_shown_once_and_closes_it() -> None:
    seed_analysetool()
    coalition = CoalitionFactory.create()
    client = _lead(coalition)
    started = client.post(
        reverse("assessments:round_open", kwargs={"slug": coalition.slug}),
        {"title": "Analysetool 2027"},
    )
    assessment_round = Round.objects.get(coalition=coalition)
    assert started.status_code == 302 and assessment_round.version.number == 1
    kwargs = {"slug": coalition.slug, "pk": assessment_round.pk}
    valid_until = (timezone.localdate() + timedelta(days=14)).isoformat()
    made = client.post(
        reverse("assessments:links_create", kwargs=kwargs),
        {"count": 3, "label": "Geboortezorg", "valid_until": valid_until},
        follow=True,
    )
    page = made.content.decode()
    tokens = re.findall(r"<code>[^<]*/analysetool/invullen/([^<]+)</code>", page)
    assert len(tokens) == 3
    assert {hash_token(t) for t in tokens} == set(
        InvitationLink.objects.values_list("token_hash", flat=True)
    )
    again = client.get(reverse("assessments:round", kwargs=kwargs)).content.decode()
    assert not any(token in again for token in tokens)
    client.post(reverse("assessments:round_close", kwargs=kwargs), {"confirm": "on"})
    assessment_round.refresh_from_db()
    assert assessment_round.closed_at is not None


def test_closing_a_round_asks_for_confirmation_first_and_works_without_javascript() -> None:
    seed_analysetool()
    coalition = CoalitionFactory.create()
    client = _lead(coalition)
    client.post(
        reverse("assessments:round_open", kwargs={"slug": coalition.slug}), {"title": "Ronde"}
    )
    assessment_round = Round.objects.get(coalition=coalition)
    kwargs = {"slug": coalition.slug, "pk": assessment_round.pk}
    url = reverse("assessments:round_close", kwargs=kwargs)
    # the round page asks to tick the confirmation before the button closes the round
    page = client.get(reverse("assessments:round", kwargs=kwargs)).content.decode()
    form = page.split(f'action="{url}"')[1].split("</form>")[0]
    assert 'type="checkbox" name="confirm"' in form and "required" in form
    # a confirmation page exists on its own, for a link or a bookmark
    confirm_page = client.get(url)
    assert confirm_page.status_code == 200
    assert 'name="confirm"' in confirm_page.content.decode()
    # without the tick: nothing closes, a Dutch message says why
    refused = client.post(url)
    assessment_round.refresh_from_db()
    assert assessment_round.closed_at is None
    assert refused.status_code == 400
    assert "Vink aan dat u de ronde wilt sluiten" in refused.content.decode()
    closed = client.post(url, {"confirm": "on"})
    assert closed.status_code == 302
    assessment_round.refresh_from_db()
    assert assessment_round.closed_at is not None


def test_a_link_valid_for_more_than_a_year_is_refused_with_a_message() -> None:
    seed_analysetool()
    coalition = CoalitionFactory.create()
    client = _lead(coalition)
    client.post(
        reverse("assessments:round_open", kwargs={"slug": coalition.slug}), {"title": "Ronde"}
    )
    assessment_round = Round.objects.get(coalition=coalition)
    response = client.post(
        reverse(
            "assessments:links_create", kwargs={"slug": coalition.slug, "pk": assessment_round.pk}
        ),
        {"count": 1, "valid_until": (timezone.localdate() + timedelta(days=400)).isoformat()},
    )
    assert response.status_code == 400
    assert "hoogstens een jaar" in response.content.decode()
    assert not InvitationLink.objects.exists()


def test_a_second_open_round_is_refused_with_a_message() -> None:
    seed_analysetool()
    coalition = CoalitionFactory.create()
    client = _lead(coalition)
    url = reverse("assessments:round_open", kwargs={"slug": coalition.slug})
    client.post(url, {"title": "Eerste"})
    response = client.post(url, {"title": "Tweede"})
    assert response.status_code == 400
    assert "Sluit die voordat u een nieuwe start" in response.content.decode()
    assert Round.objects.count() == 1
