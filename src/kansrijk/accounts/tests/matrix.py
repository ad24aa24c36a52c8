"""The access matrix: every named URL, every role, the expected answer.

Each app writes ``tests/access.py`` with ``expectations(world) -> list[Expect]``.
``test_access_matrix`` requests every expectation as every role and fails on a named URL
that has no expectation, so a new view cannot slip in without a rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.apps import apps

from kansrijk.accounts.models import Membership, RegionalAssignment, User
from kansrijk.coalitions.models import Coalition

# ``adviser``: an adviser of the support programme assigned to the test coalition (issue 10):
# sees what members see of it and reads the lead's read-only pages (``lead_read``), but
# does not pass the lead's checks for anything that changes data.
ROLES = ("anonymous", "outsider", "partner", "lead", "regional", "national", "adviser")
LOGIN = "login"  # a redirect to the log-in page
OK = 200
FORBIDDEN = 403
NOT_FOUND = 404
REDIRECT = 302  # a redirect elsewhere than the log-in page (e.g. after a successful POST)

Answer = int | str


@dataclass
class World:
    coalition: Coalition
    other: Coalition
    users: dict[str, User | None]
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Expect:
    name: str
    kwargs: dict[str, Any]
    answers: dict[str, Answer]
    method: str = "get"
    data: dict[str, Any] | None = None


def _answers(**by_role: Answer) -> dict[str, Answer]:
    assert set(by_role) == set(ROLES), by_role
    return by_role


def public(name: str, kwargs: dict[str, Any] | None = None, method: str = "get") -> Expect:
    return Expect(name, kwargs or {}, {r: OK for r in ROLES}, method)


def logged_in(name: str, kwargs: dict[str, Any] | None = None) -> Expect:
    answers: dict[str, Answer] = {r: OK for r in ROLES}
    answers["anonymous"] = LOGIN
    return Expect(name, kwargs or {}, answers)


def members(name: str, kwargs: dict[str, Any], method: str = "get", ok: Answer = OK) -> Expect:
    return Expect(
        name,
        kwargs,
        _answers(
            anonymous=LOGIN,
            outsider=FORBIDDEN,
            partner=ok,
            lead=ok,
            regional=ok,
            national=ok,
            adviser=ok,
        ),
        method,
    )


def lead(name: str, kwargs: dict[str, Any], method: str = "get", ok: Answer = OK) -> Expect:
    return Expect(
        name,
        kwargs,
        _answers(
            anonymous=LOGIN,
            outsider=FORBIDDEN,
            partner=FORBIDDEN,
            lead=ok,
            regional=FORBIDDEN,
            national=ok,
            adviser=FORBIDDEN,
        ),
        method,
    )


def lead_read(name: str, kwargs: dict[str, Any]) -> Expect:
    """A page of the lead that the coalition's adviser may read too (GET only)."""
    expect = lead(name, kwargs)
    return Expect(name, kwargs, {**expect.answers, "adviser": OK})


def national(
    name: str, kwargs: dict[str, Any] | None = None, method: str = "get", ok: Answer = OK
) -> Expect:
    return Expect(
        name,
        kwargs or {},
        _answers(
            anonymous=LOGIN,
            outsider=FORBIDDEN,
            partner=FORBIDDEN,
            lead=FORBIDDEN,
            regional=FORBIDDEN,
            national=ok,
            adviser=FORBIDDEN,
        ),
        method,
    )


def overview(name: str, kwargs: dict[str, Any] | None = None, method: str = "get") -> Expect:
    """National editors and regional coordinators."""
    return Expect(
        name,
        kwargs or {},
        _answers(
            anonymous=LOGIN,
            outsider=FORBIDDEN,
            partner=FORBIDDEN,
            lead=FORBIDDEN,
            regional=OK,
            national=OK,
            adviser=FORBIDDEN,
        ),
        method,
    )


def custom(
    name: str,
    kwargs: dict[str, Any],
    method: str = "get",
    data: dict[str, Any] | None = None,
    **answers: Answer,
) -> Expect:
    return Expect(name, kwargs, _answers(**answers), method, data)


def build_world() -> World:
    from kansrijk.coalitions.tests.factories import CoalitionFactory
    from kansrijk.regions.tests.factories import MunicipalityFactory

    municipality = MunicipalityFactory()
    coalition = CoalitionFactory(slug="coalitie-a", municipalities=[municipality])
    other = CoalitionFactory(slug="coalitie-b", municipalities=[MunicipalityFactory()])

    def user(email: str, **extra: Any) -> User:
        return User.objects.create_user(
            email, "correct-horse-battery", full_name=email.split("@")[0], **extra
        )

    outsider, partner, lead_user, regional = (
        user(f"{role}@example.org") for role in ("outsider", "partner", "lead", "regional")
    )
    adviser = user("adviser@example.org")
    users: dict[str, User | None] = {
        "anonymous": None,
        "outsider": outsider,
        "partner": partner,
        "lead": lead_user,
        "regional": regional,
        "national": user("national@example.org", is_national_editor=True),
        "adviser": adviser,
    }
    if apps.is_installed("kansrijk.support"):  # accounts does not import support
        assignment = apps.get_model("support", "AdviserAssignment")
        assignment.objects.create(user=adviser, coalition=coalition)
    Membership.objects.create(user=outsider, coalition=other, role="lead")
    Membership.objects.create(user=partner, coalition=coalition, role="partner")
    Membership.objects.create(user=lead_user, coalition=coalition, role="lead")
    RegionalAssignment.objects.create(user=regional, ggd_region=municipality.ggd_region)
    return World(coalition=coalition, other=other, users=users)
