"""``manage.py load_demo``: what it prints, and demo content that reads as plausible fiction."""

import re
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db.models import Count, Max, Min
from django.utils import timezone

from kansrijk.coalitions.models import Partner
from kansrijk.interventions.models import FinancingLine
from kansrijk.monitoring import sources
from kansrijk.monitoring.models import Goal
from kansrijk.socialmap.models import CarePath, CarePathVersion, Organization

README = Path(settings.BASE_DIR) / "README.md"


def _counts() -> tuple[int, ...]:
    return (
        CarePathVersion.objects.count(),
        FinancingLine.objects.count(),
        Goal.objects.count(),
        sum(goal.measurements.count() for goal in Goal.objects.all()),
        Partner.objects.count(),
    )


@pytest.mark.django_db
def test_the_demo_prints_only_log_ins_and_reads_as_plausible_fiction_after_two_loads(
    capfd: pytest.CaptureFixture[str],
) -> None:
    out = StringIO()
    call_command("load_demo", stdout=out)
    printed = capfd.readouterr()
    assert "security action=" not in printed.out + printed.err + out.getvalue()
    accounts = set(re.findall(r"^\s+(\S+@kansrijk\.example)\s", out.getvalue(), re.M))
    assert {"beheer@kansrijk.example", "ouder@kansrijk.example"} <= accounts
    readme = README.read_text(encoding="utf-8")
    assert {a for a in accounts if f"`{a}`" not in readme} == set()

    counts = _counts()
    call_command("load_demo", stdout=StringIO())
    assert _counts() == counts  # idempotent

    # contact persons have names, not numbers, and are marked fictional
    names = list(Partner.objects.exclude(contact_name="").values_list("contact_name", flat=True))
    assert names and not [n for n in names if n.startswith("Contactpersoon")]
    assert all(n.endswith("(fictief)") for n in names)

    # every organisation of every municipality has its own (fictional) number
    phones = list(Organization.objects.exclude(phone="").values_list("phone", flat=True))
    assert len(set(phones)) == len(phones) > 1
    assert all(p.endswith("(fictief)") for p in phones)

    # care paths have a history: more than one version, all dated in the past, in order
    now = timezone.now()
    paths = CarePath.objects.filter(coalition__slug="utrecht").annotate(
        versions_count=Count("versions"), first=Min("versions__created_at")
    )
    assert paths and all(p.versions_count > 1 for p in paths)
    assert all(p.first.date() < now.date() for p in paths)
    newest = CarePathVersion.objects.aggregate(newest=Max("created_at"))["newest"]
    assert newest < now
    for path in paths:
        dates = list(path.versions.order_by("number").values_list("created_at", flat=True))
        assert dates == sorted(dates)

    # this year's financing lines are realised for the months already past
    today = timezone.localdate()
    this_year = FinancingLine.objects.filter(coalition__slug="utrecht", year=today.year)
    assert this_year.exists()
    if today.month > 1:
        realised = [(line.realised_eur, line.planned_eur) for line in this_year]
        assert all(r is not None and 0 < r < planned * 11 // 10 for r, planned in realised)

    # a goal's latest measurement is the figure its source shows
    for goal in Goal.objects.filter(coalition__slug="utrecht"):
        reading = sources.current_value(goal, owner=True)
        latest = goal.measurements.order_by("-measured_on", "-pk").first()
        if reading is not None and reading.recordable:
            assert latest is not None and latest.value == reading.value, goal.statement
