"""The social map's public pages pass axe-core (WCAG 2.1 AA) in headless Chromium, and the
search for "schulden" in Utrecht shows the debt care path before the services."""

from io import StringIO
from typing import Any

import pytest

from kansrijk.ui.testing.browser import browser_page, visit_and_check


def load_social_map_demo() -> None:
    """Only what these pages need: municipalities, the programme's lists, the demo
    coalitions and their social map (not the whole demo world)."""
    from kansrijk.coalitions import demo as coalitions_demo
    from kansrijk.coalitions import reference as coalitions_reference
    from kansrijk.regions import reference as regions_reference
    from kansrijk.socialmap import demo as socialmap_demo
    from kansrijk.socialmap import reference as socialmap_reference

    out = StringIO()
    for module in (
        regions_reference,
        coalitions_reference,
        socialmap_reference,
        coalitions_demo,
        socialmap_demo,
    ):
        module.load(stdout=out)


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_the_search_service_care_path_customer_route_and_parents_pages_have_no_axe_violations(
    live_server: Any,
) -> None:
    load_social_map_demo()
    violations: list[str] = []

    def check(page: Any, path: str) -> None:
        violations.extend(visit_and_check(page, live_server.url, path))

    with browser_page() as page:
        check(page, "/zoeken?q=schulden&gemeente=GM0344")
        paths = page.locator("#paths-heading + ul a")
        services = page.locator("#services-heading + ul h3 a")
        assert paths.count() >= 1 and services.count() >= 1
        assert "schulden" in paths.first.inner_text().lower()
        html = page.content()
        assert html.index('id="paths-heading"') < html.index('id="services-heading"')
        service_path = services.first.get_attribute("href")
        care_path_path = paths.first.get_attribute("href")
        assert service_path and care_path_path
        check(page, service_path)
        check(page, care_path_path)
        check(page, "/coalities/utrecht/klantroute")
        check(page, "/gemeenten/GM0344/aanstaande-ouders")
        check(page, "/aanstaande-ouders")
    assert not violations, "\n".join(violations)
