"""Error pages in the visitor's language and the site's layout, never Django's debug or
bare English pages (issue 14). 400, 500 and 503 render without a request or database."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.utils import translation

from kansrijk.accounts.tests.factories import UserFactory
from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.ui.middleware import unavailable_response

# Django's own pages: debug pages, and the bare ones without templates.
DJANGO_TEXT = (
    "Using the URLconf",
    "Traceback",
    "DEBUG = True",
    "Django",
    "Not Found</h1>",
    "Server Error (500)",
    "403 Forbidden",
    "Bad Request (400)",
    "CSRF verification failed",
)
HEADINGS = {
    "nl": {
        400: "Dit verzoek kon niet worden verwerkt",
        403: "Geen toegang",
        404: "Pagina niet gevonden",
        500: "Er ging iets mis",
        503: "Kansrijk is tijdelijk niet bereikbaar",
        "csrf": "Het formulier kon niet worden verstuurd",
    },
    "en": {
        400: "This request could not be handled",
        403: "No access",
        404: "Page not found",
        500: "Something went wrong",
        503: "Kansrijk is temporarily unavailable",
        "csrf": "The form could not be sent",
    },
}
LANGUAGES = ["nl", "en"]


def _assert_error_page(html: str, language: str, kind: int | str, *, full: bool) -> None:
    assert f'<html lang="{language}"' in html
    assert f'<h1 class="utrecht-heading-1">{HEADINGS[language][kind]}</h1>' in html
    assert "ui/kansrijk.css" in html and 'class="kr-header"' in html
    if full:  # the whole layout, menu included
        assert 'class="kr-nav"' in html
    for text in DJANGO_TEXT:
        assert text not in html, text


def _client(language: str, **kwargs: object) -> Client:
    return Client(HTTP_ACCEPT_LANGUAGE=language, **kwargs)  # type: ignore[arg-type]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_page_that_does_not_exist_gives_the_404_page_in_the_layout(language: str) -> None:
    response = _client(language).get("/bestaat-niet")
    assert response.status_code == 404
    _assert_error_page(response.content.decode(), language, 404, full=True)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_page_of_another_coalition_gives_the_403_page_in_the_layout(language: str) -> None:
    coalition = CoalitionFactory.create()
    client = _client(language)
    client.force_login(UserFactory.create())
    response = client.get(f"/coalities/{coalition.slug}/basisprincipes")
    assert response.status_code == 403
    _assert_error_page(response.content.decode(), language, 403, full=True)


@pytest.mark.django_db
@pytest.mark.urls("kansrijk.ui.tests.error_urls")
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_server_error_gives_the_500_page_in_the_visitors_language(language: str) -> None:
    response = _client(language, raise_request_exception=False).get("/test/kapot")
    assert response.status_code == 500
    _assert_error_page(response.content.decode(), language, 500, full=False)


@pytest.mark.django_db
@pytest.mark.urls("kansrijk.ui.tests.error_urls")
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_request_that_makes_no_sense_gives_the_400_page(language: str) -> None:
    response = _client(language).get("/test/verdacht")
    assert response.status_code == 400
    _assert_error_page(response.content.decode(), language, 400, full=False)


@pytest.mark.parametrize("template", ["500.html", "400.html", "ui/503.html"])
def test_the_pages_for_errors_on_our_side_render_without_request_or_database(
    template: str,
) -> None:
    # No django_db mark: any query would fail this test.
    with translation.override("nl"):
        html = render_to_string(template)
    assert "Kansrijk" in html and "ui/kansrijk.css" in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_503_page_while_the_database_is_away_is_in_the_layout(language: str) -> None:
    with translation.override(language):
        response = unavailable_response(RequestFactory().get("/coalities"))
    assert response.status_code == 503 and response["Retry-After"] == "30"
    _assert_error_page(response.content.decode(), language, 503, full=False)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_form_refused_by_the_csrf_check_gives_a_page_in_the_layout(language: str) -> None:
    client = _client(language, enforce_csrf_checks=True)
    response = client.post("/inloggen", {"username": "iemand@example.org", "password": "x"})
    assert response.status_code == 403
    _assert_error_page(response.content.decode(), language, "csrf", full=True)


def test_the_demo_runs_with_debug_off_and_serves_its_static_files() -> None:
    makefile = (Path(settings.BASE_DIR) / "Makefile").read_text(encoding="utf-8")
    demo = makefile[makefile.index("\ndemo:") :].split("\n\n")[0]
    [serve] = [line for line in demo.splitlines() if "runserver" in line]
    assert "DEBUG=false" in serve and "--insecure" in serve


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
@pytest.mark.urls("kansrijk.ui.tests.error_urls")
def test_the_error_pages_are_styled_and_accessible_in_a_browser(live_server: object) -> None:
    from kansrijk.ui.testing.browser import axe_violations, browser_page

    base = str(live_server.url)  # type: ignore[attr-defined]
    violations: list[str] = []
    with browser_page() as page:
        for path, status in [("/bestaat-niet", 404), ("/test/kapot", 500), ("/test/verdacht", 400)]:
            response = page.goto(base + path)
            assert response is not None and response.status == status, path
            # The site's own stylesheets loaded (served with DEBUG off too).
            loaded = page.evaluate(
                "Array.from(document.styleSheets).filter(s => s.href && s.cssRules.length)"
                ".map(s => new URL(s.href).pathname)"
            )
            assert "/static/ui/kansrijk.css" in loaded, (path, loaded)
            assert page.locator("h1").inner_text() in HEADINGS["nl"].values()
            violations += axe_violations(page)
    assert not violations, "\n".join(violations)
