"""Loading the CBS municipalities, provinces, GGD regions and boundaries (idempotent)."""

from __future__ import annotations

import csv
import json
from typing import TextIO

from django.conf import settings
from django.db import transaction

from kansrijk.regions.geometry import geometry_to_svg
from kansrijk.regions.models import GGDRegion, Municipality, Province


def load(*, stdout: TextIO) -> None:
    data_dir = settings.KANSRIJK_DATA_DIR
    with open(data_dir / "gemeenten_2024.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    with open(data_dir / "gemeenten_2024.geojson", encoding="utf-8") as handle:
        features = {f["properties"]["statcode"]: f for f in json.load(handle)["features"]}
    changed = 0
    with transaction.atomic():
        provinces = {p.code: p for p in Province.objects.all()}
        regions = {r.code: r for r in GGDRegion.objects.all()}
        existing = {m.code: m for m in Municipality.objects.all()}
        for row in rows:
            province = provinces.get(row["provinciecode"])
            if province is None or province.name != row["provincienaam"]:
                province, _ = Province.objects.update_or_create(
                    code=row["provinciecode"], defaults={"name": row["provincienaam"]}
                )
                provinces[province.code] = province
                changed += 1
            region = regions.get(row["ggd_regiocode"])
            if region is None or region.name != row["ggd_regionaam"]:
                region, _ = GGDRegion.objects.update_or_create(
                    code=row["ggd_regiocode"], defaults={"name": row["ggd_regionaam"]}
                )
                regions[region.code] = region
                changed += 1
            svg = geometry_to_svg(features[row["gemeentecode"]]["geometry"])
            values = {
                "name": row["gemeentenaam"],
                "province_id": province.pk,
                "ggd_region_id": region.pk,
                "svg_path": svg.path,
                "label_x": svg.label_x,
                "label_y": svg.label_y,
            }
            current = existing.get(row["gemeentecode"])
            if current is None or any(getattr(current, k) != v for k, v in values.items()):
                Municipality.objects.update_or_create(code=row["gemeentecode"], defaults=values)
                changed += 1
    total = Municipality.objects.count()
    if changed:
        stdout.write(f"regions: {changed} records created or updated ({total} municipalities).\n")
    else:
        stdout.write(f"regions: unchanged ({total} municipalities).\n")
