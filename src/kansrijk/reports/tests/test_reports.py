import json
import shutil
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.template.loader import render_to_string
from weasyprint import HTML

from kansrijk.reports.charts import chart_svg
from kansrijk.reports.csv import safe_cell
from kansrijk.reports.pdf import render_pdf_bytes, static_file
from kansrijk.reports.testing import pdf_pages

SPEC = {
    "data": {"values": [{"deel": "A", "score": 3.2}, {"deel": "B", "score": 4.1}]},
    "mark": "bar",
    "encoding": {
        "x": {"field": "deel", "type": "nominal"},
        "y": {"field": "score", "type": "quantitative"},
    },
}


def test_a_chart_is_one_svg_image_with_its_title_as_accessible_name() -> None:
    svg = chart_svg(SPEC, title="Scores <per deel>")
    assert svg.startswith('<svg role="img" aria-label="Scores &lt;per deel&gt;"')
    head = svg[: svg.index(">")]
    assert head.count("class=") == 1
    assert 'role="graphics' not in svg


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+31 6", "'+31 6"),
        ("-5", "-5"),
        ("@cmd", "'@cmd"),
        ("Utrecht", "Utrecht"),
        (None, ""),
    ],
)
def test_csv_cells_that_a_spreadsheet_would_execute_are_neutralised(
    value: object, cell: str
) -> None:
    assert safe_cell(value) == cell


def test_a_pdf_is_rendered_from_a_template_as_a_tagged_pdf() -> None:
    pdf = render_pdf_bytes("reports/pdf_base.html", {}, uncompressed=True)
    assert pdf.startswith(b"%PDF-")
    assert b"/StructTreeRoot" in pdf
    assert b"/Marked true" in pdf
    assert b"pdfuaid" in pdf


def _production_static(tmp_path: Path, settings: Any, *, collected: bool) -> str:
    """ManifestStaticFilesStorage as in production: pages link ``ui/pdf.<hash>.css``."""
    source = finders.find("ui/pdf.css")
    assert isinstance(source, str)
    hashed = "ui/pdf.0123456789ab.css"
    if collected:
        (tmp_path / "ui").mkdir()
        shutil.copy(source, tmp_path / hashed)
    manifest = {"paths": {"ui/pdf.css": hashed}, "version": "1.1", "hash": "0123456789ab"}
    (tmp_path / "staticfiles.json").write_text(json.dumps(manifest))
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    return hashed


@pytest.mark.parametrize("collected", [True, False])
def test_a_pdf_finds_its_stylesheet_under_the_hashed_production_name(
    tmp_path: Path, settings: Any, collected: bool
) -> None:
    hashed = _production_static(tmp_path, settings, collected=collected)
    assert f"/static/{hashed}" in render_to_string("reports/pdf_base.html", {})
    text = "".join(pdf_pages(render_pdf_bytes("reports/pdf_base.html", {})))
    assert "1 / 1" in text  # the page number in the margin comes from the stylesheet


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "file:///static/../../etc/passwd",
        "/static/ui/does-not-exist.css",
        "https://example.org/static/ui/pdf.css",
    ],
)
def test_the_pdf_renderer_reads_only_static_files(url: str) -> None:
    assert static_file(url) is None


def test_the_same_document_is_laid_out_once_and_a_changed_one_again() -> None:
    cache.clear()
    with mock.patch("kansrijk.reports.pdf.HTML", wraps=HTML) as weasyprint:
        first = render_pdf_bytes("reports/pdf_base.html", {"LANGUAGE_CODE": "nl"})
        again = render_pdf_bytes("reports/pdf_base.html", {"LANGUAGE_CODE": "nl"})
        assert weasyprint.call_count == 1 and again == first
        render_pdf_bytes("reports/pdf_base.html", {"LANGUAGE_CODE": "en"})
        assert weasyprint.call_count == 2
