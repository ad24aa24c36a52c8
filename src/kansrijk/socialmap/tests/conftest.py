import io
from typing import Any

import pytest

from kansrijk.accounts.models import Membership, User
from kansrijk.coalitions.models import Coalition
from kansrijk.socialmap.tests.factories import make_coalition, make_municipality


@pytest.fixture(autouse=True)
def _fresh_search_lists() -> None:
    """The search's lists live in memory for a minute; every test starts without them."""
    from kansrijk.socialmap.search import lists

    lists.clear()


@pytest.fixture
def reference(db: Any) -> None:
    """The shipped lists: risk situations, contact moments, synonyms."""
    from kansrijk.socialmap import reference as socialmap_reference

    socialmap_reference.load(stdout=io.StringIO())


@pytest.fixture
def coalition(db: Any) -> Coalition:
    return make_coalition(slug="testrijk", municipalities=[make_municipality(code="GM9901")])


def member(coalition: Coalition, role: str, email: str) -> User:
    user = User.objects.create_user(email, "correct-horse-battery", full_name=email.split("@")[0])
    Membership.objects.create(user=user, coalition=coalition, role=role)
    return user


@pytest.fixture
def lead_user(coalition: Coalition) -> User:
    return member(coalition, "lead", "trekker@example.org")


@pytest.fixture
def partner_user(coalition: Coalition) -> User:
    return member(coalition, "partner", "partner@example.org")
