"""A professional's search: free text, municipality, risk situation and phase; results grouped
into care paths first, then services."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Max

from kansrijk.socialmap.models import CarePath, SearchEntry, Service, SynonymGroup
from kansrijk.socialmap.search import backend
from kansrijk.socialmap.search.normalise import SynonymTable, parse_query
from kansrijk.socialmap.templatetags.socialmap import service_flags

_synonyms: dict[str, tuple[tuple[object, int], SynonymTable]] = {}


def synonym_table() -> SynonymTable:
    """The active synonym groups, cached until a group changes."""
    groups = SynonymGroup.objects.filter(active=True)
    stamp = (groups.aggregate(last=Max("updated_at"))["last"], groups.count())
    cached = _synonyms.get("table")
    if cached is None or cached[0] != stamp:
        table = SynonymTable.from_groups(group.term_list for group in groups)
        cached = (stamp, table)
        _synonyms["table"] = cached
    return cached[1]


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
    terms = parse_query(text, synonym_table())
    terms, corrections = backend.correct(terms)
    found = {}
    for kind, limit in (
        (SearchEntry.KIND_CARE_PATH, care_path_limit),
        (SearchEntry.KIND_SERVICE, service_limit),
    ):
        filters = backend.Filters(
            municipality=municipality, phase=phase, risk=risk, kind=kind, visible=visible
        )
        found[kind] = [hit.object_id for hit in backend.search(terms, filters, limit=limit)]
    path_ids = found[SearchEntry.KIND_CARE_PATH]
    service_ids = found[SearchEntry.KIND_SERVICE]
    paths: dict[int, Any] = CarePath.objects.select_related("risk_situation", "coalition").in_bulk(
        path_ids
    )
    services: dict[int, Any] = Service.objects.select_related("organization").in_bulk(service_ids)
    for service in services.values():
        service.flags = service_flags(service)
    return SearchResult(
        text=text,
        care_paths=[paths[i] for i in path_ids if i in paths],
        services=[services[i] for i in service_ids if i in services],
        corrections=corrections,
        expanded=sorted({alt for term in terms for alt in term.alternatives if alt != term.text}),
    )
