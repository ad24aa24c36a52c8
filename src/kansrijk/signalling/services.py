"""Writes of early signalling. None of these functions accepts data about a person."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from kansrijk.coalitions.models import Coalition
from kansrijk.signalling import codes, selectors
from kansrijk.signalling.models import (
    Domain,
    HomeVisitAgreement,
    HomeVisitFigures,
    InstrumentAgreement,
    Phase,
    ReferralCode,
    ReferralMarking,
    ReferralOutcome,
    ScreeningInstrument,
    SignalCountSetting,
    SignalRecord,
    VulnerabilityGrade,
)
from kansrijk.signalling.statistics import first_of_month
from kansrijk.socialmap.models import CarePath, Service

CODE_VALID_DAYS = 90


def instrument_agreement_record(
    *, coalition: Coalition, instruments: Iterable[ScreeningInstrument], note: str, user: Any
) -> InstrumentAgreement:
    chosen = list(instruments)
    if not chosen:
        raise ValidationError({"instruments": _("Choose at least one instrument.")})
    with transaction.atomic():
        agreement = InstrumentAgreement(coalition=coalition, note=note, created_by=user)
        agreement.full_clean()
        agreement.save()
        agreement.instruments.set(chosen)
    return agreement


def home_visit_agreement_record(
    *,
    coalition: Coalition,
    criteria: str,
    trigger_domains: Iterable[Domain],
    minimum_domains: int,
    minimum_grade: VulnerabilityGrade | None,
    jgz_organisation: str,
    referral_route: str,
    feedback: str,
    user: Any,
) -> HomeVisitAgreement:
    with transaction.atomic():
        agreement = HomeVisitAgreement(
            coalition=coalition,
            criteria=criteria,
            minimum_domains=minimum_domains,
            minimum_grade=minimum_grade,
            jgz_organisation=jgz_organisation,
            referral_route=referral_route,
            feedback=feedback,
            created_by=user,
        )
        agreement.full_clean()
        agreement.save()
        agreement.trigger_domains.set(list(trigger_domains))
    return agreement


def home_visit_figures_record(
    *,
    coalition: Coalition,
    year: int,
    quarter: int,
    offered: int,
    accepted: int,
    realised: int,
    referrals: int,
    user: Any,
) -> HomeVisitFigures:
    figures = HomeVisitFigures(
        coalition=coalition,
        year=year,
        quarter=quarter,
        offered=offered,
        accepted=accepted,
        realised=realised,
        referrals=referrals,
        created_by=user,
    )
    with transaction.atomic():
        figures.full_clean()
        figures.save()
    return figures


def signal_setting_set(*, coalition: Coalition, enabled: bool, user: Any) -> SignalCountSetting:
    setting = SignalCountSetting(coalition=coalition, enabled=enabled, created_by=user)
    with transaction.atomic():
        setting.full_clean()
        setting.save()
    return setting


def signal_record_create(
    *,
    coalition: Coalition,
    month: date,
    phase: Phase,
    domains: Iterable[Domain],
    referral: bool,
    today: date,
) -> SignalRecord:
    """Count one broad conversation: month, phase, domains, referral. Nothing more."""
    if not selectors.signal_counting_enabled(coalition):
        raise ValidationError(_("This coalition does not count anonymous signals."))
    chosen = list(domains)
    if not chosen:
        raise ValidationError({"domains": _("Mark at least one life domain.")})
    if month > today:
        raise ValidationError({"month": _("The month cannot lie in the future.")})
    with transaction.atomic():
        record = SignalRecord(
            coalition=coalition, month=first_of_month(month), phase=phase, referral=referral
        )
        record.full_clean()
        record.save()
        record.domains.set(chosen)
    return record


def referral_code_issue(
    *,
    coalition: Coalition,
    today: date,
    domain: Domain | None = None,
    care_path: CarePath | None = None,
    service: Service | None = None,
) -> ReferralCode:
    """A new code for a referral along a care path (and to a service), or for a life domain."""
    if care_path is not None and care_path.coalition_id != coalition.pk:
        raise ValidationError({"care_path": _("This care path belongs to another coalition.")})
    for _attempt in range(5):
        code = ReferralCode(
            code=codes.new_code(),
            coalition=coalition,
            domain=domain,
            care_path=care_path,
            service=service,
            issued_month=first_of_month(today),
            expires_on=today + timedelta(days=CODE_VALID_DAYS),
        )
        code.full_clean(validate_unique=False)
        try:
            with transaction.atomic():
                code.save()
        except IntegrityError:
            continue
        return code
    raise RuntimeError("Could not find a free referral code.")  # pragma: no cover


def referral_code_mark(
    *, coalition: Coalition, code: str, outcome: ReferralOutcome, today: date
) -> ReferralMarking:
    """The receiving organisation marks what became of the referral.

    Marking the code again (the outcome changed) adds a row: the history stays, the newest
    marking counts in the figures.
    """
    found = ReferralCode.objects.filter(coalition=coalition, code=codes.normalise(code)).first()
    if found is None:
        raise ValidationError({"code": _("This code is unknown in this coalition.")})
    if found.expires_on < today:
        raise ValidationError({"code": _("This code has expired.")})
    marking = ReferralMarking(code=found, outcome=outcome, month=first_of_month(today))
    with transaction.atomic():
        marking.full_clean()
        marking.save()
    return marking
