"""Numbers inside SVG (and style / data-* attributes) are never localised.

Dutch is the default language and writes a decimal comma: ``width="600,0"`` clips the map
and ``x="110,5"`` makes the customer route collapse. Each page that draws an SVG is rendered
in Dutch, every SVG on it is parsed as XML and every numeric attribute must read as numbers
with a decimal point.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # nosec B405  (parses our own pages)
from html.parser import HTMLParser
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
LENGTH = re.compile(rf"^\s*{NUMBER}(?:px|%|em|rem|ex|mm|cm|in|pt|pc)?\s*$")
NUMBER_LIST = re.compile(rf"^\s*{NUMBER}(?:(?:\s*,\s*|\s+){NUMBER})*\s*$")
PATH_DATA = re.compile(rf"^(?:\s*[MmLlHhVvCcSsQqTtAaZz]|\s*,|\s*{NUMBER})*\s*$")
TRANSFORM = re.compile(
    rf"^(?:\s*(?:matrix|translate|scale|rotate|skewX|skewY)\(\s*{NUMBER}"
    rf"(?:(?:\s*,\s*|\s+){NUMBER})*\s*\)\s*,?)*\s*$"
)
LENGTH_ATTRIBUTES = {
    "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "dx", "dy",
    "width", "height", "font-size", "stroke-width", "stroke-miterlimit", "opacity",
    "fill-opacity", "stroke-opacity", "offset", "stroke-dashoffset",
}  # fmt: skip
LOCALISED = re.compile(r"\d,\d")
DECIMAL_COMMA = re.compile(r"(?<![\w,.])\d+,\d+(?![\w,])")  # 3,25 but not 1,2,3 or 1, 2
SVG_BLOCK = re.compile(r"<svg\b.*?</svg>", re.DOTALL)


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def svg_number_problems(html: str) -> list[str]:
    """One line per SVG attribute whose number is not written with a decimal point."""
    problems: list[str] = []
    for block in SVG_BLOCK.findall(html):
        try:
            root = ET.fromstring(block)  # noqa: S314  # nosec B314
        except ET.ParseError as error:
            problems.append(f"SVG is not well-formed ({error}): {block[:120]}")
            continue
        for element in root.iter():
            for raw_name, value in element.attrib.items():
                name, tag = _local(raw_name), _local(element.tag)
                bad = (
                    (name in LENGTH_ATTRIBUTES and not LENGTH.match(value))
                    or (name == "viewBox" and not _is_view_box(value))
                    or (name == "points" and not NUMBER_LIST.match(value))
                    or (name == "d" and not PATH_DATA.match(value))
                    or (name == "transform" and not TRANSFORM.match(value))
                    or (name == "style" and LOCALISED.search(value))
                )
                if bad:
                    problems.append(f"<{tag} {name}={value[:60]!r}>")
    return problems


def _is_view_box(value: str) -> bool:
    return bool(NUMBER_LIST.match(value)) and len(re.split(r"[\s,]+", value.strip())) == 4


class _DataAttributes(HTMLParser):
    """style and data-* attributes anywhere on the page that hold a localised number."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, raw in attrs:
            value = raw or ""
            if (name == "style" or name.startswith("data-")) and DECIMAL_COMMA.search(value):
                self.problems.append(f"<{tag} {name}={value[:60]!r}>")


def attribute_number_problems(html: str) -> list[str]:
    parser = _DataAttributes()
    parser.feed(html)
    return svg_number_problems(html) + parser.problems


def test_the_check_finds_a_localised_number_and_passes_a_correct_one() -> None:
    good = (
        '<svg viewBox="0 0 600.0 720.5" width="600.0"><path d="M1.5 2L3,4Z"/>'
        '<g transform="translate(0.5,0.5)"><rect x="110.0" y="-3" height="18"/></g></svg>'
    )
    assert attribute_number_problems(good) == []
    assert attribute_number_problems('<svg width="600,0"></svg>')
    assert attribute_number_problems('<svg viewBox="0 0 600,0 720,5"></svg>')
    assert attribute_number_problems('<svg><rect x="110,0"/></svg>')
    assert attribute_number_problems('<div style="width: 12,5%"></div>')
    assert attribute_number_problems('<div data-value="3,25"></div>')
    assert not attribute_number_problems('<div data-label="1, 2 of 3"></div>')


def _pages() -> list[tuple[str, list[str]]]:
    """(log-in e-mail or "", paths) for every page that draws an SVG in the demo world."""
    from kansrijk.assessments.models import Round
    from kansrijk.indicators.models import Indicator
    from kansrijk.monitoring.models import Goal

    goal = Goal.objects.filter(coalition__slug="utrecht").first()
    closed = Round.objects.filter(coalition__slug="utrecht", closed_at__isnull=False)
    indicators = [
        f"/indicatoren/{code}"
        for code in Indicator.objects.filter(active=True).values_list("key", flat=True)
    ]
    assert goal is not None and closed.exists() and len(indicators) >= 16
    lead = [
        "/coalities/utrecht/klantroute",
        "/coalities/utrecht/startfoto",
        "/gemeenten/GM0344/startfoto",
        f"/coalities/utrecht/doelen/{goal.pk}",
        "/coalities/utrecht/samenwerkingsmonitor",
        "/coalities/utrecht/financiering?jaar=2025",
        "/coalities/utrecht/stem-van-ouders",
        *[f"/coalities/utrecht/analysetool/rondes/{r.pk}/resultaten" for r in closed],
    ]
    public = ["/kaart", "/kaart?kleur=tranche", "/vroegsignalering/netwerkkaart", *indicators]
    national = ["/landelijk/monitor", "/landelijk/monitor?stap=5"]
    return [
        ("", public),
        ("trekker@kansrijk.example", lead),
        ("beheer@kansrijk.example", national),
    ]


@pytest.mark.django_db
def test_every_svg_page_in_dutch_writes_its_numbers_with_a_decimal_point(settings: Any) -> None:
    settings.LANGUAGE_CODE = "nl"
    call_command("load_demo", stdout=StringIO())
    from kansrijk.accounts.models import User

    problems: list[str] = []
    pages_with_svg = 0
    for email, paths in _pages():
        client = Client(headers={"accept-language": "nl"})
        if email:
            client.force_login(User.objects.get(email=email))
        for path in paths:
            response = client.get(path)
            if response.status_code != 200:
                problems.append(f"{path}: answered {response.status_code}")
                continue
            html = response.content.decode()
            assert 'lang="nl"' in html, path
            pages_with_svg += "<svg" in html
            problems += [f"{path}: {p}" for p in attribute_number_problems(html)]
    assert pages_with_svg >= 25
    assert not problems, "\n".join(problems[:40])
