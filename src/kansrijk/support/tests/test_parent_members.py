"""Parents and experts by experience as coalition members, without an organisation."""

import pytest
from django.template import Context, Template
from django.utils import translation

from kansrijk.accounts import access, services
from kansrijk.accounts.tests.factories import MembershipFactory


@pytest.mark.django_db
def test_a_lead_invites_a_parent_who_joins_without_an_organisation_and_is_labelled_as_such() -> (
    None
):
    lead = MembershipFactory(role="lead")
    invitation, _token = services.invitation_create(
        coalition=lead.coalition,
        email="ouder@example.org",
        role="parent",
        invited_by=lead.user,
        base_url="http://testserver",
    )
    parent = services.invitation_accept(
        invitation=invitation, full_name="Een ouder", password="lang-genoeg-wachtwoord-42"
    )
    assert parent.organisation == ""
    assert access.can_view_coalition(parent, lead.coalition)
    assert not access.can_edit_coalition(parent, lead.coalition)
    template = Template("{% load support %}[{% contributor_role user coalition %}]")
    with translation.override("nl"):
        label = template.render(Context({"user": parent, "coalition": lead.coalition}))
        other = template.render(Context({"user": lead.user, "coalition": lead.coalition}))
    assert label == "[ouder / ervaringsdeskundige]"
    assert other == "[]"
