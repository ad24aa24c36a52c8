"""The main pages pass axe-core (WCAG 2.2 AA) in headless Chromium, logged out and as a lead."""

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from kansrijk.ui.testing.browser import axe_violations, browser_page

PUBLIC_PAGES = [
    "/",
    "/kaart",
    "/kaart?kleur=tranche",
    "/coalities",
    "/coalities/utrecht",
    "/coalities/zuid-holland-zuid",
    "/toegankelijkheid",
    "/privacy",
    "/inloggen",
]
LEAD_PAGES = [
    "/mijn-overzicht",
    "/coalities/utrecht",
    "/coalities/utrecht/bewerken",
    "/coalities/utrecht/stappen",
    "/coalities/utrecht/partners",
    "/coalities/utrecht/basisprincipes",
    "/coalities/utrecht/intentieverklaring",
    "/coalities/utrecht/plan-van-aanpak",
    "/coalities/utrecht/leden",
    "/coalities/utrecht/logboek",
]


def log_in(page: Any, base: str, email: str) -> None:
    page.goto(f"{base}/inloggen")
    page.fill("input[name=username]", email)
    page.fill("input[name=password]", "kansrijk-demo")
    page.click("button[type=submit]:has-text('Inloggen')")
    page.wait_for_url(f"{base}/mijn-overzicht")


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_the_main_pages_have_no_axe_violations_logged_out_and_as_a_lead(live_server: Any) -> None:
    call_command("load_demo", stdout=StringIO())
    violations: list[str] = []
    with browser_page() as page:
        for path in PUBLIC_PAGES:
            response = page.goto(live_server.url + path)
            assert response is not None and response.status == 200, path
            violations += axe_violations(page)
        log_in(page, live_server.url, "trekker@kansrijk.example")
        for path in LEAD_PAGES:
            response = page.goto(live_server.url + path)
            assert response is not None and response.status == 200, path
            violations += axe_violations(page)
    assert not violations, "\n".join(violations)


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_the_map_is_reachable_by_keyboard_and_a_municipality_opens_its_coalition(
    live_server: Any,
) -> None:
    call_command("load_demo", stdout=StringIO())
    with browser_page() as page:
        page.goto(live_server.url + "/kaart")
        link = page.locator("svg a[aria-label^='Utrecht:']")
        link.focus()
        assert page.evaluate("document.activeElement.getAttribute('aria-label')").startswith(
            "Utrecht:"
        )
        page.keyboard.press("Enter")
        page.wait_for_url(live_server.url + "/coalities/utrecht")
        assert "Kansrijke Start Utrecht" in page.content()


@pytest.mark.e2e
def test_the_axe_check_itself_finds_a_violation_when_there_is_one() -> None:
    with browser_page() as page:
        page.set_content('<html lang="nl"><body><main><img src="x.png"></main></body></html>')
        assert any("image-alt" in line for line in axe_violations(page))
