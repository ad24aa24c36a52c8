"""Reference data: the indicator catalogue, former municipalities, CBS key figures and the
synthetic perinatal demo figures (idempotent; says "unchanged" on a second run)."""

from __future__ import annotations

import datetime
from typing import TextIO

from django.conf import settings
from django.db import transaction

from kansrijk.indicators import catalogue, synthetic
from kansrijk.indicators.models import FormerMunicipality, Indicator, IndicatorGroup
from kansrijk.indicators.services import Incoming, values_import
from kansrijk.regions.models import Municipality
from kansrijk.ui.seeding import seed_row

SYNTHETIC_YEARS = range(2014, 2024)
MERGERS_FILE = "gemeente_herindelingen_naar_2024.csv"


def load_catalogue() -> int:
    """Create missing groups and indicators; an existing row belongs to the editor."""
    cat = catalogue.load_catalogue()
    created = 0
    for order, group in enumerate(cat.groups):
        created += seed_row(
            IndicatorGroup,
            group.code,
            {"name": group.name_nl, "name_en": group.name_en, "order": order},
        )
    groups = {g.key: g for g in IndicatorGroup.objects.all()}
    for spec in cat.indicators:
        created += seed_row(
            Indicator,
            spec.code,
            {
                "group": groups[spec.group],
                "name": spec.name_nl,
                "name_en": spec.name_en,
                "order": spec.order,
                "definition": spec.definition,
                "numerator_definition": spec.numerator,
                "denominator_definition": spec.denominator,
                "unit": spec.unit,
                "polarity": spec.polarity,
                "phase": spec.phase,
                "source": spec.source,
                "licence": spec.licence,
                "synthetic": spec.synthetic,
            },
        )
    return created


def load_former_municipalities() -> int:
    mergers = catalogue.read_mergers(settings.KANSRIJK_DATA_DIR / MERGERS_FILE)
    rows = catalogue.read_csv(settings.KANSRIJK_DATA_DIR / MERGERS_FILE)
    merged_on = merger_dates(rows)
    last_year = {code: day.year - 1 for code, day in merged_on.items()}
    municipalities = {m.code: m for m in Municipality.objects.all()}
    existing = {f.code: f for f in FormerMunicipality.objects.all()}
    changed = 0
    for code, merger in sorted(mergers.items()):
        successor = municipalities.get(merger.successor)
        if successor is None or code in municipalities:
            continue
        current = existing.get(code)
        if (
            current is not None
            and current.name == merger.old_name
            and current.successor_id == successor.pk
            and current.last_year == last_year[code]
            and current.merged_on == merged_on[code]
        ):
            continue
        FormerMunicipality.objects.update_or_create(
            code=code,
            defaults={
                "name": merger.old_name,
                "successor": successor,
                "last_year": last_year[code],
                "merged_on": merged_on[code],
            },
        )
        changed += 1
    return changed


def merger_dates(rows: list[dict[str, str]]) -> dict[str, datetime.date]:
    """The day each abolished municipality stopped existing (see seed/merger_dates.yaml).

    Where the data's last year seen and first year absent are one year apart it is
    1 January of the absent year; the seed file fills the gaps and mid-year mergers.
    """
    seed = catalogue.read_yaml(catalogue.SEED_DIR / "merger_dates.yaml")["dates"]
    result: dict[str, datetime.date] = {}
    for row in rows:
        code = row["oude_gemeentecode"]
        seen, absent = int(row["laatst_gezien_jaar"]), int(row["eerst_afwezig_jaar"])
        if code in seed:
            result[code] = seed[code]
        elif absent == seen + 1:
            result[code] = datetime.date(absent, 1, 1)
        else:
            raise ValueError(f"{code}: no merger date in seed/merger_dates.yaml")
    return result


def cbs_items() -> list[Incoming]:
    mapping = catalogue.load_kwb_mapping()
    files = {
        spec["file"]: catalogue.read_csv(settings.KANSRIJK_DATA_DIR / spec["file"])
        for spec in mapping["files"]
    }
    mergers = catalogue.read_mergers(settings.KANSRIJK_DATA_DIR / MERGERS_FILE)
    result = catalogue.kwb_values(mapping, files, mergers)
    return [
        Incoming(
            indicator=v.indicator,
            area=v.area,
            start=int(v.period),
            end=int(v.period),
            numerator=None,
            denominator=v.denominator,
            value=v.value,
            weight=v.weight,
            note=v.note,
        )
        for v in result.values
    ]


def synthetic_items(years: range = SYNTHETIC_YEARS) -> list[Incoming]:
    cat = catalogue.load_catalogue()
    rows = catalogue.read_csv(settings.KANSRIJK_DATA_DIR / "kwb_2022_gemeenten.csv")
    known = set(Municipality.objects.values_list("code", flat=True))
    bases = [b for b in catalogue.municipality_bases(rows) if b.code in known]
    specs = [i.generator for i in cat.indicators if i.generator is not None]
    return [
        Incoming(
            indicator=v.indicator,
            area=v.area,
            start=v.year,
            end=v.year,
            numerator=v.numerator,
            denominator=v.denominator,
            value=v.numerator
            / v.denominator
            * (100 if _unit(cat, v.indicator) == "percentage" else 1000)
            if v.denominator
            else None,
            synthetic=True,
        )
        for v in synthetic.generate(bases, specs, years)
    ]


def _unit(cat: catalogue.Catalogue, code: str) -> str:
    return cat.get(code).unit


def load(*, stdout: TextIO) -> None:
    with transaction.atomic():
        created = load_catalogue()
        former = load_former_municipalities()
        real = values_import(items=cbs_items(), source="CBS Kerncijfers wijken en buurten")
        demo = values_import(items=synthetic_items(), source="synthetische perinatale cijfers")
    changed = created + former + real.created + real.updated + demo.created + demo.updated
    if not changed:
        stdout.write("indicators: unchanged.\n")
        return
    stdout.write(
        f"indicators: {created} catalogue rows, {former} former municipalities, "
        f"{real.created + real.updated} CBS values, "
        f"{demo.created + demo.updated} synthetic values stored.\n"
    )
