"""A coalition's records: home-visit figures, anonymous signals, referral codes; suppression."""

import re
from datetime import date, timedelta
from io import StringIO
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import models
from django.test import Client

from kansrijk.accounts.tests.factories import MembershipFactory
from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.signalling import reference, selectors, services
from kansrijk.signalling.models import (
    Domain,
    HomeVisitFigures,
    Phase,
    ReferralCode,
    ReferralMarking,
    ReferralOutcome,
    SignalRecord,
)
from kansrijk.signalling.tests.factories import ReferralCodeFactory

TODAY = date(2026, 11, 22)


def compact(response: Any) -> str:
    return re.sub(r"\s+", "", response.content.decode())


@pytest.fixture(autouse=True)
def lists(db: None) -> None:
    reference.load(stdout=StringIO())


def figures(coalition: Coalition, **values: int) -> HomeVisitFigures:
    data = {"year": 2026, "quarter": 1, "offered": 40, "accepted": 30, "realised": 25}
    data.update(values)
    return services.home_visit_figures_record(
        coalition=coalition, referrals=data.pop("referrals", 12), user=None, **data
    )


def test_more_visits_accepted_than_offered_is_refused_and_nothing_is_stored() -> None:
    coalition = CoalitionFactory()
    with pytest.raises(ValidationError) as error:
        figures(coalition, offered=5, accepted=6)
    assert "accepted" in error.value.message_dict
    assert not HomeVisitFigures.objects.exists()


def test_figures_entered_again_for_a_quarter_replace_the_earlier_ones_which_stay_in_history() -> (
    None
):
    coalition = CoalitionFactory()
    figures(coalition, offered=40)
    figures(coalition, offered=44)
    rows = selectors.home_visit_quarters(coalition, owner=True)
    assert [r.offered.value for r in rows] == [44]
    assert HomeVisitFigures.objects.count() == 2


def test_small_home_visit_counts_are_suppressed_for_others_but_not_for_members(
    client: Client,
) -> None:
    coalition = CoalitionFactory()
    figures(coalition, offered=40, accepted=30, realised=25, referrals=7)
    page = compact(client.get(f"/coalities/{coalition.slug}/vroegsignalering"))
    assert ">40<" in page and "&times;" in page and ">7<" not in page
    client.force_login(MembershipFactory(coalition=coalition).user)
    page = compact(client.get(f"/coalities/{coalition.slug}/vroegsignalering"))
    assert ">7<" in page


def test_signals_cannot_be_counted_until_the_coalition_switches_counting_on(
    client: Client,
) -> None:
    coalition = CoalitionFactory()
    membership = MembershipFactory(coalition=coalition)
    client.force_login(membership.user)
    assert client.get(f"/coalities/{coalition.slug}/vroegsignalering/signalen").status_code == 404
    with pytest.raises(ValidationError):
        services.signal_record_create(
            coalition=coalition,
            month=TODAY,
            phase=Phase.objects.get(key="during-pregnancy"),
            domains=Domain.objects.all()[:1],
            referral=False,
            today=TODAY,
        )
    services.signal_setting_set(coalition=coalition, enabled=True, user=None)
    assert client.get(f"/coalities/{coalition.slug}/vroegsignalering/signalen").status_code == 200


def test_a_counted_signal_holds_only_month_phase_domains_and_referral(client: Client) -> None:
    coalition = CoalitionFactory()
    services.signal_setting_set(coalition=coalition, enabled=True, user=None)
    client.force_login(MembershipFactory(coalition=coalition).user)
    phase = Phase.objects.get(key="during-pregnancy")
    money, mind = (
        Domain.objects.get(key="work-and-income"),
        Domain.objects.get(key="mental-wellbeing"),
    )
    today = date.today()
    response = client.post(
        f"/coalities/{coalition.slug}/vroegsignalering/signalen",
        {
            "month": f"{today:%Y-%m}",
            "phase": phase.pk,
            "domains": [money.pk, mind.pk],
            "referral": "on",
        },
    )
    assert response.status_code == 302
    record = SignalRecord.objects.get()
    assert record.month == today.replace(day=1) and record.referral
    assert {d.key for d in record.domains.all()} == {"work-and-income", "mental-wellbeing"}
    stored = {f.name for f in SignalRecord._meta.get_fields() if f.concrete}
    assert stored == {"id", "coalition", "month", "phase", "domains", "referral"}


