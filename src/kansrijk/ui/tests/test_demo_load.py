"""``manage.py load_demo``: what it prints and what the README promises about it."""

import re
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

README = Path(settings.BASE_DIR) / "README.md"


@pytest.mark.django_db
def test_the_demo_load_prints_no_security_lines_and_the_readme_lists_every_demo_log_in(
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
