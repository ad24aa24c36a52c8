"""Step 4, early signalling: the lists of the broad conversation and the coalition's records."""

from kansrijk.signalling.models.coalition import (
    HomeVisitAgreement,
    HomeVisitFigures,
    InstrumentAgreement,
    ReferralCode,
    ReferralMarking,
    SignalCountSetting,
    SignalRecord,
)
from kansrijk.signalling.models.lists import (
    Domain,
    Factor,
    FactorKind,
    Phase,
    ReferralOutcome,
    ScreeningInstrument,
    ValidationStatus,
    VulnerabilityGrade,
)

__all__ = [
    "Domain",
    "Factor",
    "FactorKind",
    "HomeVisitAgreement",
    "HomeVisitFigures",
    "InstrumentAgreement",
    "Phase",
    "ReferralCode",
    "ReferralMarking",
    "ReferralOutcome",
    "ScreeningInstrument",
    "SignalCountSetting",
    "SignalRecord",
    "ValidationStatus",
    "VulnerabilityGrade",
]
