"""Writes of the indicators app: storing values (with everything derived) and story notes."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from kansrijk.indicators import derive
from kansrijk.indicators.models import (
    AreaKind,
    DataVersion,
    FormerMunicipality,
    Indicator,
    NoteStatus,
    StoryNote,
    Unit,
    Value,
)
from kansrijk.indicators.parsing import Known, Row
from kansrijk.regions.models import GGDRegion, Municipality, Province

SCALES = {Unit.PERCENTAGE: 100.0, Unit.PER_1000: 1000.0}
Progress = Callable[[Iterable[Any]], Iterable[Any]]


@dataclass(frozen=True)
class Incoming:
    """One published value to store (from a file or the reference data)."""

    indicator: str
    area: str
    start: int
    end: int
    numerator: int | None
    denominator: int | None
    value: float | None
    weight: float | None = None
    synthetic: bool = False
    note: str = ""


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    version: DataVersion | None


def known_codes() -> Known:
    """What a file may refer to: the catalogue's indicators and all known areas."""
    areas = set(Municipality.objects.values_list("code", flat=True))
    areas |= set(GGDRegion.objects.values_list("code", flat=True))
    areas |= set(Province.objects.values_list("code", flat=True))
    areas.add(derive.COUNTRY)
    abolished = {
        f.code: (f.merged_on or datetime.date(f.last_year + 1, 1, 1), f.successor.code)
        for f in FormerMunicipality.objects.select_related("successor")
    }
    units = dict(Indicator.objects.values_list("key", "unit"))
    return Known(units=units, areas=frozenset(areas), abolished=abolished)


def incoming_from_rows(rows: Sequence[Row], *, synthetic: bool = False) -> list[Incoming]:
    return [
        Incoming(
            indicator=row.indicator,
            area=row.area,
            start=row.period_start,
            end=row.period_end,
            numerator=row.numerator,
            denominator=row.denominator,
            value=row.value,
            synthetic=synthetic,
        )
        for row in rows
    ]


def _area_kind(code: str, former: set[str]) -> str:
    if code in former:
        return AreaKind.FORMER_MUNICIPALITY
    prefix = code[:2]
    return {
        "GM": AreaKind.MUNICIPALITY,
        "GG": AreaKind.GGD_REGION,
        "PV": AreaKind.PROVINCE,
    }.get(prefix, AreaKind.COUNTRY)


def _geography() -> derive.Geography:
    region_of: dict[str, str] = {}
    province_of: dict[str, str] = {}
    for code, region, province in Municipality.objects.values_list(
        "code", "ggd_region__code", "province__code"
    ):
        region_of[code] = region
        province_of[code] = province
    for former in FormerMunicipality.objects.select_related(
        "successor__ggd_region", "successor__province"
    ):
        region_of[former.code] = former.successor.ggd_region.code
        province_of[former.code] = former.successor.province.code
    return derive.Geography(region_of=region_of, province_of=province_of)


def _same(value: Value, item: Incoming) -> bool:
    return (
        value.numerator == item.numerator
        and value.denominator == item.denominator
        and (value.value is None) == (item.value is None)
        and (value.value is None or item.value is None or abs(value.value - item.value) < 1e-9)
        and value.weight == item.weight
        and value.synthetic == item.synthetic
        and value.note == item.note
        and not value.computed
    )


