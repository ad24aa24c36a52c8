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
# Who may change what a route shows (ADR 0005): members and national editors write a
# coalition's member-level data; the lead and national editors its lead-level data. A
# regional coordinator and an adviser read and never write.
MEMBER_WRITERS = frozenset({"partner", "lead", "national"})
LEAD_WRITERS = frozenset({"lead", "national"})
NATIONAL_WRITERS = frozenset({"national"})
EVERYBODY = frozenset(ROLES)


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
    # The roles that may write (POST, PUT, PATCH, DELETE) to this route. Every other role's
    # write is refused and changes nothing (``test_access_matrix``); ``None``: the roles
    # whose answer to this expectation is not a refusal.
    writers: frozenset[str] | None = None

    def may_write(self, role: str) -> bool:
        if self.writers is not None:
            return role in self.writers
        return self.answers[role] not in (LOGIN, FORBIDDEN, NOT_FOUND, 401, 405)


def _answers(**by_role: Answer) -> dict[str, Answer]:
    assert set(by_role) == set(ROLES), by_role
    return by_role


def public(
    name: str,
    kwargs: dict[str, Any] | None = None,
    method: str = "get",
    writers: frozenset[str] | None = None,
) -> Expect:
    """Everybody reads. ``writers``: who may write to it; a page: everybody (a public form),
    an API route: at most the coalition's lead and national editors."""
    if writers is None:
        writers = LEAD_WRITERS if name.startswith("api:") else EVERYBODY
    return Expect(name, kwargs or {}, {r: OK for r in ROLES}, method, writers=writers)


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
        writers=MEMBER_WRITERS,
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
        writers=LEAD_WRITERS,
    )


def lead_read(name: str, kwargs: dict[str, Any]) -> Expect:
    """A page of the lead that the coalition's adviser may read too (GET only)."""
    expect = lead(name, kwargs)
    return Expect(name, kwargs, {**expect.answers, "adviser": OK}, writers=LEAD_WRITERS)


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
        writers=NATIONAL_WRITERS,
    )


def overview(name: str, kwargs: dict[str, Any] | None = None, method: str = "get") -> Expect:
    """National editors and regional coordinators read; only national editors write."""
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
        writers=NATIONAL_WRITERS,
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
