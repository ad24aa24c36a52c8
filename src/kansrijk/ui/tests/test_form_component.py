"""The shared form component links help and errors to their fields for screen readers and
puts a group of checkboxes in a fieldset with a legend."""

import re

from django import forms
from django.template.loader import render_to_string


class _Example(forms.Form):
    name = forms.CharField(label="Naam", help_text="Zoals de organisatie zichzelf noemt.")
    phases = forms.MultipleChoiceField(
        label="Fasen",
        help_text="Kies er minstens een.",
        choices=[("before", "Voor de zwangerschap"), ("during", "Tijdens de zwangerschap")],
        widget=forms.CheckboxSelectMultiple,
    )


def _ids(html: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', html))


def test_every_aria_describedby_points_to_an_element_on_the_page() -> None:
    form = _Example(data={})
    assert not form.is_valid()
    html = render_to_string("ui/components/form.html", {"form": form})
    references = [
        ref for value in re.findall(r'aria-describedby="([^"]+)"', html) for ref in value.split()
    ]
    assert "id_name_helptext" in references and "id_name_error" in references
    assert "id_phases_helptext" in references and "id_phases_error" in references
    assert set(references) <= _ids(html)


def test_a_group_of_checkboxes_is_a_fieldset_with_its_label_as_legend() -> None:
    html = render_to_string("ui/components/form.html", {"form": _Example()})
    fieldset = html[html.index("<fieldset") : html.index("</fieldset>")]
    assert "<legend" in fieldset and "Fasen" in fieldset
    assert 'for=""' not in html
