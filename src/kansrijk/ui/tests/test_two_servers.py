"""Two app servers on one database and one cache behave as one site: an edit made through one
is shown by the other at its next request, and a log-in on one is valid on the other.

Real gunicorn processes (``kansrijk.ui.testing.servers``) on the test database: on CI with
Redis, elsewhere with the cache folder that both servers share. One ``requests`` session
sends its cookies to both, as a browser behind a load balancer would.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.contrib.auth.hashers import Argon2PasswordHasher
from django.test import Client

from kansrijk.accounts.models import Membership, User
from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.indicators.models import Indicator
from kansrijk.indicators.tests.factories import IndicatorFactory, load_values
from kansrijk.regions.tests.factories import MunicipalityFactory
from kansrijk.socialmap.models import Service
from kansrijk.socialmap.services.carepaths import CarePathData, StepData, care_path_save
from kansrijk.socialmap.tests.factories import make_organization, make_risk_situation, make_service
from kansrijk.ui.testing.servers import (
    app_servers,
    changed,
    form_fields,
    live_database_url,
)

pytestmark = [pytest.mark.multiprocess, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct-horse-battery-staple"  # nosec B105 (a test user's)
OLD_NAME = "Vroeggeboorte (oude naam)"
NEW_NAME = "Vroeggeboorte en laag geboortegewicht (nieuwe naam)"


@dataclass
class World:
    indicator: Indicator
    service: Service
    editor_session: str


def _world() -> World:
    """Committed data: one indicator with values, a coalition with a service and a care path,
    its lead (who logs in through the form), and a national editor's session."""
    utrecht = MunicipalityFactory(code="GM0344", name="Utrecht")
    others = [
        MunicipalityFactory(code=code, name=name)
        for code, name in [("GM0193", "Zwolle"), ("GM0307", "Amersfoort"), ("GM0310", "De Bilt")]
    ]
    indicator = IndicatorFactory(name=OLD_NAME)
    load_values(
        indicator,
        {
            utrecht: [(600, 4000), (620, 4100), (640, 4050)],
            others[0]: [(200, 1300), (190, 1250), (180, 1300)],
            others[1]: [(230, 1600), (240, 1650), (220, 1620)],
            others[2]: [(60, 400), (55, 390), (62, 410)],
        },
    )
    coalition = CoalitionFactory(slug="testrijk", name="Testrijk", municipalities=[utrecht])
    debts = make_risk_situation(key="finances-and-debts", name="Financiën en schulden")
    service = make_service(
        organization=make_organization(coalition=coalition),
        name="Schuldhulp thuis",
        description="Hulp bij schulden, thuis.",
        risk_situations=[debts],
    )
    care_path_save(
        coalition=coalition,
        risk_situation=debts,
        data=CarePathData(
            signallers="Verloskundige", owner="Werkgroep", steps=[StepData(text="Vraag ernaar.")]
        ),
    )
    # The servers hash with Argon2 (the tests' own hasher is MD5).
    hasher = Argon2PasswordHasher()
    lead = User.objects.create(
        email="trekker@example.org",
        full_name="Trekker",
        password=hasher.encode(PASSWORD, hasher.salt()),
    )
    Membership.objects.create(user=lead, coalition=coalition, role="lead")
    editor = User.objects.create_user("redacteur@example.org", PASSWORD, is_national_editor=True)
    browser = Client()
    browser.force_login(editor)  # with the second factor (src/conftest.py)
    return World(indicator, service, browser.cookies[settings.SESSION_COOKIE_NAME].value)


def _post_form(session: requests.Session, url: str, having: str, **values: str) -> None:
    page = session.get(url, timeout=60)
    assert page.status_code == 200, (url, page.status_code)
    fields = changed(form_fields(page.text, having), **values)
    answer = session.post(url, data=fields, allow_redirects=False, timeout=60)
    assert answer.status_code == 302, (url, answer.status_code, answer.text[-2000:])


def test_an_edit_or_log_in_on_one_server_is_seen_by_the_other_at_its_next_request(
    tmp_path: Path,
) -> None:
    with app_servers(2, live_database_url(tmp_path), tmp_path) as servers:
        world = _world()  # while the servers load
        one, other = servers.wait()
        browser = requests.Session()
        editor = requests.Session()
        editor.cookies.set(settings.SESSION_COOKIE_NAME, world.editor_session)
        startfoto = "/gemeenten/GM0344/startfoto"
        search = "/zoeken?q=schulden&gemeente=GM0344"
        care_path = "/coalities/testrijk/zorgpaden/finances-and-debts"

        # The other server has cached the startfoto and the search results.
        assert OLD_NAME in browser.get(other + startfoto, timeout=60).text
        assert "Schuldhulp thuis" in browser.get(other + search, timeout=60).text
        assert "Zebravis" not in browser.get(other + "/zoeken?q=zebravis", timeout=60).text

        # The catalogue's name, changed through one server, is shown by the other.
        _post_form(
            editor, f"{one}/beheer/lijsten/indicatoren/{world.indicator.pk}", "name", name=NEW_NAME
        )
        page = browser.get(other + startfoto, timeout=60).text
        assert NEW_NAME in page and OLD_NAME not in page

        # A log-in on one server is valid on the other.
        assert browser.get(other + "/mijn-overzicht", allow_redirects=False).status_code == 302
        _post_form(
            browser,
            one + "/inloggen",
            "username",
            username="trekker@example.org",
            password=PASSWORD,
        )
        assert browser.get(other + "/mijn-overzicht", allow_redirects=False).status_code == 200

        # A service renamed through one server is found under its new name by the other.
        _post_form(
            browser,
            f"{one}/diensten/{world.service.uuid}/bewerken",
            "name",
            name="Schuldhulp Zebravis",
        )
        assert "Schuldhulp Zebravis" in browser.get(other + search, timeout=60).text
        assert "Schuldhulp Zebravis" in browser.get(other + "/zoeken?q=zebravis", timeout=60).text

        # A care path changed through one server is shown by the other.
        _post_form(browser, f"{one}{care_path}/bewerken", "signallers", signallers="Kraamzorg")
        assert "Kraamzorg" in browser.get(other + care_path, timeout=60).text
