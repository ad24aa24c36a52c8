"""The network map page: a static script that cannot send or keep anything; a blank fallback."""

import re
from pathlib import Path

import pytest
from django.test import Client

SCRIPT = Path(__file__).resolve().parents[1] / "static" / "signalling" / "netwerkkaart.js"
NETWORK_OR_STORAGE = [
    "fetch(",
    "XMLHttpRequest",
    "sendBeacon",
    "WebSocket",
    "EventSource",
    "localStorage",
    "sessionStorage",
    "indexedDB",
    "document.cookie",
    ".submit(",
    "import(",
    "new Image",
    ".src =",
    "innerHTML",
]


def test_the_network_map_script_uses_no_network_storage_or_html_injection() -> None:
    source = SCRIPT.read_text(encoding="utf-8")
    for word in NETWORK_OR_STORAGE:
        assert word not in source, word


@pytest.mark.django_db
def test_the_network_map_page_has_no_form_inline_script_and_a_blank_printable_version(
    client: Client,
) -> None:
    page = client.get("/vroegsignalering/netwerkkaart").content.decode()
    main = page.split('id="netmap"')[1]
    assert "<form" not in main
    assert re.findall(r"<script[^>]*>", page) == [
        '<script src="/static/signalling/netwerkkaart.js">'
    ]
    assert "Lege netwerkkaart om af te drukken" in page
    assert re.search(r'<section id="netmap-app"[^>]*\shidden[\s>]', page)
