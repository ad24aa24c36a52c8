from django import forms
from django.utils.translation import gettext_lazy as _

from kansrijk.coalitions.models import STEPS
from kansrijk.knowledge.models import KnowledgeTheme


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    thema = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=KnowledgeTheme.objects.filter(active=True),
        to_field_name="key",
        required=False,
        empty_label=_("All themes"),
    )
    stap = forms.TypedChoiceField(
        label=_("Step"),
        choices=[("", _("All steps")), *STEPS],
        coerce=int,
        empty_value=None,
        required=False,
    )
