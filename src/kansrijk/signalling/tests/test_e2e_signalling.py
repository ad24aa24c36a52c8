"""Browser tests: the network map stays in the browser; the main pages pass axe-core."""

from io import StringIO
from typing import Any
from urllib.parse import quote_plus

import pytest
from django.core.management import call_command

from kansrijk.ui.testing.browser import axe_violations, browser_page

NAMES = ["Zus Anouk", "Buurvrouw Els", "Verloskundige Yara", "Oma Truus"]


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_the_network_map_works_offline_and_no_request_ever_carries_its_content(
    live_server: Any,
) -> None:
    requests: list[str] = []
    with browser_page() as page:
        page.set_default_timeout(90_000)  # the machine may be busy; a slow start is no failure
        page.on("request", lambda r: requests.append(f"{r.method} {r.url} {r.post_data or ''}"))
        page.goto(live_server.url + "/vroegsignalering/netwerkkaart")
        page.wait_for_load_state("networkidle")
        after_load = len(requests)
        assert page.locator("#netmap-blank").is_hidden()
        page.context.set_offline(True)
        for name, ring in zip(NAMES[:3], ["own", "informal", "professional"], strict=True):
            page.fill("#netmap-name", name)
            page.select_option("#netmap-ring", ring)
            page.click("#netmap-add")
        page.fill("#netmap-name", NAMES[3])
        page.select_option("#netmap-relation", "strained")
        page.press("#netmap-name", "Enter")
        assert page.locator("#netmap-entries text").count() == 4
        assert page.locator("#netmap-entries .kr-netmap__entry--strained").count() == 1
        assert NAMES[1] in page.locator("#netmap-list").inner_text()
        page.click(f"button[aria-label='Verwijderen: {NAMES[0]}']")
        assert page.locator("#netmap-entries text").count() == 3
        page.emulate_media(media="print")
        assert page.locator("#netmap-svg").is_visible()
        assert page.evaluate("window.localStorage.length + window.sessionStorage.length") == 0
        assert requests[after_load:] == []
        page.context.set_offline(False)
        page.goto(live_server.url + "/")
    sent = "\n".join(requests)
    for name in NAMES:
        assert name not in sent and quote_plus(name) not in sent and name.split()[1] not in sent


@pytest.mark.e2e
def test_without_javascript_the_network_map_offers_a_printable_blank_version(
    live_server: Any,
) -> None:
    with browser_page(java_script_enabled=False) as page:
        page.goto(live_server.url + "/vroegsignalering/netwerkkaart")
        assert page.locator("#netmap-blank").is_visible()
        assert page.locator("#netmap-app").is_hidden()
        assert page.locator("#netmap-blank svg circle").count() == 4


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_the_signalling_pages_have_no_axe_violations(live_server: Any) -> None:
    call_command("load_reference_data", stdout=StringIO())
    call_command("load_demo", stdout=StringIO())
    base = live_server.url
    violations: list[str] = []
    with browser_page() as page:
        for path in [
            "/vroegsignalering",
            "/vroegsignalering/brede-gesprek",
            "/vroegsignalering/screeningsinstrumenten",
            "/vroegsignalering/netwerkkaart",
            "/coalities/utrecht/vroegsignalering",
            "/coalities/utrecht/startfoto",  # with the panel of signal counts
        ]:
            response = page.goto(base + path)
            assert response is not None and response.status == 200, path
            violations += axe_violations(page)
        page.goto(base + "/vroegsignalering/brede-gesprek")
        page.select_option("#id_municipality", "GM0344")
        page.check("input[name=phase][value=during-pregnancy]")
        page.check("#d-work-and-income")
        page.check("#d-mental-wellbeing")
        page.click("button[type=submit]:has-text('Toon het advies')")
        page.wait_for_selector("text=Advies na het brede gesprek")
        assert page.url == base + "/vroegsignalering/brede-gesprek"
        assert "criteria van de coalitie worden gehaald" in page.content()
        violations += axe_violations(page)
        page.goto(f"{base}/inloggen")
        page.fill("input[name=username]", "trekker@kansrijk.example")
        page.fill("input[name=password]", "kansrijk-demo")
        page.click("button[type=submit]:has-text('Inloggen')")
        page.wait_for_url(f"{base}/mijn-overzicht")
        for path in [
            "huisbezoek",
            "huisbezoek/cijfers",
            "signalen",
            "verwijscodes",
            "instrumenten",
        ]:
            response = page.goto(f"{base}/coalities/utrecht/vroegsignalering/{path}")
            assert response is not None and response.status == 200, path
            violations += axe_violations(page)
    assert not violations, "\n".join(violations)
