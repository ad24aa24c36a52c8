"""Models of the interventions app: reference lists, the catalogue, palettes, financing."""

from kansrijk.interventions.models.catalogue import Intervention
from kansrijk.interventions.models.coalition import FinancingLine, PaletteItem
from kansrijk.interventions.models.reference import (
    DeliveryForm,
    FundingSource,
    NationalBudget,
    Phase,
    RecognitionLevel,
    RiskSituation,
    SpukPurpose,
    ZvwStatus,
)

__all__ = [
    "DeliveryForm",
    "FinancingLine",
    "FundingSource",
    "Intervention",
    "NationalBudget",
    "PaletteItem",
    "Phase",
    "RecognitionLevel",
    "RiskSituation",
    "SpukPurpose",
    "ZvwStatus",
]
