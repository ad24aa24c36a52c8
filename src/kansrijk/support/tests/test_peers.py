"""Peer suggestions with their reasons, what is shared, and messages between leads."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import translation

from kansrijk.accounts.tests.factories import MembershipFactory
from kansrijk.coalitions.models import StepStatusEntry
from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.indicators.tests.conftest import Startfoto, startfoto_world
from kansrijk.regions.models import Municipality
from kansrijk.regions.tests.factories import MunicipalityFactory
from kansrijk.support import keyfigures, peers, services
from kansrijk.support.models import PeerMessage, PeerSettings
from kansrijk.support.tests.factories import CoalitionFocusFactory, SupportThemeFactory

__all__ = ["startfoto_world"]  # the startfoto's test figures, as a fixture here too


def municipality(code: str) -> Municipality:
    return MunicipalityFactory(code=code)


def test_the_cbs_key_figures_are_read_from_the_shipped_file() -> None:
    utrecht = keyfigures.for_codes(["GM0344"])
    assert utrecht is not None and utrecht.population > 300_000 and utrecht.urbanity == 1
    both = keyfigures.for_codes(["GM0344", "GM0014"])
    assert both is not None and both.population > utrecht.population
    assert keyfigures.for_codes(["GM9999"]) is None


@pytest.mark.django_db
def test_a_coalition_sees_explained_suggestions_of_peers_with_the_same_theme(
    client: Client,
) -> None:
    poverty = SupportThemeFactory(key="armoede", name="Armoede en schulden")
    tilburg = CoalitionFactory(municipalities=[municipality("GM0855")])
    zwolle = CoalitionFactory(
        name="Kansrijke Start Zwolle", municipalities=[municipality("GM0193")]
    )
    CoalitionFocusFactory(coalition=tilburg, theme=poverty)
    CoalitionFocusFactory(coalition=zwolle, theme=poverty, since=2024)
    StepStatusEntry.objects.create(coalition=zwolle, step=1, status="in_place")
    member = MembershipFactory(coalition=tilburg, role="partner").user
    client.force_login(member)
    page = client.get(reverse("support:peers", args=[tilburg.slug])).content.decode()
    assert "Kansrijke Start Zwolle" in page
    assert "armoede en schulden" in page and "2024" in page
    assert "stap 1" in page or "step 1" in page


@pytest.mark.django_db
def test_themes_a_coalition_keeps_private_are_neither_shown_nor_used(client: Client) -> None:
    poverty = SupportThemeFactory(key="armoede", name="Armoede")
    target, private = CoalitionFactory(), CoalitionFactory()
    CoalitionFocusFactory(coalition=target, theme=poverty)
    CoalitionFocusFactory(coalition=private, theme=poverty)
    PeerSettings.objects.create(coalition=private, share_focus=False)
    assert peers.profile(private, public=True).themes == {}
    assert peers.profile(private, public=False).themes
    assert all(other != private for other, _s in peers.suggestions(coalition=target))


@pytest.mark.django_db
def test_a_coalition_that_opts_out_is_never_suggested() -> None:
    theme = SupportThemeFactory()
    target, hidden = CoalitionFactory(), CoalitionFactory()
    for coalition in (target, hidden):
        CoalitionFocusFactory(coalition=coalition, theme=theme)
    assert [c for c, _s in peers.suggestions(coalition=target)] == [hidden]
    PeerSettings.objects.create(coalition=hidden, suggest_to_others=False)
    assert peers.suggestions(coalition=target) == []


@pytest.mark.django_db
def test_a_lead_writes_to_another_lead_without_either_seeing_an_address(
    client: Client, django_capture_on_commit_callbacks: object
) -> None:
    sender = MembershipFactory(role="lead", user__email="sender@example.org")
    receiver = MembershipFactory(role="lead", user__email="receiver@example.org")
    client.force_login(sender.user)
    url = reverse("support:peer_contact", args=[sender.coalition.slug, receiver.coalition.slug])
    form_page = client.get(url).content.decode()
    assert "receiver@example.org" not in form_page
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        response = client.post(
            url, {"subject": "Zorgpad schulden", "body": "Hoe deden jullie dat?"}
        )
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["receiver@example.org"]
    assert "sender@example.org" not in message.body + str(message.extra_headers)
    assert "Hoe deden jullie dat?" in message.body
    client.force_login(receiver.user)
    inbox = client.get(reverse("support:messages", args=[receiver.coalition.slug])).content.decode()
    assert "Zorgpad schulden" in inbox and "sender@example.org" not in inbox


@pytest.mark.django_db
def test_a_coalition_that_accepts_no_messages_cannot_be_written_to() -> None:
    sender = MembershipFactory(role="lead")
    closed = CoalitionFactory()
    PeerSettings.objects.create(coalition=closed, accept_messages=False)
    with pytest.raises(ValidationError):
        services.peer_message_send(
            sender=sender.user,
            from_coalition=sender.coalition,
            to_coalition=closed,
            subject="Vraag",
            body="Hallo",
        )
    assert not PeerMessage.objects.exists()


@pytest.mark.django_db
def test_a_lead_names_the_themes_and_sharing_of_the_coalition(client: Client) -> None:
    lead = MembershipFactory(role="lead")
    theme = SupportThemeFactory()
    client.force_login(lead.user)
    url = reverse("support:peer_settings", args=[lead.coalition.slug])
    response = client.post(url, {"themes": [theme.pk], "since": 2022, "accept_messages": "on"})
    assert response.status_code == 302
    settings = PeerSettings.objects.get(coalition=lead.coalition)
    assert (settings.suggest_to_others, settings.share_focus, settings.accept_messages) == (
        False,
        False,
        True,
    )
    [focus] = lead.coalition.focus_themes.all()
    assert (focus.theme, focus.since) == (theme, 2022)


@pytest.mark.django_db
def test_a_peer_with_the_same_significantly_unfavourable_figure_is_suggested_with_that_reason(
    startfoto_world: Startfoto,
) -> None:
    # Utrecht's startfoto shows big2 significantly worse than the country; a regional
    # coalition that includes Utrecht shares that finding.
    regional = CoalitionFactory(
        name="Kansrijke Start Regio Utrecht (fictief)",
        kind="regional",
        municipalities=[startfoto_world.big, startfoto_world.middle],
    )
    with translation.override("en"):
        found = dict(peers.suggestions(coalition=startfoto_world.coalition))
        reasons = [peers.explain(reason) for reason in found[regional].reasons]
    assert "also scores unfavourably on " + startfoto_world.indicator.name_en in reasons
