"""A professional's search: free text, municipality, risk situation and phase; results grouped
into care paths first, then services.

The rows found are read as plain tuples with exactly the columns the result page shows (no
model instances: building 50 of them cost more than the search itself, issue 5)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from django.db import connection

from kansrijk.socialmap.models import SearchEntry
from kansrijk.socialmap.search import backend, lists
from kansrijk.socialmap.search.normalise import parse_query
from kansrijk.ui.bilingual import pick

# Longer descriptions are cut to 40 words on the page; 1,000 characters hold them.
DESCRIPTION_CHARS = 1000


class ServiceRow(NamedTuple):
    """A service as the result page shows it."""

    id: int
    uuid: str
    name: str
    description: str
    url: str
    email: str
    phone: str
    status: str
    approval: str
    costs: str
    access: str
    domain: str
    phases: str
    assured_date: date | None
    organization_name: str
    organization_fictional: bool

    @property
    def phase_list(self) -> list[str]:
        return [part for part in self.phases.split(",") if part]


class CarePathRow(NamedTuple):
    """A care path as the result page shows it."""

    id: int
    visibility: str
    risk_key: str
    risk_name: str
    risk_name_en: str
    coalition_slug: str
    coalition_name: str

    @property
    def risk_label(self) -> str:
        return pick(self.risk_name, self.risk_name_en)


@dataclass
class SearchResult:
    text: str
    care_paths: list[CarePathRow] = field(default_factory=list)
    services: list[ServiceRow] = field(default_factory=list)
    corrections: dict[str, list[str]] = field(default_factory=dict)
    expanded: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.care_paths) + len(self.services)

    @property
    def service_ids(self) -> list[int]:
        return [service.id for service in self.services]


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


def _services(hits: backend.Query) -> list[ServiceRow]:
    """The services found, best first, with the organisation's name in the same query."""
    sql, params = hits
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT s.id, s.uuid, s.name, substr(s.description, 1, %s), s.url, s.email, "  # noqa: S608  # nosec B608  (the hits query is built from constants)
            "s.phone, s.status, s.approval, s.costs, s.access, s.domain, s.phases, "
            f"s.assured_date, o.name, o.is_fictional FROM ({sql}) h "
            "JOIN socialmap_service s ON s.id = h.object_id "
            "JOIN socialmap_organization o ON o.id = s.organization_id "
            "ORDER BY h.score DESC, h.title",
            [DESCRIPTION_CHARS, *params],
        )
        rows = cursor.fetchall()
    return [
        ServiceRow._make((row[0], str(row[1]), *row[2:13], row[13], row[14], bool(row[15])))
        for row in rows
    ]


def _care_paths(hits: backend.Query) -> list[CarePathRow]:
    """The care paths found, best first, with risk situation and coalition names."""
    sql, params = hits
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.id, c.visibility, r.key, r.name, r.name_en, k.slug, k.name "  # noqa: S608  # nosec B608  (the hits query is built from constants)
            f"FROM ({sql}) h "
            "JOIN socialmap_carepath c ON c.id = h.object_id "
            "JOIN socialmap_risksituation r ON r.id = c.risk_situation_id "
            "JOIN coalitions_coalition k ON k.id = c.coalition_id "
            "ORDER BY h.score DESC, h.title",
            params,
        )
        return [CarePathRow(*row) for row in cursor.fetchall()]