def test_signal_counts_per_domain_and_quarter_are_suppressed_below_ten_for_others() -> None:
    coalition = CoalitionFactory()
    services.signal_setting_set(coalition=coalition, enabled=True, user=None)
    phase = Phase.objects.first()
    assert phase is not None
    money, mind = (
        Domain.objects.get(key="work-and-income"),
        Domain.objects.get(key="mental-wellbeing"),
    )
    for i in range(12):
        services.signal_record_create(
            coalition=coalition,
            month=date(2026, 2, 1),
            phase=phase,
            domains=[money] if i < 10 else [money, mind],
            referral=i < 3,
            today=TODAY,
        )
    table = selectors.signal_table(coalition, owner=False)
    rows = dict(table.rows)
    assert table.columns == ["2026 Q1"]
    assert rows[money.label][0].value == 12
    assert rows[mind.label][0].suppressed
    assert rows["→"][0].suppressed and rows[""][0].value == 12
    assert dict(selectors.signal_table(coalition, owner=True).rows)[mind.label][0].value == 2


def test_a_referral_code_is_issued_marked_by_the_receiver_and_counted_per_domain(
    client: Client,
) -> None:
    coalition = CoalitionFactory()
    client.force_login(MembershipFactory(coalition=coalition).user)
    money = Domain.objects.get(key="work-and-income")
    response = client.post(
        f"/coalities/{coalition.slug}/vroegsignalering/verwijscodes", {"domain": money.pk}
    )
    code = ReferralCode.objects.get()
    assert code.code in response.content.decode()
    outcome = ReferralOutcome.objects.get(key="help-started")
    response = client.post(
        f"/coalities/{coalition.slug}/vroegsignalering/verwijscodes/uitkomst",
        {"code": code.code.lower().replace("-", " "), "outcome": outcome.pk},
    )
    assert response.status_code == 302
    assert code.markings.get().outcome == outcome
    rows = selectors.referral_rows(coalition, owner=True, today=date.today())
    assert rows[0].label == money.label and rows[0].issued.value == 1


def test_an_expired_or_foreign_code_cannot_be_marked() -> None:
    coalition, other = CoalitionFactory(), CoalitionFactory()
    outcome = ReferralOutcome.objects.get(key="declined")
    expired = ReferralCodeFactory(coalition=coalition, expires_on=TODAY - timedelta(days=1))
    foreign = ReferralCodeFactory(coalition=other, expires_on=TODAY + timedelta(days=1))
    with pytest.raises(ValidationError, match=r"verlopen|expired"):
        services.referral_code_mark(
            coalition=coalition, code=expired.code, outcome=outcome, today=TODAY
        )
    with pytest.raises(ValidationError):
        services.referral_code_mark(
            coalition=coalition, code=foreign.code, outcome=outcome, today=TODAY
        )


def test_a_referral_code_carries_no_field_for_a_person_and_expires() -> None:
    coalition = CoalitionFactory()
    code = services.referral_code_issue(coalition=coalition, domain=None, today=TODAY)
    assert code.expires_on == TODAY + timedelta(days=services.CODE_VALID_DAYS)
    assert code.issued_month == date(2026, 11, 1)
    text_fields = [
        f.name
        for f in ReferralCode._meta.get_fields()
        if isinstance(f, models.CharField | models.TextField)
    ]
    assert text_fields == ["code"]


def test_only_the_lead_switches_signal_counting_and_a_partner_cannot(client: Client) -> None:
    coalition = CoalitionFactory()
    client.force_login(MembershipFactory(coalition=coalition, role="partner").user)
    url = f"/coalities/{coalition.slug}/vroegsignalering/signalen/instelling"
    assert client.post(url, {"enabled": "on"}).status_code == 403
    assert not selectors.signal_counting_enabled(coalition)
    client.force_login(MembershipFactory(coalition=coalition, role="lead").user)
    assert client.post(url, {"enabled": "on"}).status_code == 302
    assert selectors.signal_counting_enabled(coalition)


