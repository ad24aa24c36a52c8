"""Writes of the interventions app (keyword-only, validated, atomic)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from kansrijk.coalitions.models import Coalition, Partner
from kansrijk.interventions.models import (
    FinancingLine,
    FundingSource,
    Intervention,
    PaletteItem,
    Phase,
    RiskSituation,
    SpukPurpose,
)


@transaction.atomic
def palette_item_save(
    *,
    coalition: Coalition,
    item: PaletteItem | None = None,
    intervention: Intervention | None,
    local_name: str = "",
    local_description: str = "",
    phases: Iterable[Phase] = (),
    risk_situations: Iterable[RiskSituation] = (),
    partner: Partner | None = None,
    capacity_per_year: int | None = None,
    reach_per_year: int | None = None,
    waiting_weeks: int | None = None,
    since_year: int | None = None,
) -> PaletteItem:
    """Create (item=None) or change a palette item; a catalogue item takes the catalogue's
    phases and risk situations unless others are given."""
    if item is None:
        item = PaletteItem(coalition=coalition)
    elif item.coalition_id != coalition.pk:
        raise ValueError("palette item of another coalition")
    item.intervention = intervention
    item.local_name = "" if intervention else local_name.strip()
    item.local_description = local_description.strip()
    item.partner = partner
    item.capacity_per_year = capacity_per_year
    item.reach_per_year = reach_per_year
    item.waiting_weeks = waiting_weeks
    item.since_year = since_year
    item.full_clean()
    item.save()
    phase_list = list(phases)
    risk_list = list(risk_situations)
    if intervention is not None:
        phase_list = phase_list or list(intervention.phases.all())
        risk_list = risk_list or list(intervention.risk_situations.all())
    item.phases.set(phase_list)
    item.risk_situations.set(risk_list)
    return item


@transaction.atomic
def palette_item_delete(*, coalition: Coalition, item: PaletteItem) -> None:
    if item.coalition_id != coalition.pk:
        raise ValueError("palette item of another coalition")
    if item.financing_lines.exists():
        raise ValidationError(
            _("This item has lines in the financing plan; remove or change those first.")
        )
    item.delete()


@transaction.atomic
def financing_line_save(
    *,
    coalition: Coalition,
    line: FinancingLine | None = None,
    year: int,
    palette_item: PaletteItem | None,
    activity: str = "",
    funding_source: FundingSource,
    spuk_purpose: SpukPurpose | None = None,
    planned_eur: Decimal,
    realised_eur: Decimal | None = None,
    note: str = "",
) -> FinancingLine:
    if line is None:
        line = FinancingLine(coalition=coalition)
    elif line.coalition_id != coalition.pk:
        raise ValueError("financing line of another coalition")
    line.year = year
    line.palette_item = palette_item
    line.activity = "" if palette_item else activity.strip()
    line.funding_source = funding_source
    line.spuk_purpose = spuk_purpose
    line.planned_eur = planned_eur
    line.realised_eur = realised_eur
    line.note = note.strip()
    line.full_clean()
    line.save()
    return line


@transaction.atomic
def financing_line_delete(*, coalition: Coalition, line: FinancingLine) -> None:
    if line.coalition_id != coalition.pk:
        raise ValueError("financing line of another coalition")
    line.delete()


@transaction.atomic
def intervention_save(*, form: Any) -> Intervention:
    """Save the national editor's valid InterventionForm (the entry and its lists at once)."""
    if not form.is_valid():
        raise ValueError("form is not valid")
    intervention: Intervention = form.save(commit=False)
    intervention.full_clean()
    intervention.save()
    form.save_m2m()
    return intervention
