from __future__ import annotations

import io

import pytest


@pytest.fixture
def menu(db: None) -> None:
    """The programme's lists and the seeded menu of interventions."""
    from kansrijk.interventions import reference

    reference.load(stdout=io.StringIO())