@transaction.atomic
def values_import(
    *,
    items: Sequence[Incoming],
    source: str,
    user: Any = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Store published values; idempotent (a second run changes nothing) and atomic.

    Afterwards the derived cells (aggregates, pooled periods) and the suppression of every
    affected indicator are computed again, so that all pages read one consistent table.
    """
    indicators = {i.key: i for i in Indicator.objects.filter(key__in={i.indicator for i in items})}
    former = set(FormerMunicipality.objects.values_list("code", flat=True))
    existing = {
        (v.indicator.key, v.area_code, v.period_start, v.period_end): v
        for v in Value.objects.filter(indicator__in=indicators.values()).select_related("indicator")
    }
    to_create: list[Value] = []
    to_update: list[Value] = []
    unchanged = 0
    for item in progress(items) if progress else items:
        current = existing.get((item.indicator, item.area, item.start, item.end))
        if current is not None and _same(current, item):
            unchanged += 1
            continue
        target = current or Value(
            indicator=indicators[item.indicator],
            area_code=item.area,
            period_start=item.start,
            period_end=item.end,
        )
        target.area_kind = _area_kind(item.area, former)
        target.numerator = item.numerator
        target.denominator = item.denominator
        target.value = item.value
        target.weight = item.weight
        target.synthetic = item.synthetic
        target.note = item.note
        target.computed = False
        (to_update if current is not None else to_create).append(target)
    if not to_create and not to_update:
        return ImportResult(0, 0, unchanged, None)
    version = DataVersion(
        source=source[:300],
        created_by=user if getattr(user, "is_authenticated", False) else None,
        rows=len(to_create) + len(to_update),
        threshold=settings.KANSRIJK_SMALL_COUNT_THRESHOLD,
    )
    version.full_clean()
    version.save()
    for value in (*to_create, *to_update):
        value.version = version
    Value.objects.bulk_create(to_create, batch_size=2000)
    Value.objects.bulk_update(
        to_update,
        [
            "area_kind",
            "numerator",
            "denominator",
            "value",
            "weight",
            "synthetic",
            "note",
            "computed",
            "version",
        ],
        batch_size=2000,
    )
    affected = {v.indicator_id for v in (*to_create, *to_update)}
    for indicator in Indicator.objects.filter(pk__in=affected):
        _rederive(indicator, version)
    return ImportResult(len(to_create), len(to_update), unchanged, version)


def _rederive(indicator: Indicator, version: DataVersion) -> None:
    """Recompute derived cells and suppression of one indicator from its published values."""
    Value.objects.filter(indicator=indicator, computed=True).delete()
    published = list(Value.objects.filter(indicator=indicator))
    cells = derive.derive(
        [
            derive.Cell(
                area=v.area_code,
                start=v.period_start,
                end=v.period_end,
                numerator=v.numerator,
                denominator=v.denominator,
                value=v.value,
                weight=v.weight,
                synthetic=v.synthetic,
                note=v.note,
                suppression=v.suppression,
            )
            for v in published
        ],
        _geography(),
        scale=SCALES.get(indicator.unit, 1.0),  # type: ignore[call-overload]
        threshold=version.threshold,
        average_values=indicator.unit != Unit.SCORE,
    )
    former = set(FormerMunicipality.objects.values_list("code", flat=True))
    by_key = {(v.area_code, v.period_start, v.period_end): v for v in published}
    changed: list[Value] = []
    new: list[Value] = []
    for cell in cells:
        own = by_key.get(cell.key)
        if own is not None:
            if own.suppression != cell.suppression:
                own.suppression = cell.suppression
                changed.append(own)
            continue
        new.append(
            Value(
                indicator=indicator,
                area_kind=_area_kind(cell.area, former),
                area_code=cell.area,
                period_start=cell.start,
                period_end=cell.end,
                numerator=cell.numerator,
                denominator=cell.denominator,
                value=cell.value,
                weight=cell.weight,
                computed=True,
                synthetic=cell.synthetic,
                note=cell.note,
                suppression=cell.suppression,
                version=version,
            )
        )
    Value.objects.bulk_update(changed, ["suppression"], batch_size=2000)
    Value.objects.bulk_create(new, batch_size=2000)


@transaction.atomic
def values_recompute(*, source: str = "recompute") -> DataVersion:
    """Derive every indicator again, e.g. after the small-count threshold changed."""
    version = DataVersion(source=source, threshold=settings.KANSRIJK_SMALL_COUNT_THRESHOLD)
    version.full_clean()
    version.save()
    for indicator in Indicator.objects.filter(values__isnull=False).distinct():
        _rederive(indicator, version)
    return version


@transaction.atomic
def story_note_create(*, coalition: Any, indicator: Indicator, text: str, user: Any) -> StoryNote:
    note = StoryNote(coalition=coalition, indicator=indicator, text=text.strip(), created_by=user)
    note.full_clean()
    note.save()
    return note


@transaction.atomic
def story_note_set_status(*, note: StoryNote, status: str) -> StoryNote:
    note.status = status
    note.status_changed_at = timezone.now()
    note.full_clean()
    note.save(update_fields=["status", "status_changed_at"])
    return note


__all__ = ["ImportResult", "Incoming", "NoteStatus", "values_import", "values_recompute"]
