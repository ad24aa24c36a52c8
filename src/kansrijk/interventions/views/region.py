"""The regional coordinator's overview: palettes and financing of the region's coalitions."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any, cast

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from kansrijk.accounts.access import is_national_editor
from kansrijk.accounts.decorators import login_required_403
from kansrijk.accounts.models import User
from kansrijk.coalitions.models import Coalition
from kansrijk.interventions import selectors
from kansrijk.regions.models import GGDRegion


@login_required_403
@require_safe
def region_overview(request: HttpRequest, code: str) -> HttpResponse:
    region = GGDRegion.objects.filter(code=code).first()
    if region is None:
        raise Http404
    allowed = (
        is_national_editor(request.user)
        or region.coordinators.filter(user=cast(User, request.user)).exists()
    )
    if not allowed:
        raise PermissionDenied
    try:
        year = int(request.GET.get("jaar", datetime.date.today().year))
    except ValueError:
        year = datetime.date.today().year
    coalitions = (
        Coalition.objects.filter(municipalities__ggd_region=region).distinct().order_by("name")
    )
    rows: list[dict[str, Any]] = []
    for coalition in coalitions:
        items = list(selectors.palette_list(coalition))
        lines = list(selectors.financing_lines(coalition, year=year))
        rows.append(
            {
                "coalition": coalition,
                "offers": len(items),
                "recognised": sum(
                    1
                    for item in items
                    if item.intervention and item.intervention.recognition_level.recognised
                ),
                "gaps": len(selectors.gap_report(coalition, max_suggestions=0).analysis.gaps),
                "planned": sum((line.planned_eur for line in lines), Decimal(0)),
                "spuk": sum(
                    (line.planned_eur for line in lines if line.funding_source.is_spuk),
                    Decimal(0),
                ),
                "realised": sum((line.realised_eur or Decimal(0) for line in lines), Decimal(0)),
            }
        )
    totals = {
        key: sum((row[key] for row in rows), Decimal(0)) for key in ("planned", "spuk", "realised")
    }
    return render(
        request,
        "interventions/region_overview.html",
        {"region": region, "year": year, "rows": rows, "totals": totals},
    )
