"""A small API world: regions, coalitions, partner types and API keys of each role."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kansrijk.accounts.models import Membership, User
from kansrijk.api import services
from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.tests.factories import CoalitionFactory, PartnerTypeFactory
from kansrijk.regions.tests.factories import MunicipalityFactory


@dataclass
class ApiWorld:
    coalition: Coalition
    other: Coalition
    municipalities: list[Any]
    national_key: str
    lead_key: str
    partner_key: str
    outsider_key: str


def _user(email: str, **extra: object) -> User:
    return User.objects.create_user(email, "correct-horse-battery", full_name="Test", **extra)


def build_api_world() -> ApiWorld:
    municipalities = [MunicipalityFactory(code=f"GM08{n:02d}") for n in range(4)]
    coalition = CoalitionFactory(slug="utrecht", municipalities=[municipalities[0]])
    other = CoalitionFactory(slug="zwolle", municipalities=[municipalities[1]])
    PartnerTypeFactory(key="jgz")
    national = _user("national@example.org", is_national_editor=True)
    lead, partner, outsider = (_user(f"{r}@example.org") for r in ("lead", "partner", "outsider"))
    Membership.objects.create(user=lead, coalition=coalition, role="lead")
    Membership.objects.create(user=partner, coalition=coalition, role="partner")
    Membership.objects.create(user=outsider, coalition=other, role="lead")

    def key(user: User) -> str:
        return services.api_token_create(user=user, name="test", second_factor=True)[1]

    return ApiWorld(
        coalition=coalition,
        other=other,
        municipalities=municipalities,
        national_key=key(national),
        lead_key=key(lead),
        partner_key=key(partner),
        outsider_key=key(outsider),
    )
