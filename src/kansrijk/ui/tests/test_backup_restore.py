"""``manage.py backup`` and ``manage.py restore`` round-trip the whole database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core import serializers
from django.core.management import CommandError, call_command
from django.test import Client

from kansrijk.accounts.models import Membership, SecurityEvent
from kansrijk.accounts.tests.factories import UserFactory
from kansrijk.api.services import api_token_create
from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.tests.factories import CoalitionFactory, PartnerFactory
from kansrijk.regions.tests.factories import MunicipalityFactory
from kansrijk.ui.backup import _backed_up_models

pytestmark = pytest.mark.django_db


def snapshot() -> dict[str, Any]:
    """Every row of every backed-up table, as plain data."""
    return {
        model._meta.label: serializers.serialize(
            "python", model.objects.order_by("pk"), use_natural_foreign_keys=True
        )
        for model in _backed_up_models()
        if not model._meta.auto_created
    }


def test_a_backup_restores_to_exactly_the_same_data(tmp_path: Path, client: Client) -> None:
    lead = UserFactory(full_name="Lies Lead (fictief)")
    coalition = CoalitionFactory(
        municipalities=[MunicipalityFactory(), MunicipalityFactory()], kind="regional"
    )
    Membership.objects.create(user=lead, coalition=coalition, role="lead")
    PartnerFactory(coalition=coalition)
    api_token_create(user=lead, name="koppeling", second_factor=False)
    client.force_login(lead)
    client.post(f"/coalities/{coalition.slug}/bewerken", {"name": "Kansrijk Regio Één"})
    before = snapshot()
    assert before["accounts.SecurityEvent"] and before["auditlog.LogEntry"]

    target = tmp_path / "kansrijk.json.gz"
    call_command("backup", str(target))
    # Damage the database every way: delete, change, add.
    Coalition.objects.all().delete()
    SecurityEvent.objects.update(result="tampered")
    UserFactory(email="indringer@example.org")
    assert snapshot() != before

    call_command("restore", str(target), "--no-input")
    assert snapshot() == before
    restored = Coalition.objects.get(pk=coalition.pk)
    assert restored.municipalities.count() == 2
    # Sequences continue after the restored rows.
    assert CoalitionFactory().pk > coalition.pk


def test_restoring_something_that_is_not_a_backup_changes_nothing(tmp_path: Path) -> None:
    CoalitionFactory()
    before = snapshot()
    bogus = tmp_path / "bogus.json.gz"
    bogus.write_bytes(b"not gzip at all")
    with pytest.raises(CommandError, match="not a Kansrijk backup"):
        call_command("restore", str(bogus), "--no-input")
    assert snapshot() == before
