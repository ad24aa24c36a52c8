from __future__ import annotations

import io

import pytest

from kansrijk.interventions import reference


@pytest.fixture
def menu(db: None) -> None:
    """The programme's lists and the seeded menu of interventions."""
    reference.load(stdout=io.StringIO())
