"""The social map's member pages pass axe-core (WCAG 2.1 AA) in headless Chromium for the
coalition lead: the map, maintenance, the forms empty and after an empty submit (with the
Dutch error messages), and the edit pages of one service and one care path."""

from typing import Any

import pytest

from kansrijk.socialmap.tests.test_e2e_pages import load_social_map_demo
from kansrijk.ui.testing.browser import axe_violations, browser_page, log_in_as, visit_and_check

C = "/coalities/utrecht"
LEAD = "trekker@kansrijk.example"
FORMS = [
    f"{C}/sociale-kaart/nieuw",
    f"{C}/sociale-kaart/importeren",
    f"{C}/zorgpaden/nieuw",
]


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_the_lead_s_social_map_maintenance_import_and_care_path_pages_have_no_axe_violations(
    live_server: Any,
) -> None:
    load_social_map_demo()
    violations: list[str] = []

    def check(page: Any, path: str) -> None:
        violations.extend(visit_and_check(page, live_server.url, path))

    def check_empty_submit(page: Any, path: str) -> None:
        page.goto(live_server.url + path)
        with page.expect_navigation() as navigation:
            page.click("main form.kr-form button[type=submit]")
        response = navigation.value
        assert response is not None and response.status == 200, f"{path} (empty submit)"
        errors = page.locator(".kr-field-error", has_text="Dit veld is vereist.")
        assert errors.count() >= 1, f"{path} shows no Dutch errors after an empty submit"
        assert page.locator("[aria-invalid=true]").count() >= 1, path
        violations.extend(f"{path} (empty submit): {v}" for v in axe_violations(page))

    with browser_page() as page:
        log_in_as(page, live_server.url, LEAD)
        check(page, f"{C}/sociale-kaart")
        services = page.locator("main table a[href^='/diensten/']")
        assert services.count() >= 1
        service_path = services.first.get_attribute("href")
        assert service_path
        check(page, f"{C}/sociale-kaart/onderhoud")
        check(page, f"{C}/zorgpaden")
        care_paths = page.locator(f"main table a[href^='{C}/zorgpaden/']")
        assert care_paths.count() >= 1
        care_path_path = care_paths.first.get_attribute("href")
        assert care_path_path
        for path in FORMS:
            check(page, path)
            check_empty_submit(page, path)
        check(page, f"{service_path}/bewerken")
        check(page, f"{care_path_path}/bewerken")
    assert not violations, "\n".join(violations)