def test_referrals_along_a_care_path_are_counted_per_care_path_and_service(
    client: Client,
) -> None:
    from kansrijk.socialmap.models import CarePath, CarePathStep, CarePathVersion
    from kansrijk.socialmap.tests.factories import RiskSituationFactory, ServiceFactory

    coalition, other = CoalitionFactory(), CoalitionFactory()
    path = CarePath.objects.create(
        coalition=coalition, risk_situation=RiskSituationFactory(name="Schulden (test)")
    )
    version = CarePathVersion.objects.create(
        care_path=path, number=1, signallers="Verloskundige", owner="Gemeente (fictief)"
    )
    service = ServiceFactory(name="Schuldhulp Testdienst (fictief)")
    CarePathStep.objects.create(version=version, order=1, text="Verwijs door").services.add(service)
    client.force_login(MembershipFactory(coalition=coalition).user)
    response = client.post(
        f"/coalities/{coalition.slug}/vroegsignalering/verwijscodes",
        {"care_path": path.pk, "service": service.pk},
    )
    code = ReferralCode.objects.get()
    assert code.code in response.content.decode()
    assert (code.care_path, code.service) == (path, service)
    rows = selectors.referral_rows(coalition, owner=True, today=date.today())
    assert rows[0].label == "Schulden (test) → Schuldhulp Testdienst (fictief)"
    foreign = CarePath.objects.create(coalition=other, risk_situation=path.risk_situation)
    with pytest.raises(ValidationError):
        services.referral_code_issue(coalition=coalition, care_path=foreign, today=TODAY)


def test_a_changed_outcome_is_appended_and_only_the_newest_marking_counts() -> None:
    coalition = CoalitionFactory()
    money = Domain.objects.get(key="work-and-income")
    code = services.referral_code_issue(coalition=coalition, domain=money, today=TODAY)
    contact = ReferralOutcome.objects.get(key="contact-made")
    started = ReferralOutcome.objects.get(key="help-started")
    services.referral_code_mark(coalition=coalition, code=code.code, outcome=contact, today=TODAY)
    later = TODAY + timedelta(days=20)
    services.referral_code_mark(coalition=coalition, code=code.code, outcome=started, today=later)
    history = list(code.markings.order_by("id").values_list("outcome__key", "month"))
    assert history == [("contact-made", date(2026, 11, 1)), ("help-started", date(2026, 12, 1))]
    assert selectors.newest_outcomes(coalition) == {code.pk: started.pk}
    (row,) = selectors.referral_rows(coalition, owner=True, today=later)
    per_outcome = dict(zip(selectors.outcomes(), row.per_outcome, strict=True))
    assert per_outcome[started].value == 1 and per_outcome[contact].value == 0
    assert row.issued.value == 1 and row.open.value == 0


def test_a_marking_holds_the_code_outcome_and_month_only_and_is_not_audited() -> None:
    from auditlog.registry import auditlog

    stored = {f.name for f in ReferralMarking._meta.get_fields() if f.concrete}
    assert stored == {"id", "code", "outcome", "month"}
    assert not auditlog.contains(ReferralMarking)
    assert not auditlog.contains(ReferralCode)


def test_a_small_outcome_cannot_be_computed_from_the_codes_issued_minus_the_others() -> None:
    coalition = CoalitionFactory()
    money = Domain.objects.get(key="work-and-income")
    declined = ReferralOutcome.objects.get(key="declined")
    issued = [
        services.referral_code_issue(coalition=coalition, domain=money, today=TODAY)
        for _i in range(15)
    ]
    for code in issued[:3]:
        services.referral_code_mark(
            coalition=coalition, code=code.code, outcome=declined, today=TODAY
        )
    (public,) = selectors.referral_rows(coalition, owner=False, today=TODAY)
    outcomes = list(selectors.outcomes())
    assert public.issued.value == 15
    assert public.per_outcome[outcomes.index(declined)].suppressed
    assert public.open.suppressed  # 15 - 3 would otherwise give the 3 away
    assert public.expired.value == 0
    (own,) = selectors.referral_rows(coalition, owner=True, today=TODAY)
    assert (own.per_outcome[outcomes.index(declined)].value, own.open.value) == (3, 12)


def test_a_small_number_declining_the_home_visit_cannot_be_computed_from_offered_minus_accepted() -> (
    None
):
    coalition = CoalitionFactory()
    figures(coalition, offered=40, accepted=35, realised=20, referrals=12)
    (public,) = selectors.home_visit_quarters(coalition, owner=False)
    assert public.offered.value == 40 and public.accepted.suppressed
    assert public.realised.value == 20 and public.referrals.value == 12
    figures(coalition, offered=40, accepted=35, realised=30, referrals=12)
    (public,) = selectors.home_visit_quarters(coalition, owner=False)
    assert public.accepted.suppressed and public.realised.suppressed  # 35 - 30 is small too
    (own,) = selectors.home_visit_quarters(coalition, owner=True)
    assert own.accepted.value == 35
