"""The national and regional view: every coalition's steps, the map by step, the share of
municipalities with a chain approach over time, and roll-ups per GGD region.

A municipality *has a chain approach* when a coalition it belongs to declares steps 1 to 5
in place (agreements, signalling and interventions working). The share over time replays the
appended step declarations, so it is exact for every date.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kansrijk.accounts import access
from kansrijk.coalitions.models import STEPS, Coalition, StepStatus, StepStatusEntry
from kansrijk.monitoring import readers, steptracker
from kansrijk.regions.models import GGDRegion, Municipality
from kansrijk.regions.templatetags.regions import LegendEntry, MapItem

CHAIN_STEPS = (1, 2, 3, 4, 5)
STATUS_COLOURS = {
    StepStatus.NOT_STARTED.value: "#fde0c5",
    StepStatus.IN_PROGRESS.value: "#f4a259",
    StepStatus.IN_PLACE.value: "#1b4f8a",
}
NO_COALITION = "#ffffff"


@dataclass(frozen=True)
class Scope:
    """What one viewer of the national view sees: the whole country (national editors) or
    the GGD regions they coordinate, with the coalitions that have a municipality there."""

    region_ids: frozenset[int] | None = None
    region_names: tuple[str, ...] = ()

    @property
    def national(self) -> bool:
        return self.region_ids is None


NATIONAL = Scope()


def scope_for(user: Any) -> Scope:
    if access.is_national_editor(user):
        return NATIONAL
    regions = GGDRegion.objects.filter(coordinators__user=user).order_by("name").distinct()
    return Scope(frozenset(r.pk for r in regions), tuple(r.name for r in regions))


@dataclass(frozen=True)
class CoalitionRow:
    coalition: Coalition
    steps: list[steptracker.TrackedStep]
    regions: list[str]

    @property
    def differences(self) -> int:
        return sum(1 for s in self.steps if s.differs)

    @property
    def chain_approach(self) -> bool:
        return all(s.declared == StepStatus.IN_PLACE for s in self.steps if s.number in CHAIN_STEPS)


def coalition_rows(
    coalitions: list[Coalition] | None = None, *, scope: Scope = NATIONAL
) -> list[CoalitionRow]:
    chosen = coalitions if coalitions is not None else _coalitions(scope)
    return [
        CoalitionRow(
            coalition=c,
            steps=steptracker.track(c),
            regions=sorted({m.ggd_region.name for m in c.municipalities.all()}),
        )
        for c in chosen
    ]


def _coalitions(scope: Scope = NATIONAL) -> list[Coalition]:
    coalitions = Coalition.objects.all()
    if scope.region_ids is not None:
        coalitions = coalitions.filter(
            municipalities__ggd_region_id__in=scope.region_ids
        ).distinct()
    return list(coalitions.prefetch_related("municipalities__ggd_region").order_by("name"))


def map_items(rows: list[CoalitionRow], step: int) -> dict[str, MapItem]:
    items: dict[str, MapItem] = {}
    for row in rows:
        tracked = row.steps[step - 1]
        label = _("%(name)s: step %(n)d %(status)s (derived: %(derived)s)") % {
            "name": row.coalition.name,
            "n": step,
            "status": tracked.declared_label,
            "derived": tracked.derived_label,
        }
        href = reverse("monitoring:steps", args=[row.coalition.slug])
        for municipality in row.coalition.municipalities.all():
            items.setdefault(
                municipality.code,
                MapItem(fill=STATUS_COLOURS[tracked.declared], label=label, href=href),
            )
    return items


def legend() -> list[LegendEntry]:
    entries = [
        LegendEntry(fill=STATUS_COLOURS[s.value], label=str(s.label).capitalize())
        for s in StepStatus
    ]
    entries.append(LegendEntry(fill=NO_COALITION, label=_("No coalition registered")))
    return entries


def step_counts(rows: list[CoalitionRow]) -> list[dict[str, Any]]:
    result = []
    for number, label in STEPS:
        counts = {s.value: 0 for s in StepStatus}
        differ = 0
        for row in rows:
            counts[row.steps[number - 1].declared] += 1
            differ += row.steps[number - 1].differs
        result.append({"number": number, "label": str(label), "counts": counts, "differ": differ})
    return result


def _quarter_ends(first: date, last: date) -> list[date]:
    ends = []
    year, quarter = first.year, (first.month - 1) // 3 + 1
    while True:
        month = quarter * 3
        end = (date(year, month % 12 + 1, 1) if month < 12 else date(year + 1, 1, 1)) - timedelta(
            days=1
        )
        ends.append(min(end, last))
        if end >= last:
            return ends
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)


def chain_share_over_time(
    *, today: date | None = None, since: date = date(2019, 1, 1), scope: Scope = NATIONAL
) -> list[dict[str, Any]]:
    """Per quarter end: municipalities with a chain approach, all municipalities, the share
    (of the scope's regions)."""
    today = today or timezone.localdate()
    municipalities = Municipality.objects.all()
    links = Coalition.municipalities.through.objects.all()
    if scope.region_ids is not None:
        municipalities = municipalities.filter(ggd_region_id__in=scope.region_ids)
        links = links.filter(municipality__ggd_region_id__in=scope.region_ids)
    total = municipalities.count()
    members: dict[int, set[int]] = defaultdict(set)
    for coalition_id, municipality_id in links.values_list("coalition_id", "municipality_id"):
        members[coalition_id].add(municipality_id)
    entries = list(
        StepStatusEntry.objects.filter(step__in=CHAIN_STEPS)
        .order_by("created_at", "pk")
        .values_list("coalition_id", "step", "status", "created_at")
    )
    tz = timezone.get_current_timezone()
    state: dict[int, dict[int, str]] = defaultdict(dict)
    position = 0
    result = []
    for end in _quarter_ends(since, today):
        moment = timezone.make_aware(datetime.combine(end, time.max), tz)
        while position < len(entries) and entries[position][3] <= moment:
            coalition_id, step, status, _at = entries[position]
            state[coalition_id][step] = status
            position += 1
        covered: set[int] = set()
        for coalition_id, steps in state.items():
            if all(steps.get(s) == StepStatus.IN_PLACE for s in CHAIN_STEPS):
                covered |= members[coalition_id]
        result.append(
            {
                "date": end,
                "with_chain": len(covered),
                "municipalities": total,
                "share": round(100 * len(covered) / total, 1) if total else 0.0,
            }
        )
    return result


def regional_rollup(rows: list[CoalitionRow], *, scope: Scope = NATIONAL) -> list[dict[str, Any]]:
    with_coalition: dict[int, set[int]] = defaultdict(set)
    with_chain: dict[int, set[int]] = defaultdict(set)
    coalitions: dict[int, set[int]] = defaultdict(set)
    in_place: dict[int, list[int]] = defaultdict(list)
    for row in rows:
        seen_regions = set()
        for m in row.coalition.municipalities.all():
            with_coalition[m.ggd_region_id].add(m.pk)
            if row.chain_approach:
                with_chain[m.ggd_region_id].add(m.pk)
            coalitions[m.ggd_region_id].add(row.coalition.pk)
            seen_regions.add(m.ggd_region_id)
        steps_in_place = sum(1 for s in row.steps if s.declared == StepStatus.IN_PLACE)
        for region_id in seen_regions:
            in_place[region_id].append(steps_in_place)
    result = []
    regions = GGDRegion.objects.all()
    if scope.region_ids is not None:
        regions = regions.filter(pk__in=scope.region_ids)
    for region in regions.annotate(total=Count("municipalities")).order_by("name"):
        counts = in_place.get(region.pk, [])
        result.append(
            {
                "region": region.name,
                "code": region.code,
                "municipalities": region.total,
                "with_coalition": len(with_coalition[region.pk]),
                "with_chain": len(with_chain[region.pk]),
                "coalitions": len(coalitions[region.pk]),
                "average_steps": round(sum(counts) / len(counts), 1) if counts else None,
            }
        )
    return result


def share_chart_spec(points: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "width": 560,
        "height": 220,
        "data": {"values": [{"date": p["date"].isoformat(), "share": p["share"]} for p in points]},
        "mark": {"type": "line", "point": True, "color": "#1b4f8a"},
        "encoding": {
            "x": {"field": "date", "type": "temporal", "title": _("Quarter")},
            "y": {
                "field": "share",
                "type": "quantitative",
                "title": _("Municipalities with a chain approach (%)"),
                "scale": {"domain": [0, 100]},
            },
        },
    }


def analysetool_summary(scope: Scope = NATIONAL) -> readers.QuestionnaireSummary:
    coalitions = None if scope.national else [c.pk for c in _coalitions(scope)]
    return readers.questionnaire_summary(readers.ANALYSETOOL, coalitions=coalitions)
