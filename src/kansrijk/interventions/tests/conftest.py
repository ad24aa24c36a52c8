from __future__ import annotations

import io

import pytest


@pytest.fixture
def menu(db: None) -> None:
    """The programme's lists and the seeded menu of interventions."""
    from kansrijk.interventions import reference
    from kansrijk.socialmap import reference as socialmap_reference

    socialmap_reference.load(stdout=io.StringIO())
    reference.load(stdout=io.StringIO())
