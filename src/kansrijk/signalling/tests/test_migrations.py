"""Migration 0003 moves the outcomes marked before into appended markings, and back."""

from datetime import date

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("signalling", "0002_domains_to_risk_situations_referrals_to_care_paths")]
AFTER = [("signalling", "0003_referral_outcomes_appended_as_markings")]


def migrate(targets: list[tuple[str, str]]) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return MigrationExecutor(connection)


@pytest.mark.django_db(transaction=True)
def test_outcomes_marked_before_become_markings_and_the_code_keeps_no_outcome() -> None:
    old = migrate(BEFORE).loader.project_state(BEFORE).apps
    coalition = old.get_model("coalitions", "Coalition").objects.create(
        slug="migratie", name="Migratie (fictief)"
    )
    outcome = old.get_model("signalling", "ReferralOutcome").objects.create(
        key="help-started-test", name="Hulp gestart"
    )
    code = old.get_model("signalling", "ReferralCode")
    marked = code.objects.create(
        code="ABCD-EFGH",
        coalition=coalition,
        issued_month=date(2026, 5, 1),
        expires_on=date(2026, 8, 1),
        outcome=outcome,
        outcome_month=date(2026, 6, 1),
    )
    code.objects.create(
        code="JKLM-NPQR",
        coalition=coalition,
        issued_month=date(2026, 5, 1),
        expires_on=date(2026, 8, 1),
    )
    new = migrate(AFTER).loader.project_state(AFTER).apps
    markings = new.get_model("signalling", "ReferralMarking").objects.all()
    assert [(m.code_id, m.outcome_id, m.month) for m in markings] == [
        (marked.pk, outcome.pk, date(2026, 6, 1))
    ]
    back = migrate(BEFORE).loader.project_state(BEFORE).apps
    restored = back.get_model("signalling", "ReferralCode").objects.get(pk=marked.pk)
    assert (restored.outcome_id, restored.outcome_month) == (outcome.pk, date(2026, 6, 1))
    migrate(AFTER)
