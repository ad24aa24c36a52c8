"""``{% table_scroll %}``: a wide table scrolls in its own focusable, named box."""

import pytest
from django.template import Context, Template, TemplateSyntaxError


def render(source: str) -> str:
    return Template("{% load tables %}" + source).render(Context({"title_id": "kop"}))


def test_the_box_takes_focus_and_is_named_by_the_tables_caption() -> None:
    html = render(
        "{% table_scroll %}<table><caption class='x'>Cijfers</caption></table>{% endtable_scroll %}"
    )
    assert html.startswith(
        '<div class="kr-table-wrap" role="region" tabindex="0" aria-labelledby="'
    )
    caption_id = html.split('aria-labelledby="', 1)[1].split('"', 1)[0]
    assert f"<caption id=\"{caption_id}\" class='x'>Cijfers</caption>" in html
    assert html.endswith("</table></div>")


def test_a_caption_that_has_an_id_keeps_it_and_a_heading_can_go_before_it() -> None:
    html = render(
        '{% table_scroll context=title_id %}<table><caption id="c1">A</caption></table>'
        "{% endtable_scroll %}"
    )
    assert 'aria-labelledby="kop c1"' in html and html.count('id="c1"') == 1


def test_a_label_names_the_box_when_given() -> None:
    html = render('{% table_scroll label="Rij & kolom" %}<table></table>{% endtable_scroll %}')
    assert 'aria-label="Rij &amp; kolom"' in html


def test_a_table_without_caption_or_label_is_refused() -> None:
    with pytest.raises(TemplateSyntaxError):
        render("{% table_scroll %}<table></table>{% endtable_scroll %}")
