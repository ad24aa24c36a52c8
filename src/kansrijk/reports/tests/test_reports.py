import pytest

from kansrijk.reports.charts import chart_svg
from kansrijk.reports.csv import safe_cell
from kansrijk.reports.pdf import render_pdf_bytes

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
