"""Keeping the search index in step with the social map and the care paths."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import translation

from kansrijk.socialmap.models import (
    CarePath,
    Phase,
    RiskSituation,
    SearchEntry,
    SearchWord,
    Service,
    Visibility,
)
from kansrijk.socialmap.search import backend, lists, themes
from kansrijk.socialmap.search.normalise import tokenise

Document = tuple[str, str, str, bool, int | None]  # title, body, filters, is public, coalition


def _phase_labels(phases: Iterable[str]) -> list[str]:
    labels = dict(Phase.choices)
    with translation.override("nl"):
        return [str(labels[p]) for p in phases if p in labels]


def service_document(service: Service) -> Document:
    organization = service.organization
    risks = list(service.risk_situations.all())
    municipalities = list(service.municipalities.all())
    body = " ".join(
        [
            organization.name,
            service.description,
            service.target_group,
            service.eligibility,
            service.costs,
            " ".join(f"{r.name} {r.name_en}" for r in risks),
            " ".join(_phase_labels(service.phase_list)),
            " ".join(m.name for m in municipalities),
        ]
    )
    visibility = (
        backend.PUBLIC_TOKEN
        if service.is_public
        else backend.coalition_token(organization.coalition_id)
    )
    filters = [
        backend.kind_token(SearchEntry.KIND_SERVICE),
        visibility,
        *(backend.municipality_token(m.code) for m in municipalities),
        *(backend.phase_token(p) for p in service.phase_list),
        *(backend.risk_token(key) for key in _risk_keys(service, risks)),
    ]
    return service.name, body, " ".join(filters), service.is_public, organization.coalition_id


def _risk_keys(service: Service, risks: list[RiskSituation]) -> list[str]:
    """The risk situations the search's filter files the service under: its tags, or for an
    untagged service the ones its name and description are about (``search/themes.py``)."""
    if risks:
        return [r.key for r in risks]
    return themes.inferred_risk_keys([service.name, service.organization.name, service.description])


def care_path_document(path: CarePath) -> Document | None:
    version = path.current
    if version is None:
        return None
    risk = path.risk_situation
    coalition = path.coalition
    municipalities = list(coalition.municipalities.select_related("ggd_region"))
    steps = list(version.steps.prefetch_related("services"))
    services = [s for step in steps for s in step.services.all()]
    phases = sorted({p for s in services for p in s.phase_list}) or list(Phase.values)
    body = " ".join(
        [
            risk.name,
            risk.name_en,
            risk.description,
            version.signallers,
            version.instruments,
            version.agreements,
            " ".join(step.text for step in steps),
            " ".join(f"{s.name} {s.organization.name}" for s in services),
            " ".join(m.name for m in municipalities),
        ]
    )
    if path.visibility == Visibility.PUBLIC:
        visibility = [backend.PUBLIC_TOKEN]
    else:
        visibility = sorted({backend.region_token(m.ggd_region.code) for m in municipalities})
    filters = [
        backend.kind_token(SearchEntry.KIND_CARE_PATH),
        *visibility,
        *(backend.municipality_token(m.code) for m in municipalities),
        *(backend.phase_token(p) for p in phases),
        backend.risk_token(risk.key),
    ]
    title = f"{risk.name} - {coalition.name}"
    return title, body, " ".join(filters), path.visibility == Visibility.PUBLIC, coalition.pk


def _remember_words(texts: Iterable[str]) -> None:
    words = {w for text in texts for w in tokenise(text) if len(w) >= 3 and w.isalpha()}
    if words:
        SearchWord.objects.bulk_create(
            [SearchWord(word=w[:64]) for w in sorted(words)], ignore_conflicts=True, batch_size=500
        )


def _store(kind: str, object_id: int, document: Document | None) -> None:
    if document is None:
        index_remove(kind=kind, object_ids=[object_id])
        return
    title, body, filters, is_public, coalition_id = document
    entry, _created = SearchEntry.objects.update_or_create(
        kind=kind,
        object_id=object_id,
        defaults={
            "title": title[:300],
            "is_public": is_public,
            "coalition_id": coalition_id,
        },
    )
    backend.write([(entry.pk, entry.title, body, filters)])
    _remember_words([title, body])
    lists.clear_after_commit()


def service_reindex(*, service: Service) -> None:
    with transaction.atomic():
        _store(SearchEntry.KIND_SERVICE, service.pk, service_document(service))


def care_path_reindex(*, care_path: CarePath) -> None:
    with transaction.atomic():
        _store(SearchEntry.KIND_CARE_PATH, care_path.pk, care_path_document(care_path))


def index_remove(*, kind: str, object_ids: list[int]) -> None:
    with transaction.atomic():
        SearchEntry.objects.filter(kind=kind, object_id__in=object_ids).delete()
        lists.clear_after_commit()


def index_services_bulk(*, services: Iterable[Service], batch_size: int = 1000) -> int:
    """Index many services with few queries: pass them with ``organization`` selected and
    ``risk_situations`` and ``municipalities`` prefetched. Used for imports and the
    benchmark's 50,000 services. Returns the count."""
    count = 0
    batch: list[Service] = []

    def flush() -> None:
        documents = [(service.pk, service_document(service)) for service in batch]
        ids = [pk for pk, _document in documents]
        index_remove(kind=SearchEntry.KIND_SERVICE, object_ids=ids)
        entries = SearchEntry.objects.bulk_create(
            [
                SearchEntry(
                    kind=SearchEntry.KIND_SERVICE,
                    object_id=pk,
                    title=title[:300],
                    is_public=is_public,
                    coalition_id=coalition_id,
                )
                for pk, (title, _body, _filters, is_public, coalition_id) in documents
            ]
        )
        backend.write(
            [
                (entry.pk, entry.title, document[1], document[2])
                for entry, (_pk, document) in zip(entries, documents, strict=True)
            ]
        )
        _remember_words(text for _pk, document in documents for text in document[:2])
        lists.clear_after_commit()

    with transaction.atomic():
        for service in services:
            batch.append(service)
            if len(batch) >= batch_size:
                flush()
                count += len(batch)
                batch = []
        if batch:
            flush()
            count += len(batch)
    return count


def index_rebuild(*, services: Iterable[Service], care_paths: Iterable[CarePath]) -> int:
    """Reindex many rows at once (demo data, imports, the benchmark). Returns the count."""
    count = 0
    with transaction.atomic():
        for service in services:
            _store(SearchEntry.KIND_SERVICE, service.pk, service_document(service))
            count += 1
        for path in care_paths:
            _store(SearchEntry.KIND_CARE_PATH, path.pk, care_path_document(path))
            count += 1
    return count


def index_rebuild_all() -> int:
    """Rebuild the whole full-text index from the services and care paths themselves.

    The index (the tsvector columns) is rebuilt rather than trusted from a backup: ``manage.py restore`` and ``manage.py rebuild_search_index`` call this. Entries
    keep their ids; entries whose service or care path is gone are removed. Returns the
    number of entries indexed.
    """
    with transaction.atomic():
        backend.clear()
        count = index_rebuild(
            services=Service.objects.select_related("organization").prefetch_related(
                "risk_situations", "municipalities"
            ),
            care_paths=CarePath.objects.select_related("risk_situation", "coalition"),
        )
        services = Service.objects.values("pk")
        paths = CarePath.objects.values("pk")
        orphans = SearchEntry.objects.exclude(
            kind=SearchEntry.KIND_SERVICE, object_id__in=services
        ).exclude(kind=SearchEntry.KIND_CARE_PATH, object_id__in=paths)
        orphans.delete()
        lists.clear_after_commit()  # every process forgets its cached searches
    return count
