"""``manage.py backup`` and ``manage.py restore`` round-trip the whole database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core import serializers
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client

from kansrijk.accounts.models import Membership, SecurityEvent
from kansrijk.accounts.tests.factories import UserFactory
from kansrijk.api.services import api_token_create
from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.services import plan_upload
from kansrijk.coalitions.tests.factories import CoalitionFactory, PartnerFactory
from kansrijk.knowledge import search as knowledge_search
from kansrijk.knowledge.tests.factories import PracticeExampleFactory
from kansrijk.regions.tests.factories import MunicipalityFactory
from kansrijk.socialmap.search import backend as search_backend
from kansrijk.socialmap.search.query import run_search
from kansrijk.socialmap.services.carepaths import CarePathData, StepData, care_path_save
from kansrijk.socialmap.tests.factories import (
    make_organization,
    make_risk_situation,
    make_service,
)
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


PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def row_counts() -> dict[str, int]:
    """Rows of every table in the database, also those no model describes."""
    counts = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608  # nosec B608
            counts[table] = cursor.fetchone()[0]
    return counts


def searches() -> list[tuple[list[str], list[str]]]:
    """The social map's search and the knowledge base's."""
    results = []
    for text, municipality in (("schulden", ""), ("taalhuis", "GM9901"), ("zwanger", "")):
        found = run_search(text=text, municipality=municipality, visible=None)
        results.append(([p.risk_key for p in found.care_paths], [s.name for s in found.services]))
    results.append(([], [e.key for e in knowledge_search.search("voorleesproject")]))
    return results


def test_a_restore_into_a_fresh_database_and_media_folder_answers_the_same(
    tmp_path: Path, client: Client, settings: Any
) -> None:
    lead = UserFactory()
    coalition = CoalitionFactory(municipalities=[MunicipalityFactory(code="GM9901")])
    Membership.objects.create(user=lead, coalition=coalition, role="lead")
    plan = plan_upload(coalition=coalition, upload=SimpleUploadedFile("plan.pdf", PDF), user=lead)
    debts = make_risk_situation(key="schulden", name="Schulden")
    organization = make_organization(coalition=coalition, name="Geldhulp (fictief)")
    service = make_service(
        organization=organization,
        name="Schuldhulp met voorrang",
        description="Hulp bij schulden tijdens de zwangerschap.",
        risk_situations=[debts],
    )
    make_service(organization=organization, name="Taalhuis", description="Leren lezen.")
    PracticeExampleFactory(key="voorlezen", title="Voorleesproject in de wijk")
    care_path_save(
        coalition=coalition,
        risk_situation=debts,
        data=CarePathData(
            signallers="Verloskundige",
            owner="Werkgroep",
            steps=[StepData(text="Verwijs warm door naar schuldhulp.", services=[service])],
        ),
    )
    client.force_login(lead)
    url = f"/coalities/{coalition.slug}/plan-van-aanpak/{plan.pk}"
    download = b"".join(client.get(url).streaming_content)  # type: ignore[attr-defined]
    found, counts = searches(), row_counts()
    assert found[0] == (["schulden"], ["Schuldhulp met voorrang"]) and found[1][1] == ["Taalhuis"]
    assert found[-1] == ([], ["voorlezen"])

    target = tmp_path / "kansrijk.tar.gz"
    call_command("backup", str(target))
    # A fresh database (migrated, empty, its search index empty) and a fresh media folder.
    with connection.cursor() as cursor:  # PostgreSQL refuses TRUNCATE with pending FK checks
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", "--no-input")
    search_backend.clear()  # a new database's full-text tables are empty
    settings.MEDIA_ROOT = settings.PRIVATE_MEDIA_ROOT = tmp_path / "fresh" / "private-media"

    call_command("restore", str(target), "--no-input")
    assert row_counts() == counts
    assert searches() == found
    client.force_login(lead)
    answer = client.get(url)
    assert answer.status_code == 200
    assert b"".join(answer.streaming_content) == download  # type: ignore[attr-defined]


def test_the_search_indexes_can_be_rebuilt_by_a_command(tmp_path: Path) -> None:
    coalition = CoalitionFactory(municipalities=[MunicipalityFactory(code="GM9901")])
    make_service(organization=make_organization(coalition=coalition), name="Taalhuis")
    PracticeExampleFactory(key="voorlezen", title="Voorleesproject in de wijk")
    before = searches()
    search_backend.clear()
    assert searches() != before
    call_command("rebuild_search_index")
    assert searches() == before
