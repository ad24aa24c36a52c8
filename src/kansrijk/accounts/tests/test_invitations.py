"""Invitations by e-mail link: they expire, can be withdrawn and work only once."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from kansrijk.accounts import services
from kansrijk.accounts.models import Invitation, Membership, User
from kansrijk.accounts.tests.factories import MembershipFactory, UserFactory
from kansrijk.coalitions.tests.factories import CoalitionFactory

STRONG = "een-lang-wachtwoord-voor-de-test"


def invite(client: Client) -> tuple[Invitation, str]:
    coalition = CoalitionFactory()
    client.force_login(MembershipFactory(coalition=coalition, role="lead").user)
    client.post(
        f"/coalities/{coalition.slug}/leden", {"email": "Nieuw@Example.org", "role": "partner"}
    )
    client.logout()
    link = re.search(r"http://testserver(/uitnodiging/\S+)", str(mail.outbox[-1].body))
    assert link is not None
    return Invitation.objects.get(), link.group(1)


@pytest.mark.django_db
def test_the_lead_invites_by_e_mail_and_the_invitee_joins_with_a_new_account(
    client: Client,
) -> None:
    invitation, path = invite(client)
    assert mail.outbox[-1].to == ["nieuw@example.org"]
    assert invitation.token_hash not in path  # only the hash is stored, never the token
    response = client.post(path, {"full_name": "Nieuwe Partner (fictief)", "password": STRONG})
    assert response.status_code == 302
    user = User.objects.get(email="nieuw@example.org")
    assert Membership.objects.filter(
        user=user, coalition=invitation.coalition, role="partner"
    ).exists()
    assert user.password.startswith("md5$") or user.password.startswith("argon2")


@pytest.mark.django_db
def test_a_used_invitation_cannot_be_used_again(client: Client) -> None:
    _invitation, path = invite(client)
    client.post(path, {"full_name": "Eerste (fictief)", "password": STRONG})
    second = Client().post(path, {"full_name": "Tweede (fictief)", "password": STRONG})
    assert second.status_code == 410
    assert User.objects.filter(email="nieuw@example.org").count() == 1


@pytest.mark.django_db
def test_an_expired_invitation_is_refused_with_a_clear_message(client: Client) -> None:
    invitation, path = invite(client)
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    response = client.get(path)
    assert response.status_code == 410
    assert "verlopen" in response.content.decode()


@pytest.mark.django_db
def test_a_withdrawn_invitation_is_refused(client: Client) -> None:
    invitation, path = invite(client)
    services.invitation_revoke(invitation=invitation)
    assert client.post(path, {"full_name": "X (fictief)", "password": STRONG}).status_code == 410
    assert not User.objects.filter(email="nieuw@example.org").exists()


@pytest.mark.django_db
def test_an_unknown_invitation_link_answers_404() -> None:
    assert Client().get("/uitnodiging/bestaat-niet").status_code == 404


@pytest.mark.django_db
def test_a_weak_password_is_refused_and_nothing_is_stored(client: Client) -> None:
    _invitation, path = invite(client)
    response = client.post(path, {"full_name": "Zwak (fictief)", "password": "12345"})
    assert response.status_code == 200
    assert "Dit wachtwoord is te kort" in response.content.decode()
    assert not User.objects.filter(email="nieuw@example.org").exists()


@pytest.mark.django_db
def test_a_logged_in_user_accepts_an_invitation_into_their_own_account(client: Client) -> None:
    _invitation, path = invite(client)
    existing = UserFactory(email="iemand@example.org")
    client.force_login(existing)
    client.post(path)
    assert existing.memberships.count() == 1


@pytest.mark.django_db
def test_the_invitation_form_preselects_the_least_privileged_role_partner(client: Client) -> None:
    coalition = CoalitionFactory()
    client.force_login(MembershipFactory(coalition=coalition, role="lead").user)
    html = client.get(f"/coalities/{coalition.slug}/leden").content.decode()
    selected = re.findall(r'<option value="(\w+)"[^>]*\bselected\b', html)
    assert selected == ["partner"]
    # the lead role stays available, but has to be chosen on purpose
    assert '<option value="lead"' in html
