from io import StringIO

import pytest
from django.core.management import call_command

from kansrijk.regions.models import GGDRegion, Municipality, Province


@pytest.mark.django_db
def test_reference_data_loads_all_342_municipalities_with_province_region_and_boundary() -> None:
    call_command("load_reference_data", stdout=StringIO())
    assert Municipality.objects.count() == 342
    assert Province.objects.count() == 12
    assert GGDRegion.objects.count() == 25
    utrecht = Municipality.objects.get(code="GM0344")
    assert utrecht.name == "Utrecht"
    assert utrecht.province.name == "Utrecht"
    assert utrecht.ggd_region.name == "GGD Regio Utrecht"
    assert not Municipality.objects.filter(svg_path="").exists()


@pytest.mark.django_db
def test_loading_reference_data_twice_changes_nothing_and_says_so() -> None:
    call_command("load_reference_data", stdout=StringIO())
    before = list(Municipality.objects.values_list("pk", "code", "name", "svg_path"))
    out = StringIO()
    call_command("load_reference_data", stdout=out)
    assert list(Municipality.objects.values_list("pk", "code", "name", "svg_path")) == before
    assert "regions: unchanged" in out.getvalue()
    assert "coalitions: unchanged" in out.getvalue()
