"""No main page scrolls sideways on a 375 px phone or a 1280 px screen, axe stays silent and
the browser's console shows no error (a script error, a refused resource, a 404 of an asset).

Wide tables scroll inside their own (focusable, named) container; the header menu wraps.
One browser and one page: the lead's pages first, then the national editor's.
"""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from kansrijk.ui.testing.browser import axe_violations, browser_page, log_in_as

WIDTHS = (375, 1280)
HEIGHT = 800

# The outermost elements that stick out past the right edge of the viewport (and are not
# inside a box that scrolls), so that a failure names its cause.
OVERFLOWING = """() => {
  const limit = document.documentElement.clientWidth + 1;
  const found = [];
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= limit) continue;
    const parent = el.parentElement;
    if (parent !== document.body && parent.getBoundingClientRect().right > limit) continue;
    let scrolls = false;
    for (let p = parent; p && p !== document.body; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== 'visible') { scrolls = true; break; }
    }
    if (!scrolls) found.push(el);
  }
  const name = (el) => el.tagName.toLowerCase() + (typeof el.className === 'string'
    && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
  return found.slice(0, 5).map(
    el => name(el) + ' (' + Math.round(el.getBoundingClientRect().right) + 'px)');
}"""


def _lead_pages() -> list[str]:
    from kansrijk.assessments.models import Round
    from kansrijk.socialmap.models import CarePath

    closed = Round.objects.filter(coalition__slug="utrecht", closed_at__isnull=False).first()
    care_path = CarePath.objects.filter(coalition__slug="utrecht").select_related("risk_situation")[
        0
    ]
    assert closed is not None
    return [
        "/",
        "/kaart",
        "/coalities/utrecht",
        "/gemeenten/GM0344/startfoto",
        "/coalities/utrecht/startfoto",
        "/coalities/utrecht/palet",
        "/coalities/utrecht/palet/hiaten",
        f"/coalities/utrecht/analysetool/rondes/{closed.pk}/resultaten",
        "/zoeken?q=schulden&gemeente=GM0344",
        "/coalities/utrecht/sociale-kaart",
        "/coalities/utrecht/klantroute",
        "/coalities/utrecht/zorgpaden",
        f"/coalities/utrecht/zorgpaden/{care_path.risk_situation.key}",
        "/kennisbank",
        "/gemeenten/GM0344/aanstaande-ouders",
        "/coalities/utrecht/jaarverslag",
    ]


def _check(page: Any, base: str, paths: list[str]) -> list[str]:
    problems: list[str] = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": HEIGHT})
        for path in paths:
            response = page.goto(base + path)
            assert response is not None and response.status == 200, path
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            if scroll_width > width:
                sticking_out = ", ".join(page.evaluate(OVERFLOWING))
                problems.append(f"{width}px {path}: {scroll_width}px wide ({sticking_out})")
            problems += [f"{width}px {path}: {v}" for v in axe_violations(page)]
    return problems


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_no_main_page_is_wider_than_a_phone_or_a_screen_and_axe_finds_nothing(
    live_server: Any,
) -> None:
    call_command("load_demo", stdout=StringIO())
    problems: list[str] = []
    with browser_page() as page:
        page.on(
            "console",
            lambda message: (
                problems.append(f"{page.url}: console {message.text}")
                if message.type == "error"
                else None
            ),
        )
        page.on("pageerror", lambda error: problems.append(f"{page.url}: script {error}"))
        log_in_as(page, live_server.url, "trekker@kansrijk.example")
        problems += _check(page, live_server.url, _lead_pages())
        page.context.clear_cookies()
        log_in_as(page, live_server.url, "beheer@kansrijk.example")
        problems += _check(page, live_server.url, ["/landelijk/monitor", "/indicatoren"])
    assert not problems, "\n".join(problems)
