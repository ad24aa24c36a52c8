"""Demo data of step 4: home-visit agreements and figures, agreed instruments, anonymous
signals and referral codes for the demo coalitions. Organisations are fictional; no person
appears anywhere. Idempotent: a coalition that already has signalling data is left alone."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TextIO

from django.db import transaction

from kansrijk.coalitions.models import Coalition
from kansrijk.signalling import selectors
from kansrijk.signalling.codes import new_code
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
)
from kansrijk.socialmap.models import CarePath, Service

COALITIONS = {
    # slug: (JGZ organisation, instruments, visits per quarter, signals, referral codes)
    "utrecht": ("JGZ Utrecht Stad (fictief)", ["r4u-revised", "mind2care", "giz"], 60, 400, 300),
    "zwolle": ("JGZ IJsselland Zuid (fictief)", ["r4u-revised", "epds"], 8, 0, 0),
    "rotterdam": ("CJG Maasmond (fictief)", ["r4u-revised", "alpha-nl"], 120, 0, 0),
    "zuid-holland-zuid": ("JGZ Drechtsteden (fictief)", ["r4u-revised", "mind2care"], 35, 0, 0),
}
QUARTERS = [(2025, 4), (2026, 1), (2026, 2), (2026, 3)]
DOMAIN_WEIGHTS = {
    "work-and-income": 9,
    "mental-wellbeing": 8,
    "family-situation": 5,
    "housing": 4,
    "communication-and-education": 4,
    "lifestyle": 5,
    "safety": 2,
    "current-pregnancy": 3,
    "attachment-and-parenting": 2,
    "previous-pregnancies": 1,
}
OUTCOME_WEIGHTS = {"contact-made": 3, "help-started": 5, "not-reached": 2, "declined": 1}


def load(*, stdout: TextIO) -> None:
    created = 0
    for slug, settings in COALITIONS.items():
        coalition = Coalition.objects.filter(slug=slug).first()
        if coalition is None or HomeVisitAgreement.objects.filter(coalition=coalition).exists():
            continue
        with transaction.atomic():
            _agreements(coalition, settings[0], settings[1])
            _figures(coalition, settings[2], random.Random(slug))
            if settings[3]:
                _signals(coalition, settings[3], random.Random(f"{slug}-signals"))
            if settings[4]:
                _codes(coalition, settings[4], random.Random(f"{slug}-codes"))
        created += 1
    stdout.write(
        f"signalling: demo data for {created} coalitions.\n"
        if created
        else "signalling: unchanged.\n"
    )


def _agreements(coalition: Coalition, jgz: str, instruments: list[str]) -> None:
    template = selectors.home_visit_template()
    agreement = HomeVisitAgreement.objects.create(
        coalition=coalition,
        criteria=template["criteria"],
        minimum_domains=template["minimum_domains"],
        minimum_grade=template["minimum_grade"],
        jgz_organisation=jgz,
        referral_route=template["referral_route"],
        feedback=template["feedback"],
    )
    agreement.trigger_domains.set(template["trigger_domains"])
    chosen = InstrumentAgreement.objects.create(
        coalition=coalition,
        note="Verloskundigen gebruiken het eerste instrument bij de intake; de JGZ werkt met "
        "de GIZ-methodiek. Afgesproken in het kernteam (fictief).",
    )
    chosen.instruments.set(ScreeningInstrument.objects.filter(key__in=instruments))


def _figures(coalition: Coalition, per_quarter: int, rng: random.Random) -> None:
    for year, quarter in QUARTERS:
        offered = max(1, per_quarter + rng.randint(-per_quarter // 5, per_quarter // 5))
        accepted = round(offered * rng.uniform(0.6, 0.8))
        realised = round(accepted * rng.uniform(0.8, 0.95))
        HomeVisitFigures.objects.create(
            coalition=coalition,
            year=year,
            quarter=quarter,
            offered=offered,
            accepted=accepted,
            realised=realised,
            referrals=round(realised * rng.uniform(0.2, 0.4)),
        )


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _signals(coalition: Coalition, count: int, rng: random.Random) -> None:
    SignalCountSetting.objects.create(coalition=coalition, enabled=True)
    domains = {d.key: d for d in Domain.objects.all()}
    phases = list(Phase.objects.filter(key__in=["during-pregnancy", "after-birth"]))
    months = [date(year, (quarter - 1) * 3 + m, 1) for year, quarter in QUARTERS for m in (1, 2, 3)]
    for _i in range(count):
        record = SignalRecord.objects.create(
            coalition=coalition,
            month=rng.choice(months),
            phase=rng.choice(phases),
            referral=rng.random() < 0.45,
        )
        keys = {_weighted(rng, DOMAIN_WEIGHTS) for _j in range(rng.randint(1, 3))}
        record.domains.set([domains[k] for k in keys])


def _codes(coalition: Coalition, count: int, rng: random.Random) -> None:
    outcomes = {o.key: o for o in ReferralOutcome.objects.all()}
    domains = {d.key: d for d in Domain.objects.all()}
    targets: list[tuple[CarePath | None, Service | None]] = []
    for path in CarePath.objects.filter(coalition=coalition):
        version = path.current
        services = (
            Service.objects.filter(care_path_steps__version=version).distinct() if version else []
        )
        targets += [(path, service) for service in services] or [(path, None)]
    weights = [8, 4, *([1] * len(targets))][: len(targets)]
    start = date(2026, 5, 1)
    for _i in range(count):
        issued = start + timedelta(days=rng.randint(0, 150))
        # most referrals go along the first care paths, a few along the others: the
        # figures then show large counts beside suppressed small ones
        target = rng.choices(targets, weights=weights)[0] if targets else (None, None)
        outcome = outcomes[_weighted(rng, OUTCOME_WEIGHTS)] if rng.random() < 0.75 else None
        code = ReferralCode.objects.create(
            code=new_code(),
            coalition=coalition,
            domain=domains[rng.choice(["work-and-income", "mental-wellbeing", "housing"])],
            care_path=target[0],
            service=target[1],
            issued_month=issued.replace(day=1),
            expires_on=issued + timedelta(days=90),
        )
        if outcome is None:
            continue
        if outcome.key == "help-started" and rng.random() < 0.3:
            # first "contact made", later changed: the history stays, the newest counts
            ReferralMarking.objects.create(
                code=code,
                outcome=outcomes["contact-made"],
                month=(issued + timedelta(days=10)).replace(day=1),
            )
        ReferralMarking.objects.create(
            code=code, outcome=outcome, month=(issued + timedelta(days=40)).replace(day=1)
        )
