from io import StringIO

import pytest

from kansrijk.accounts.models import Membership, User
from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.monitoring import reference


@pytest.fixture
def seeded(db: None) -> None:
    from kansrijk.assessments import reference as assessments_reference

    assessments_reference.load(stdout=StringIO())
    reference.load(stdout=StringIO())


@pytest.fixture
def coalition(db: None) -> Coalition:
    return CoalitionFactory(slug="testcoalitie")


def _user(email: str, **extra: object) -> User:
    return User.objects.create_user(email, "correct-horse-battery", full_name=email, **extra)


@pytest.fixture
def lead(coalition: Coalition) -> User:
    user = _user("lead@example.org")
    Membership.objects.create(user=user, coalition=coalition, role="lead")
    return user


@pytest.fixture
def partner(coalition: Coalition) -> User:
    user = _user("partner@example.org")
    Membership.objects.create(user=user, coalition=coalition, role="partner")
    return user


@pytest.fixture
def national_editor(db: None) -> User:
    return _user("national@example.org", is_national_editor=True)
