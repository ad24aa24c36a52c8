"""A professional's search: free text, municipality, risk situation and phase; results grouped
into care paths first, then services."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.db.models import Model

from kansrijk.coalitions.models import Coalition
from kansrijk.socialmap.models import (
    CarePath,
    Organization,
    RiskSituation,
    SearchEntry,
    Service,
)
from kansrijk.socialmap.search import backend, lists
from kansrijk.socialmap.search.normalise import parse_query

M = TypeVar("M", bound=Model)


@dataclass
class SearchResult:
    text: str
    care_paths: list[CarePath] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)
    corrections: dict[str, list[str]] = field(default_factory=dict)
    expanded: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.care_paths) + len(self.services)


def run_search(
    *,
    text: str,
    municipality: str = "",
    risk: str = "",
    phase: str = "",
    visible: tuple[str, ...] | None = (backend.PUBLIC_TOKEN,),
    care_path_limit: int = 10,
    service_limit: int = 25,
) -> SearchResult:
    """Care paths and services matching the query, best first; each list is capped so that
    the answer page stays short and fast however common the words are."""
    terms = parse_query(text, lists.synonym_table())
    terms, corrections = backend.correct(terms)
    filters = {
        kind: backend.Filters(
            municipality=municipality, phase=phase, risk=risk, kind=kind, visible=visible
        )
        for kind in (SearchEntry.KIND_CARE_PATH, SearchEntry.KIND_SERVICE)
    }
    return SearchResult(
        text=text,
        care_paths=_care_paths(
            backend.hits_sql(terms, filters[SearchEntry.KIND_CARE_PATH], limit=care_path_limit)
        ),
        services=_services(
            backend.hits_sql(terms, filters[SearchEntry.KIND_SERVICE], limit=service_limit)
        ),
        corrections=corrections,
        expanded=sorted({alt for term in terms for alt in term.alternatives if alt != term.text}),
    )


# -- one query per list: the search joined with the rows the result page shows -------------


def _columns(model: type[Model], alias: str) -> str:
    return ", ".join(f"{alias}.{field.column}" for field in model._meta.concrete_fields)


def _partial(model: type[M], using: str, values: dict[str, Any]) -> M:
    """A model instance with only ``values`` loaded (the other fields are deferred)."""
    names = [f.attname for f in model._meta.concrete_fields if f.attname in values]
    return model.from_db(using, names, [values[name] for name in names])


def _services(hits: backend.Query) -> list[Service]:
    """The services found, best first, with the organisation's name in the same query."""
    sql, params = hits
    rows = Service.objects.raw(
        f"SELECT {_columns(Service, 's')}, o.name AS sm_org_name, "  # noqa: S608  # nosec B608  (column names from the model)
        f"o.is_fictional AS sm_org_fictional, o.coalition_id AS sm_org_coalition FROM ({sql}) h "
        "JOIN socialmap_service s ON s.id = h.object_id "
        "JOIN socialmap_organization o ON o.id = s.organization_id "
        "ORDER BY h.score DESC, h.title",
        params,
    )
    services = list(rows)
    for service in services:
        service.organization = _partial(
            Organization,
            rows.db,
            {
                "id": service.organization_id,
                "name": service.sm_org_name,  # type: ignore[attr-defined]
                "is_fictional": bool(service.sm_org_fictional),  # type: ignore[attr-defined]
                "coalition_id": service.sm_org_coalition,  # type: ignore[attr-defined]
            },
        )
    return services


def _care_paths(hits: backend.Query) -> list[CarePath]:
    """The care paths found, best first, with risk situation and coalition names."""
    sql, params = hits
    rows = CarePath.objects.raw(
        f"SELECT {_columns(CarePath, 'c')}, r.key AS sm_risk_key, r.name AS sm_risk_name, "  # noqa: S608  # nosec B608  (column names from the model)
        "r.name_en AS sm_risk_name_en, k.slug AS sm_coalition_slug, "
        f"k.name AS sm_coalition_name FROM ({sql}) h "
        "JOIN socialmap_carepath c ON c.id = h.object_id "
        "JOIN socialmap_risksituation r ON r.id = c.risk_situation_id "
        "JOIN coalitions_coalition k ON k.id = c.coalition_id "
        "ORDER BY h.score DESC, h.title",
        params,
    )
    paths = list(rows)
    for path in paths:
        extra: Any = path
        path.risk_situation = _partial(
            RiskSituation,
            rows.db,
            {
                "id": path.risk_situation_id,
                "key": extra.sm_risk_key,
                "name": extra.sm_risk_name,
                "name_en": extra.sm_risk_name_en,
            },
        )
        path.coalition = _partial(
            Coalition,
            rows.db,
            {
                "id": path.coalition_id,
                "slug": extra.sm_coalition_slug,
                "name": extra.sm_coalition_name,
            },
        )
    return paths
